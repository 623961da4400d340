	.globl _start, startup_32
	.text
_start:
startup_32:
	call fb
	movl $da, %eax
	movl $ra, %ecx
	ret
	.section .rodata,"a"
ra:	.long 1, 2
	.data
	.globl da
da:	.long 0x1111
	.bss
ba:	.zero 24
	.section .note.GNU-stack,"",@progbits
