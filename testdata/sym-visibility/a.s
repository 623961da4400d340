	.globl _start, hid, prot, intl
	.hidden hid
	.protected prot
	.internal intl
	.text
_start:	call hid
	call prot
	call intl
hid:	ret
prot:	ret
intl:	ret
	.section .note.GNU-stack,"",@progbits
