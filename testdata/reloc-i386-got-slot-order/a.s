	.globl _start
	.text
_start:
	pushl foo@GOT(%ebx)
	pushl zed@GOT(%ebx)
	pushl loc@GOT(%ebx)
	pushl bar@GOT(%ebx)
	pushl func@GOT(%ebx)
	movl bar@GOT, %eax
	pushl loc2@GOT(%ebx)
	pushl wk@GOT(%ebx)
	.weak wk
	.data
loc2: .long 1
	.text
loc: .long 0
zed: .long 0
	.globl zed
	.section .note.GNU-stack,"",@progbits
