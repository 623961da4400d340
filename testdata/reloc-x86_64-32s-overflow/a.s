	.globl _start
	.text
_start:
	movq $big, %rax
	.section .note.GNU-stack,"",@progbits
