	.text
	.globl fb
fb:	nop
	ret
	.section .rodata,"a"
rb:	.string "bee"
	.data
db:	.long 0x2222
	.bss
bb:	.zero 8
	.section .note.GNU-stack,"",@progbits
