# another file, a TLS symbol in .tbss
	.text
	.globl f
f:
	.byte 0x66
	leaq y@tlsgd(%rip), %rdi
	.word 0x6666
	rex64
	call __tls_get_addr@PLT
	ret
	.section .tbss,"awT",@nobits
	.globl y
	.p2align 3
y:	.zero 8
