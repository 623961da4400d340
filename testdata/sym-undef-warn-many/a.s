	.globl _start
	.text
	.type _start,@function
_start:	call m1
	call m1
	call m1
	call m1
	call m1
	call m1
	call m1
	call m2
	call m1
	.size _start,.-_start
	.section .note.GNU-stack,"",@progbits
