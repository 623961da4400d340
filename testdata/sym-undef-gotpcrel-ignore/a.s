	.globl _start
	.text
_start:	movq gv@GOTPCREL(%rip), %rax
	call *fn@GOTPCREL(%rip)
	leaq dv(%rip), %rcx
	ret
	.section .note.GNU-stack,"",@progbits
