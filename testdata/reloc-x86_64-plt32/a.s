	.globl _start
	.text
_start:
	call func
	call func@PLT
	jmp func@PLT
	.section .note.GNU-stack,"",@progbits
