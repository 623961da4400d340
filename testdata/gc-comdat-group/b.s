	.section .text.used_g,"axG",@progbits,used_g,comdat
	.globl used_g
used_g:	nop
	ret
	.section .text.other_g,"axG",@progbits,other_g,comdat
	.globl other_g
other_g: ret
	.section .rodata.other_g,"aG",@progbits,other_g,comdat
	.long 5
	.section .note.GNU-stack,"",@progbits
