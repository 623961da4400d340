	.text
	.globl cfun
cfun:	ret
	.data
	.globl cdata
cdata:	.long 7
	.section .note.GNU-stack,"",@progbits
