	.comm c1,8,8
	.comm c4,32,32
	.section .note.GNU-stack,"",@progbits
