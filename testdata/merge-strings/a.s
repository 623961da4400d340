	.globl _start
	.text
_start:	lea s1(%rip), %rax
	lea s2(%rip), %rcx
	lea .LC0+2(%rip), %rdx
	.section .rodata.str1.1,"aMS",@progbits,1
s1:	.string "hello"
s2:	.string "world"
.LC0:	.string "lo"
	.section .note.GNU-stack,"",@progbits
