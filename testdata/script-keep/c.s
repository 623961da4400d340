	.section .text.unused,"ax"
unused:	ret
	.section .keepme,"a"
	.long 0x4b454550
	.section .dropme,"a"
	.long 0x44524f50
	.section .note.GNU-stack,"",@progbits
