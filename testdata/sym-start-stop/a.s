	.globl _start
	.text
_start:	lea __start_my_list(%rip), %rax
	lea __stop_my_list(%rip), %rcx
	.section my_list,"aw"
	.quad 1
	.section .note.GNU-stack,"",@progbits
