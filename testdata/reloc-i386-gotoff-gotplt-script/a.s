	.globl _start
	.text
_start:
	leal foo@GOTOFF(%ebx), %eax
	.data
	.byte 1
foo:	.byte 2
	.section .note.GNU-stack,"",@progbits
