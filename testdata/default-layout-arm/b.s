	.globl f
	.text
f:	bx lr
	.section .note.GNU-stack,"",%progbits
