	.globl _start
	.text
_start:
	movq far@GOTPCREL(%rip), %rax
	movq foo@GOTPCREL(%rip), %rcx
	addq far@GOTPCREL(%rip), %rdx
	.section .note.GNU-stack,"",@progbits
