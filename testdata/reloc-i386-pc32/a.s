	.globl _start
	.text
_start:
	call func
	jmp func
	.long foo - .
	.section .note.GNU-stack,"",@progbits
