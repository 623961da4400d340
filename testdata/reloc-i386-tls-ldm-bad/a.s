# an LDM sequence into another register than %eax: refused (for a global
# symbol too, the message names R_386_TLS_LE_32)
	.text
	.globl _start
_start:
	leal x@tlsldm(%ebx), %edx
	call ___tls_get_addr@PLT
	ret
	.globl ___tls_get_addr
___tls_get_addr:
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
