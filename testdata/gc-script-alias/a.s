# the script says `aliased = target': a reference to aliased keeps target's section
	.globl _start
	.section .text._start,"ax"
_start:	lea aliased(%rip), %rax
	ret
	.section .rodata.target,"a"
	.globl target
target:	.long 9, 10
	.section .rodata.unused,"a"
	.long 11
	.section .note.GNU-stack,"",@progbits
