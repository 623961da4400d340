# an IE sequence GNU ld cannot rewrite (@gotntpoff without a base
# register) against a global symbol: refused only when relocating
# ("final link failed"); an earlier undefined reference is reported first
	.text
	.globl _start
_start:
	call nosuch
	movl x@gotntpoff(%ebx), %eax
	movl x@gotntpoff, %eax
	movl nosuch2, %eax
	ret
	.section .tdata,"awT",@progbits
	.globl x
x:	.long 1
