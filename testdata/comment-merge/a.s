	.globl _start
	.text
_start:	ret
	.section .comment,"MS",@progbits,1
	.string "tool A 1.0"
	.string "shared"
	.section .note.GNU-stack,"",@progbits
