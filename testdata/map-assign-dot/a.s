	.globl _start
	.text
_start:	call fb
	lea da(%rip), %rax
	ret
	.section .rodata,"a"
ra:	.long 1, 2
	.data
	.globl da
da:	.quad 0x1111
	.bss
ba:	.zero 24
	.section .note.GNU-stack,"",@progbits
