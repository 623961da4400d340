	.text
	.globl f2
f2:	call f4
	ret
	.section .note.GNU-stack,"",@progbits
