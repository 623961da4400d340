	.globl _start
	.text
_start:
	.data
	.byte big
	.section .note.GNU-stack,"",@progbits
