	.globl _start
	.text
_start:
	.data
	.byte b8u
	.byte b8s
	.word b16u
	.word b16s
	.long b32u
	.reloc ., R_X86_64_32S, b32s
	.long 0
	.reloc ., R_X86_64_32S, b32p
	.long 0
	.section .note.GNU-stack,"",@progbits
