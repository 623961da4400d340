	.globl _start
	.text
_start:
	call 1f
	1: popl %ebx
	addl $_GLOBAL_OFFSET_TABLE_+[.-1b], %ebx
	leal foo@GOTOFF(%ebx), %eax
	.section .note.GNU-stack,"",@progbits
