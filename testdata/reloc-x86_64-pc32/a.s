	.globl _start
	.text
_start:
	lea foo(%rip), %rax
	lea bar+4(%rip), %rcx
	jmp func
	.long msg - .
	.section .note.GNU-stack,"",@progbits
