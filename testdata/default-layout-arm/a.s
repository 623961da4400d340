	.globl _start
	.text
_start:	ldr r0, =data
	bl f
	b .
	.data
data:	.word 1
	.section .note.GNU-stack,"",%progbits
