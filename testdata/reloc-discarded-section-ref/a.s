	.globl _start
	.text
_start:	call gone
	lea .Lx(%rip), %rax
	.section .discard.me,"ax"
	.globl gone
gone:	ret
.Lx:	nop
	.section .debug_info,"",@progbits
	.quad gone + 1
	.section .note.GNU-stack,"",@progbits
