	.globl _start
	.text
_start:	call fb
	ret
fb:	ret
	.section .rodata,"a"
	.long 1, 2
	.section .extra,"a"
	.long 7
	.data
	.long 0x1111
	.bss
	.zero 24
	.section .note.GNU-stack,"",@progbits
