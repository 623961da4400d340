	.globl foo, bar
	.data
	.quad 0
foo:	.quad 0x1122334455667788
bar:	.long 7
	.section .rodata,"a"
	.globl msg
msg:	.string "hi"
	.text
	.globl func
	.type func,@function
func:	ret
	.size func, .-func
	.section .note.GNU-stack,"",@progbits
