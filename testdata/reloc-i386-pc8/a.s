	.globl _start
	.text
_start:
	jmp 1f
	.byte func - .
	1: nop
	.section .note.GNU-stack,"",@progbits
