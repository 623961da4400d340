	.text
	.globl f
f:	leal y@tlsgd(%ebx), %eax
	call *___tls_get_addr@GOT(%ebx)
	ret
	.section .tbss,"awT",@nobits
	.globl y
	.p2align 3
y:	.zero 8
