	.text
	.globl helper
helper:	ret
	.section .note.GNU-stack,"",@progbits
