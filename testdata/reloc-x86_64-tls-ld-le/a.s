# local dynamic -> local exec (PLT and GOT call forms, __tls_get_addr
# undefined); DTPOFF32 in code is then the TP offset, elsewhere (data,
# debug info) the offset in the TLS block, as is DTPOFF64
	.text
	.globl _start
_start:
	leaq lx@tlsld(%rip), %rdi
	call __tls_get_addr@PLT
	leaq lx@dtpoff(%rax), %rcx
	movq $ly@dtpoff, %rdx
	leaq lx@tlsld(%rip), %rdi
	call *__tls_get_addr@GOTPCREL(%rip)
	movl ly@dtpoff+4(%rax), %edx
	ret
	.section .tdata,"awT",@progbits
	.p2align 3
lx:	.quad 3
	.section .tbss,"awT",@nobits
	.p2align 4
ly:	.zero 16
	.data
	.long ly@dtpoff
	.quad lx@dtpoff
	.quad ly@dtpoff+8
	.section .debug_info,"",@progbits
	.long lx@dtpoff
	.quad ly@dtpoff
