# call *x@tlscall through another register than %eax, at offset 0 (GNU
# ld prints it as 0)
	.text
	.globl _start
_start:
	call *x@tlscall(%ecx)
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
