	.comm c1,4,4
	.comm c2,16,16
	.comm c3,1,1
	.section .note.GNU-stack,"",@progbits
