	.globl _start
	.text
_start:	ret
	.section .t2,"ax",@progbits
	.p2align 5
	ret
	.data
	.byte 1
	.section .d2,"aw",@progbits
	.p2align 4
	.byte 2
	.section .d3,"aw",@progbits
	.p2align 3
	.byte 3
	.section .d4,"aw",@progbits
	.p2align 3
	.byte 4
	.section .note.GNU-stack,"",@progbits
