	.section .init_array,"aw",@init_array
	.quad 0
	.section .note.GNU-stack,"",@progbits
