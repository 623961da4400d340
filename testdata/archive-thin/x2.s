	.text
	.globl f2
f2:	nop
	ret
	.data
d2:	.long 2
	.section .note.GNU-stack,"",@progbits
