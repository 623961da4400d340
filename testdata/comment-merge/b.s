	.section .comment,"MS",@progbits,1
	.string "shared"
	.string "tool B"
	.section .note.GNU-stack,"",@progbits
