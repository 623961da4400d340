	.globl _start
	.text
_start:
	lea big(%rip), %rax
	call big
	.section .note.GNU-stack,"",@progbits
