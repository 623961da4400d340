	.globl _start
	.text
_start:
	.reloc ., R_386_NONE, foo
	nop
	.section .note.GNU-stack,"",@progbits
