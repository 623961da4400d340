	.globl _start
	.text
	.type _start,@function
_start:	call helper
	lea .Lloc(%rip), %rax
	movq $gdata, %rcx
	ret
	.size _start,.-_start
helper:	ret
.Lloc:	nop
	.data
	.globl gdata
gdata:	.quad helper
ldata:	.long 1
	.section .debug_str,"MS",@progbits,1
	.string "debug text"
	.section .debug_info,"",@progbits
	.long 0x12345678
	.quad gdata
	.section .note.GNU-stack,"",@progbits
