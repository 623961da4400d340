	.globl _start
	.text
_start:
	call func@PLT
	jmp func@PLT
	.section .note.GNU-stack,"",@progbits
