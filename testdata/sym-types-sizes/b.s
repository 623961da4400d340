	.text
	.globl f2
	.type f2,%function
f2:	ret
	.size f2,1
	.type sec_sym,@notype
	.section .note.GNU-stack,"",@progbits
