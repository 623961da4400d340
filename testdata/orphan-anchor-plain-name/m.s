	.section .myro,"a"
	.long 2
	.section .myro2,"a"
	.long 3
	.section .rodata,"a"
	.long 5
	.section .note.GNU-stack,"",@progbits
