	.text
	.globl _start
_start:	call helper
	ret
	.section .note.GNU-stack,"",@progbits
