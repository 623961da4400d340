	.globl _start
	.text
_start:
	movq foo@GOTPCREL(%rip), %rax
	movq bar@GOTPCREL(%rip), %rcx
	addq func@GOTPCREL(%rip), %rdx
	.section .note.GNU-stack,"",@progbits
