	.text
	.globl cfun
cfun:	ret
	.section .note.GNU-stack,"",@progbits
