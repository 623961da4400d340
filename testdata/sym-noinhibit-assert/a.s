	.globl _start
	.text
_start:	call missing
	ret
	.section .note.GNU-stack,"",@progbits
