	.text
	.globl f2
f2:	.cfi_startproc
	push %ebp
	.cfi_def_cfa_offset 8
	pop %ebp
	.cfi_def_cfa_offset 4
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
