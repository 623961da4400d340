	.globl h2
	.hidden h2
	.data
h2:	.long 1
	.section .note.GNU-stack,"",@progbits
