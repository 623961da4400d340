	.text
	.globl f3
f3:	ud2
	.data
	.long 3
	.section .note.GNU-stack,"",@progbits
