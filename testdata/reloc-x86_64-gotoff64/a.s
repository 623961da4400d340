	.globl _start
	.text
_start:
	lea _GLOBAL_OFFSET_TABLE_(%rip), %rbx
	movabs $foo@GOTOFF, %rax
	.data
	.quad bar@GOTOFF
	.section .note.GNU-stack,"",@progbits
