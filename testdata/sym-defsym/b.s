	.data
	.quad expr1
	.section .note.GNU-stack,"",@progbits
