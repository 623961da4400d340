	.globl _start
	.text
_start:	movl %fs:tv@TPOFF, %eax
	movq %fs:0, %rax
	leaq tz@TPOFF(%rax), %rcx
	.section .tdata,"awT",@progbits
	.globl tv
tv:	.long 42
	.section .tbss,"awT",@nobits
tz:	.zero 16
	.section .note.GNU-stack,"",@progbits
