	.text
	.globl f4
f4:	ret
	.section .note.GNU-stack,"",@progbits
