	.text
	.globl fb
fb:	ret
	.section .rodata.x,"a"
	.byte 3
	.section .data.y,"aw"
	.byte 4
	.section .note.GNU-stack,"",@progbits
