	.globl _start
	.weak wu, wu2
	.text
_start:	movq $wu, %rax
	call wu2
	.data
	.quad wu
	.quad wu2+8
	.section .note.GNU-stack,"",@progbits
