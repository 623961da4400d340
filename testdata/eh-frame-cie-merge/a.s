# two files whose CIEs are equal: one CIE in the output; a CIE no FDE uses goes
	.text
	.globl _start
_start:	.cfi_startproc
	call f2
	call f3
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
