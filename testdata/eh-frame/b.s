	.text
	.globl f2
f2:	.cfi_startproc
	push %rbp
	.cfi_def_cfa_offset 16
	pop %rbp
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
