	.text
helper:	nop
	ret
	.data
counter: .long 3
.Lx:	.long 4
	.section .note.GNU-stack,"",@progbits
