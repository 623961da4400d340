	.weak w
	.data
w:	.long 2
	.section .note.GNU-stack,"",@progbits
