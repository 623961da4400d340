	.globl _start
	.text
_start:	ret
	.section .pre,"aw"
	.long 1
	.section .post,"aw"
	.long 2
	.section .mid,"a"
	.long 3
	.data
	.long 4
	.bss
	.zero 8
	.section .note.GNU-stack,"",@progbits
