	.text
	.globl g
g:	call missing2
	.section .note.GNU-stack,"",@progbits
