	.globl f
	.text
f:	ret
	.section .note.GNU-stack,"",@progbits
