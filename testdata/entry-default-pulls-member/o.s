	.text
	.globl other
other:	ret
	.section .note.GNU-stack,"",@progbits
