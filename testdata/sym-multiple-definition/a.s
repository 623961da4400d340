	.globl _start, dup, dup2
	.text
_start:	call dup
dup:	ret
	.data
dup2:	.long 1
	.section .note.GNU-stack,"",@progbits
