	.section .text.live,"ax",@progbits
	.globl live
live:	.cfi_startproc
	ret
	.cfi_endproc
	.section .text.unused,"ax",@progbits
	.globl unused
unused:	.cfi_startproc
	push %rbp
	.cfi_def_cfa_offset 16
	pop %rbp
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
