	.globl _start
	.text
_start:
	call *far@GOTPCREL(%rip)
	.section .note.GNU-stack,"",@progbits
