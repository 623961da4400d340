	.globl _start
	.text
_start:
	nop
	.reloc ., R_X86_64_NONE, nowhere
	nop
	.section .note.GNU-stack,"",@progbits
