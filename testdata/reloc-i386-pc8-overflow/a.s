	.globl _start
	.text
_start:
	.byte big - .
	.section .note.GNU-stack,"",@progbits
