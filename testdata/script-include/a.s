	.globl _start
	.text
_start:	call fb
	ret
	.section .rodata,"a"
	.long 1
	.data
	.quad 2
	.bss
	.zero 8
	.section .note.GNU-stack,"",@progbits
