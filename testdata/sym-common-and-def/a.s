	.globl _start
	.text
_start:	movl c1(%rip), %eax
	.comm c1,64,32
	.section .note.GNU-stack,"",@progbits
