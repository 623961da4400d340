# local dynamic -> local exec (the PLT/PC32 call form, with %ebx, and the
# GOT call form with any base); R_386_TLS_LDO_32 in code is then the TP
# offset (negative, addend kept), elsewhere (data, debug info) the offset
# in the TLS block
	.text
	.globl _start
_start:
	leal lx@tlsldm(%ebx), %eax
	call ___tls_get_addr@PLT
	leal lx@dtpoff(%eax), %edx
	movl ly@dtpoff+4(%eax), %ecx
	leal lx@tlsldm(%esi), %eax
	call *___tls_get_addr@GOT(%esi)
	movl %gs:ly@dtpoff(%eax), %edx
	leal lx@tlsldm(%ebx), %eax
	call ___tls_get_addr
	ret
	.globl ___tls_get_addr
	.type ___tls_get_addr, @function
___tls_get_addr:
	ret
	.section .tdata,"awT",@progbits
	.p2align 3
lx:	.long 3
	.section .tbss,"awT",@nobits
	.p2align 4
ly:	.zero 16
	.data
	.long ly@dtpoff
	.long lx@dtpoff+2
	.section .debug_info,"",@progbits
	.long lx@dtpoff
	.long ly@dtpoff+8
