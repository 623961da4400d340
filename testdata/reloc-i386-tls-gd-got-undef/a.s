# general and local dynamic -> local exec with ___tls_get_addr undefined:
# no undefined reference; the call through the GOT still gets a .got slot
# (and .got.plt), the PLT call nothing
	.text
	.globl _start
_start:
	leal x@tlsgd(%ebx), %eax
	call *___tls_get_addr@GOT(%ebx)
	leal x@tlsgd(%ebx), %eax
	call ___tls_get_addr@PLT
	nop
	leal x@tlsldm(%ebx), %eax
	call *___tls_get_addr@GOT(%ebx)
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
