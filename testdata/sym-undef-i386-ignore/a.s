	.globl _start
	.text
_start:	call missing1
	movl $missing2+4, %eax
	movl missing3, %ebx
	ret
	.data
	.long missing1
	.section .note.GNU-stack,"",@progbits
