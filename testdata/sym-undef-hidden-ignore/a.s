	.globl _start
	.text
_start:	call hid
	call vis
	.hidden hid
	.section .note.GNU-stack,"",@progbits
