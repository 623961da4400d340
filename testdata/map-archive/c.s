	.text
	.globl cfun
cfun:	ret
	.data
	.byte 0xcc
	.section .note.GNU-stack,"",@progbits
