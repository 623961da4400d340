	.globl _start
	.text
_start:	movl %fs:tv@TPOFF, %eax
	movq %fs:0, %rax
	leaq tz@TPOFF(%rax), %rcx
	leaq tz@TPOFF+3(%rax), %rcx
	.section .tdata,"awT",@progbits
	.globl tv
	.long 5
tv:	.long 42
	.section .tbss,"awT",@nobits
	.balign 8
tz:	.zero 12
	.section .note.GNU-stack,"",@progbits
