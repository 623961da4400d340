	.globl _start
	.text
_start:	.fill 16, 1, 0x90
	.section .note.GNU-stack,"",@progbits
