	.globl _start
	.text
_start:	nop
	.data
	.byte 1
	.section .foo,"aw"
	.balign 4
	.section .note.GNU-stack,"",@progbits
