# --eh-frame-hdr: the table sorted by address, not by FDE order
	.section .text.a,"ax",@progbits
	.globl _start
_start:	.cfi_startproc
	call fb
	ret
	.cfi_endproc
	.section .text.b,"ax",@progbits
	.globl fb
fb:	.cfi_startproc
	push %rbp
	.cfi_def_cfa_offset 16
	pop %rbp
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
