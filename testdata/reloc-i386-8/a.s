	.globl _start
	.text
_start:
	.data
	.reloc ., R_386_8, tiny
	.byte 0
	.reloc ., R_386_8, tiny+3
	.byte 0
	.section .note.GNU-stack,"",@progbits
