	.globl _start
	.section .text._start,"ax"
_start:	call used
	.section .text.used,"ax"
used:	lea keepdata(%rip), %rax
	ret
	.section .text.unused,"ax"
unused:	call used
	ret
	.section .data.keepdata,"aw"
keepdata: .long 1
	.section .data.dropdata,"aw"
	.long 2
	.section .note.GNU-stack,"",@progbits
