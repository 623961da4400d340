# --gc-sections: the FDEs of dropped functions go, and so does a CIE left unused
	.section .text._start,"ax",@progbits
	.globl _start
_start:	.cfi_startproc
	call live
	ret
	.cfi_endproc
	.section .text.dead,"ax",@progbits
dead:	.cfi_startproc
	.cfi_return_column 15
	push %rbx
	.cfi_def_cfa_offset 16
	pop %rbx
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
