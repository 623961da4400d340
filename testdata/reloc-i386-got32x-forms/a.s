	.globl _start
	.text
_start:
	movl foo@GOT, %eax
	movl func@GOT, %ecx
	call *func@GOT
	jmp *func@GOT(%ebx)
	jmp *func@GOT
	addl bar@GOT, %edx
	testl %esi, bar@GOT(%ecx)
	movl foo@GOT+4(%ebx), %eax
	movl foo@GOT+4, %eax
	movl ext@GOT(%ebx), %eax
	movl ext@GOT, %eax
	call *wk@GOT(%ebx)
	movl wk@GOT(%ebx), %eax
	movl loc@GOT(%ebx), %eax
	cmpl abs@GOT(%ebx), %edi
	pushl foo@GOT(%ebx)
loc: .long 0
	.weak wk
	.section .note.GNU-stack,"",@progbits
