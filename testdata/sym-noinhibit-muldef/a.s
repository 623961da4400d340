	.globl _start, dup
	.text
_start:	call dup
dup:	ret
	.section .note.GNU-stack,"",@progbits
