	.section .mixed.w,"aw"
	.long 1
	.section .mixed.r,"a"
	.long 2
	.section .note.GNU-stack,"",@progbits
