	.globl _start, obj, fn
	.text
	.type fn, @function
_start:	call fn
fn:	ret
	.data
	.type obj, @object
	.size obj, 8
obj:	.quad 1
	.section .note.GNU-stack,"",@progbits
