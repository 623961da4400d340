	.globl _start
	.text
_start:	.cfi_startproc
	call f2
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
