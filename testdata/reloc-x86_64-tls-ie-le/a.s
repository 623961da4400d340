# initial exec -> local exec in a static executable: mov and add forms,
# REX.R registers, %rsp/%r12 (add $imm) and the others (lea)
	.text
	.globl _start
_start:
	movq x@gottpoff(%rip), %rax
	movq x@gottpoff(%rip), %r12
	movq y@gottpoff(%rip), %r9
	addq y@gottpoff(%rip), %rax
	addq y@gottpoff(%rip), %rsp
	addq y@gottpoff(%rip), %r12
	addq lx@gottpoff(%rip), %r9
	addq lx@gottpoff(%rip), %rbx
	movq %fs:0, %rax
	ret
	.section .tdata,"awT",@progbits
	.globl x, y
	.p2align 3
x:	.quad 1
y:	.quad 2
lx:	.quad 3
	.section .tbss,"awT",@nobits
	.zero 24
