	.comm c1,32,16
	.comm c3,1,1
	.section .note.GNU-stack,"",@progbits
