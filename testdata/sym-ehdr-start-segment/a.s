# __ehdr_start is relative to the first section of the segment holding the headers
	.globl _start
	.text
_start:	lea __ehdr_start(%rip), %rax
	ret
	.data
	.quad __ehdr_start
	.section .note.GNU-stack,"",@progbits
