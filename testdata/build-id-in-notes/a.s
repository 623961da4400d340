	.globl _start
	.text
_start:	ret
	.section .note.extra,"a",@note
	.long 4, 4, 1
	.string "abc"
	.long 0x12345678
	.section .note.GNU-stack,"",@progbits
