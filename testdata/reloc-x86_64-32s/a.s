	.globl _start
	.text
_start:
	movq $foo, %rax
	movq bar(,%rcx,8), %rdx
	movq $_start-8, %rsi
	.section .note.GNU-stack,"",@progbits
