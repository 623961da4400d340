# leaq x@gottpoff against a global symbol: refused only when relocating
# ("final link failed"), after an earlier undefined reference
	.text
	.globl _start
_start:
	call nosuch
	leaq x@gottpoff(%rip), %rax
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
