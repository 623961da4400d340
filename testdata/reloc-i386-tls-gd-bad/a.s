# a GD sequence GNU ld cannot rewrite (leal off %ecx with a direct call):
# refused before the layout; for a global symbol the message names
# R_386_TLS_IE_32, where GNU ld goes first
	.text
	.globl _start
_start:
	leal x@tlsgd(%ebx), %eax
	call ___tls_get_addr@PLT
	nop
	leal x@tlsgd(%ecx), %eax
	call ___tls_get_addr@PLT
	nop
	movl x@gotntpoff, %eax
	ret
	.globl ___tls_get_addr
___tls_get_addr:
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
