# the same against a local symbol: refused before the layout, no
# undefined reference reported
	.text
	.globl _start
_start:
	call nosuch
	movl lx@gottpoff(%ebx,%ecx), %eax
	ret
	.section .tdata,"awT",@progbits
lx:	.long 1
