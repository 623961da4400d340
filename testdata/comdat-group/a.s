	.globl _start
	.text
_start:	call shared_fn
	.section .text.shared_fn,"axG",@progbits,shared_fn,comdat
	.globl shared_fn
shared_fn: movl $1, %eax
	ret
	.section .data.shared_fn,"awG",@progbits,shared_fn,comdat
	.long 0xaaaa
	.section .note.GNU-stack,"",@progbits
