	.section .init_array,"aw",@init_array
	.quad _start
	.section .data.rel.ro,"aw"
	.quad da
	.section .note.GNU-stack,"",@progbits
