	.globl _start
	.text
_start:
	movl foo@GOT(%ebx), %eax
	movl func@GOT(%ebx), %ecx
	call *func@GOT(%ebx)
	addl bar@GOT(%ebx), %edx
	.section .note.GNU-stack,"",@progbits
