	.text
	.globl f1
f1:	call f2
	ret
	.section .note.GNU-stack,"",@progbits
