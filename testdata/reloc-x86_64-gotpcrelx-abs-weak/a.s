	.globl _start
	.text
_start:
	movq far@GOTPCREL(%rip), %rax
	movl far@GOTPCREL(%rip), %eax
	movq m8@GOTPCREL(%rip), %rax
	movl m8@GOTPCREL(%rip), %eax
	addq m8@GOTPCREL(%rip), %rax
	addl m8@GOTPCREL(%rip), %eax
	testq %rcx, m8@GOTPCREL(%rip)
	testl %ecx, m8@GOTPCREL(%rip)
	movq wk@GOTPCREL(%rip), %rax
	call *wk@GOTPCREL(%rip)
	jmp *wk@GOTPCREL(%rip)
	.weak wk
	.section .note.GNU-stack,"",@progbits
