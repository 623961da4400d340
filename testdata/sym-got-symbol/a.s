	.globl _start
	.text
_start:	lea _GLOBAL_OFFSET_TABLE_(%rip), %rax
	.section .note.GNU-stack,"",@progbits
