	.data
	.globl c1
	.type c1,@object
c1:	.long 5
	.size c1,4
	.section .note.GNU-stack,"",@progbits
