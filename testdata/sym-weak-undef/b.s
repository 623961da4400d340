	.data
	.long 1
	.section .note.GNU-stack,"",@progbits
