	.section .text.b,"ax"
	.globl fb
fb:	ret
	.section .data.b,"aw"
	.quad fb
	.ident "b comment"
	.section .note.GNU-stack,"",@progbits
