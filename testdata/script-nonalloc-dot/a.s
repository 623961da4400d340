	.globl _start
	.text
_start:	ret
	.section .a,"a"
	.byte 1
	.section .b,"a"
	.byte 2, 3
	.section .n,""
	.byte 4
	.section .note.GNU-stack,"",@progbits
	.section .n2,""
	.byte 9
