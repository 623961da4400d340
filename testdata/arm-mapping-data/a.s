	.globl _start
	.text
_start:	bx lr
	.section .blob,"a"
	.incbin "a.s"
	.section .wblob,"aw"
	.incbin "a.s"
	.section .rodata.str1.1,"aMS",%progbits,1
	.asciz "hello"
	.asciz "world"
	.section .note.GNU-stack,"",%progbits
