	.section .code,"ax",@progbits
	.globl _start
_start:	nop
	ret
	.section .note.GNU-stack,"",@progbits
