	.globl _start
	.text
_start:	call f
	ret
	.section .note.GNU-stack,"",@progbits
