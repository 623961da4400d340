	.globl _start, obj, tls_obj
	.type _start,@function
	.text
_start:	nop
	ret
	.size _start,.-_start
	.type ifn,@function
ifn:	ret
	.size ifn, 1
	.data
	.type obj,@object
obj:	.quad 1, 2
	.size obj, 16
	.type loc_obj,@object
loc_obj: .long 3
	.size loc_obj, 4
	.section .note.GNU-stack,"",@progbits
