	.globl _start
	.text
_start:	call missing
	movl $missing, %eax
	.section .note.GNU-stack,"",@progbits
