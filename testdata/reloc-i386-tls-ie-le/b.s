	.text
	.globl f
f:	movl %gs:0, %eax
	addl y@gotntpoff(%ebx), %eax
	movl z@indntpoff, %edx
	ret
	.section .tbss,"awT",@nobits
	.globl y
	.p2align 4
y:	.zero 8
z:	.zero 4
