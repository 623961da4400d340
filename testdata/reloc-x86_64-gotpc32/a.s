	.globl _start
	.text
_start:
	lea _GLOBAL_OFFSET_TABLE_(%rip), %rbx
	lea _GLOBAL_OFFSET_TABLE_+8(%rip), %rcx
	.section .note.GNU-stack,"",@progbits
