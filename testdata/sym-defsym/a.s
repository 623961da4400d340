	.globl _start
	.text
_start:	movq $abs1, %rax
	movq $rel1, %rcx
	.section .note.GNU-stack,"",@progbits
