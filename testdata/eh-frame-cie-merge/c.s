	.text
	.globl f4
f4:	.cfi_startproc
	.cfi_return_column 15
	nop
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
