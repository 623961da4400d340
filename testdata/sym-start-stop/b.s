	.section my_list,"aw"
	.quad 2
	.section other_list,"aw"
	.quad 3
	.section .note.GNU-stack,"",@progbits
