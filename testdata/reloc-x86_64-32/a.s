	.globl _start
	.text
_start:
	movl $foo, %eax
	movl $bar+3, %ecx
	.data
	.long msg
	.section .note.GNU-stack,"",@progbits
