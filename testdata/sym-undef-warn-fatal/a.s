	.globl _start
	.text
	.type _start,@function
_start:	call missing1
	call missing2
	movq $missing1, %rax
	.size _start,.-_start
other:	jmp missing1
	.data
	.quad missing3
	.section .note.GNU-stack,"",@progbits
