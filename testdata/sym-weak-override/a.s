	.globl _start
	.weak w
	.text
_start:	call w
w:	ret
	.section .note.GNU-stack,"",@progbits
