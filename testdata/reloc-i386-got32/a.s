	.globl _start
	.text
_start:
	movl foo@GOT(%ebx), %eax
	movl func@GOT(%ebx), %ecx
	call *func@GOT(%ebx)
	.section .note.GNU-stack,"",@progbits
