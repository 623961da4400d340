	.globl _start
	.text
_start:
	.data
	.reloc ., R_X86_64_16, tiny
	.word 0
	.reloc ., R_X86_64_16, tiny+2
	.word 0
	.section .note.GNU-stack,"",@progbits
