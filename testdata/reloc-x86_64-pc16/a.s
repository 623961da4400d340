	.globl _start
	.text
_start:
	.data
	.word bar - .
	.word foo - . + 2
	.section .note.GNU-stack,"",@progbits
