	.globl _start
	.text
_start:
	leal foo@GOTOFF(%ebx), %eax
	movl bar@GOTOFF(%ebx), %ecx
	.data
	.long msg@GOTOFF
	.section .note.GNU-stack,"",@progbits
