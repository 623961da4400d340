# i386: CIEs merged across files, the last FDE shrunk, --eh-frame-hdr
	.text
	.globl _start
_start:	.cfi_startproc
	call f2
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
