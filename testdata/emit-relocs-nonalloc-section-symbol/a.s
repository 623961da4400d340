	.globl _start
	.text
_start:	.fill 16, 1, 0x90
	.data
	.quad 1
	.bss
	.zero 0x3000
	.section .note.GNU-stack,"",@progbits
