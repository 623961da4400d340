	.globl _start
	.text
_start:	ret
	.data
	.long 9
	.section .note.GNU-stack,"",@progbits
