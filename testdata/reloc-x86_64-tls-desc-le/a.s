# TLS descriptors -> local exec: lea x@tlsdesc -> mov $tpoff (any
# register), call *x@tlscall -> xchg %ax,%ax
	.text
	.globl _start
_start:
	leaq x@tlsdesc(%rip), %rax
	call *x@tlscall(%rax)
	leaq lx@tlsdesc(%rip), %rax
	call *lx@tlscall(%rax)
	leaq x@tlsdesc(%rip), %r10
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
lx:	.long 3
