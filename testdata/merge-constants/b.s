	.text
	movl j1(%rip), %eax
	.section .rodata.cst4,"aM",@progbits,4
j1:	.long 0x22222222
	.long 0x33333333
	.section .note.GNU-stack,"",@progbits
