	.globl _start
	.text
_start:	ret
	.section .n1,"aw"
	.long 1
	.section .n2,"a"
	.quad 2
	.section .n3,"aw"
	.quad 3
	.section .n4,"aw"
	.long 4
	.section .note.GNU-stack,"",@progbits
