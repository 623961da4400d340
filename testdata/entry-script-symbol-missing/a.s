	.text
	.globl begin
begin:	nop
	ret
	.data
	.quad 1
	.section .note.GNU-stack,"",@progbits
