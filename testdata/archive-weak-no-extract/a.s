	.globl _start
	.weak f3
	.text
_start:	call f1
	movq $f3, %rax
	.section .note.GNU-stack,"",@progbits
