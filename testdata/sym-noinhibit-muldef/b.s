	.globl dup
	.text
dup:	nop
	ret
	.section .note.GNU-stack,"",@progbits
