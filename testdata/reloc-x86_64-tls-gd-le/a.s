# general dynamic -> local exec: the PLT call form and the GOT call form
# (-fno-plt); __tls_get_addr is defined here, so its call is left out
	.text
	.globl _start
_start:
	.byte 0x66
	leaq x@tlsgd(%rip), %rdi
	.word 0x6666
	rex64
	call __tls_get_addr@PLT
	.byte 0x66
	leaq lx@tlsgd(%rip), %rdi
	.byte 0x66
	rex64
	call *__tls_get_addr@GOTPCREL(%rip)
	ret
	.globl __tls_get_addr
	.type __tls_get_addr, @function
__tls_get_addr:
	ret
	.section .tdata,"awT",@progbits
	.globl x
	.p2align 4
x:	.quad 1
lx:	.quad 3
