	.globl _start
	.text
_start:
	movl $foo, %eax
	movl bar+4, %ecx
	.data
	.long msg
	.long func+1
	.section .note.GNU-stack,"",@progbits
