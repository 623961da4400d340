	.globl _start
	.text
_start:
	.data
	.quad foo - .
	.quad func - . + 100
	.section .note.GNU-stack,"",@progbits
