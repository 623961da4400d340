# general dynamic -> local exec: the three forms gcc -m32 emits (leal with
# a SIB byte + call, leal off %ebx + call + nop, leal off any base + call
# through the GOT with that base, -fno-plt); the call is PLT32 or PC32
# (GOT32X for the indirect one) against ___tls_get_addr, defined here
	.text
	.globl _start
_start:
	leal x@tlsgd(,%ebx,1), %eax
	call ___tls_get_addr@PLT
	leal lx@tlsgd(%ebx), %eax
	call ___tls_get_addr@PLT
	nop
	leal x@tlsgd(%ecx), %eax
	call *___tls_get_addr@GOT(%ecx)
	leal y@tlsgd(,%ebx,1), %eax
	call ___tls_get_addr
	leal lx@tlsgd(%ebp), %eax
	call *___tls_get_addr@GOT(%ebp)
	ret
	.globl ___tls_get_addr
	.type ___tls_get_addr, @function
___tls_get_addr:
	ret
	.section .tdata,"awT",@progbits
	.globl x
	.p2align 4
x:	.long 1
lx:	.long 3
