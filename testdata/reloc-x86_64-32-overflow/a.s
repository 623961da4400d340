	.globl _start
	.text
_start:
	movl $big, %eax
	.section .note.GNU-stack,"",@progbits
