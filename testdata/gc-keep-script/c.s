	.section .keepme,"a"
	.long 9
	.ident "c comment"
	.section .note.GNU-stack,"",@progbits
