	.syntax unified
	.arm
	.globl _start
	.text
_start:	bl f
	b g
	blx f
	movw r0, #:lower16:data+4
	movt r0, #:upper16:data+4
	movw r1, #:lower16:data-(.+8)
	movt r1, #:upper16:data-(.+4)
	bx lr
	.word data
	.word data - .
	.word f + 8
	.section .ex,"a"
	.reloc ., R_ARM_PREL31, _start
	.word 0
	.word 0x80b0b0b0
	.data
data:	.word 1
	.section .note.GNU-stack,"",%progbits
