	.text
	.globl other
other:	call shared_fn
	.section .text.shared_fn,"axG",@progbits,shared_fn,comdat
	.globl shared_fn
shared_fn: movl $2, %eax
	nop
	ret
	.section .data.shared_fn,"awG",@progbits,shared_fn,comdat
	.long 0xbbbb
	.section .note.GNU-stack,"",@progbits
