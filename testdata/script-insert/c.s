	.section .special,"ax"
	.byte 0xaa
	.section .note.GNU-stack,"",@progbits
