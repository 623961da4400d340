# a TLSGD lea without its call: refused before the layout; for a global
# symbol the message names R_X86_64_GOTTPOFF, where GNU ld goes first
	.text
	.globl _start
_start:
	nop
	leaq x@tlsgd(%rip), %rdi
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
