	.section .hi,"aw"
	.globl hi
	.quad 0
hi:	.quad 1
	.section .note.GNU-stack,"",@progbits
