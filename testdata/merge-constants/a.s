	.globl _start
	.text
_start:	movl k1(%rip), %eax
	movl k2(%rip), %ecx
	.section .rodata.cst4,"aM",@progbits,4
k1:	.long 0x11111111
k2:	.long 0x22222222
	.section .note.GNU-stack,"",@progbits
