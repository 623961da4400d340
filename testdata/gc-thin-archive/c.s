	.file "c.c"
	.section .text.fc,"ax"
	.globl fc
fc:	ret
loc_c:	ret
	.data
	.quad 1
	.section .note.GNU-stack,"",@progbits
