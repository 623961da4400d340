	.globl _start
	.text
_start:
	movl $foo@SIZE, %eax
	movl $func@SIZE+1, %ecx
	.section .note.GNU-stack,"",@progbits
