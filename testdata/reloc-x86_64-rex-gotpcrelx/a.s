	.globl _start
	.text
_start:
	movq foo@GOTPCREL(%rip), %rax
	movq bar@GOTPCREL(%rip), %r9
	addq func@GOTPCREL(%rip), %rdx
	testq %rcx, msg@GOTPCREL(%rip)
	.section .note.GNU-stack,"",@progbits
