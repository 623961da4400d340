	.globl _start
	.text
_start:
	movl $big, %eax
	movl $big+4, %ecx
	.data
	.long big
	.byte big
	.section .note.GNU-stack,"",@progbits
