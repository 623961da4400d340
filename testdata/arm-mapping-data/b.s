	.section .rodata.str1.1,"aMS",%progbits,1
	.asciz "hello"
	.asciz "again"
	.section .blob,"a"
	.incbin "b.s"
	.section .note.GNU-stack,"",%progbits
