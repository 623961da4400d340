	.text
	bx lr
	.section .note.GNU-stack,"",%progbits
