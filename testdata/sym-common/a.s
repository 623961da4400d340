	.globl _start
	.text
_start:	movl c1(%rip), %eax
	.comm c1,4,4
	.comm c2,16,8
	.local lc
	.comm lc,12,4
	.section .note.GNU-stack,"",@progbits
