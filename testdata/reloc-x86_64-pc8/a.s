	.globl _start
	.text
_start:
	jmp 1f
	.byte func - .
	1: nop
	.byte _start - .
	.section .note.GNU-stack,"",@progbits
