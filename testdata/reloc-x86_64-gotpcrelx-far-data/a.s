	.globl _start
	.text
_start:
	call *hi@GOTPCREL(%rip)
	jmp *hi@GOTPCREL(%rip)
	movq hi@GOTPCREL(%rip), %rax
	movl hi@GOTPCREL(%rip), %r9d
	addq hi@GOTPCREL(%rip), %r10
	call *far@GOTPCREL(%rip)
	movq foo@GOTPCREL(%rip), %rax
	.section .note.GNU-stack,"",@progbits
