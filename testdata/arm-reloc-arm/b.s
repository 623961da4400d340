	.syntax unified
	.arm
	.globl f, g
	.section .text.f,"ax"
f:	bx lr
g:	b _start
	.section .note.GNU-stack,"",%progbits
