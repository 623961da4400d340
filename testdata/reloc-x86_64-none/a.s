	.globl _start
	.text
_start:
	.reloc ., R_X86_64_NONE, foo
	nop
	.section .note.GNU-stack,"",@progbits
