	.text
	.globl bfun
bfun:	call _start
lb:	ret
	.section .note.GNU-stack,"",@progbits
