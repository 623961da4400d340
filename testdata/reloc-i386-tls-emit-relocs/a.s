# --emit-relocs: GNU ld keeps the TLS types of the rewritten sequences; a
# GOT32X call to ___tls_get_addr (defined) becomes R_386_PC32
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
	.text
	.globl g
g:	movl x@indntpoff, %eax
	subl x@gottpoff(%ebx), %edx
	leal lx@tlsldm(%ebx), %eax
	call *___tls_get_addr@GOT(%ebx)
	leal lx@dtpoff(%eax), %edx
	leal x@tlsdesc(%ebx), %eax
	call *x@tlscall(%eax)
	ret
