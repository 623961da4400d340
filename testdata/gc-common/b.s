	.comm other_c, 32, 8
	.section .note.GNU-stack,"",@progbits
