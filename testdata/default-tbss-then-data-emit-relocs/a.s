	.globl _start
	.text
_start:	movq %fs:x@tpoff, %rax
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
	.section .tbss,"awT",@nobits
	.balign 16
y:	.zero 16
	.data
	.long 2
	.section .note.GNU-stack,"",@progbits
