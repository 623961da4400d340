	.text
	nop
	.globl _start
_start:	nop
	.globl start
start:	ret
	.section .note.GNU-stack,"",@progbits
