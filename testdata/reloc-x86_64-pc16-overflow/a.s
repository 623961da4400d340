	.globl _start
	.text
_start:
	.data
	.word big - .
	.section .note.GNU-stack,"",@progbits
