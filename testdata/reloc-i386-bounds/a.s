	.globl _start
	.text
_start:
	.data
	.byte b8u
	.byte b8s
	.word b16u
	.word b16s
	.long b32
	.section .note.GNU-stack,"",@progbits
