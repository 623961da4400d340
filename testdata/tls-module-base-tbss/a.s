	.globl _start
	.text
_start:
	leaq _TLS_MODULE_BASE_@tlsdesc(%rip), %rax
	call *_TLS_MODULE_BASE_@tlscall(%rax)
	movl %fs:0, %edx
	leaq x@dtpoff(%rax), %rcx
	ret
	.section .tdata,"awT",@progbits
	.long 7
x:	.long 1
	.section .note.GNU-stack,"",@progbits
