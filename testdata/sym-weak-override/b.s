	.text
	.globl w
	.type w,@function
w:	nop
	ret
	.size w,.-w
	.section .note.GNU-stack,"",@progbits
