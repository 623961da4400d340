	.globl foo, bar
	.data
	.long 0
foo:	.long 0x11223344
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
