	.section .tbss,"awT",@nobits
	.balign 16
	.zero 20
	.section .note.GNU-stack,"",@progbits
