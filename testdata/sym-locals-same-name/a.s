	.globl _start
	.text
_start:	call helper
helper:	ret
	.data
counter: .long 1
.Ltemp:	.long 2
	.section .note.GNU-stack,"",@progbits
