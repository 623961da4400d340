	.globl _start
	.text
_start:
	.data
	.quad foo
	.quad bar+8
	.quad _start-16
	.quad msg
	.section .note.GNU-stack,"",@progbits
