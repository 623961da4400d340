	.text
	.globl use
use:	movl $etext_used, %eax
	.section .note.GNU-stack,"",@progbits
