	.globl _start
	.text
_start:	call f1
	ret
	.section .note.GNU-stack,"",@progbits
