	.section .note.mine,"a",@note
	.long 4,4,7
	.string "abc"
	.long 1
	.section .note.GNU-stack,"",@progbits
