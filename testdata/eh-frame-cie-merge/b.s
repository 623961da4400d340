	.text
	.globl f2
f2:	.cfi_startproc
	push %rbp
	.cfi_def_cfa_offset 16
	pop %rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.globl f3
f3:	.cfi_startproc
	.cfi_return_column 15
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
