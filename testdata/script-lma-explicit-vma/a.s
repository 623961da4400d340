	.globl _start
	.text
_start:	ret
	.section .a,"a"
	.byte 1
	.section .b,"a"
	.byte 2
	.data
	.quad 3
	.section .note.GNU-stack,"",@progbits
