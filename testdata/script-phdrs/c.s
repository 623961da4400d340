	.section .note.test,"a",@note
	.long 4, 4, 1
	.string "abc"
	.long 0x1234
	.section .note.GNU-stack,"",@progbits
