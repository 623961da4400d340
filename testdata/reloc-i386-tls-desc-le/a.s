# TLS descriptors -> local exec: leal x@tlsdesc(%ebx), %r becomes
# leal x@ntpoff, %r; call *x@tlscall(%eax) becomes xchg %ax,%ax
	.text
	.globl _start
_start:
	leal x@tlsdesc(%ebx), %eax
	call *x@tlscall(%eax)
	movl %gs:(%eax), %eax
	leal ly@tlsdesc(%ebx), %eax
	call *ly@tlscall(%eax)
	leal x@tlsdesc+4(%ebx), %edx
	ret
	.section .tdata,"awT",@progbits
	.globl x
	.long 9
x:	.long 1
	.section .tbss,"awT",@nobits
	.p2align 3
ly:	.zero 8
