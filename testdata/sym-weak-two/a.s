	.globl _start
	.weak w
	.text
_start:	call w
	.data
w:	.long 1
	.section .note.GNU-stack,"",@progbits
