	.syntax unified
	.arm
	.globl _start
	.text
_start:	bl tfun
	blx afun
	bl tfun2
	bx lr
	.thumb
	.type tloc, %function
	.thumb_func
tloc:	bl afun
	blx tfun
	bl tfun
	b.w tfun2
	movw r0, #:lower16:data
	movt r0, #:upper16:data
	movw r1, #:lower16:data-(.+4)
	movt r1, #:upper16:data-(.+4)
	bx lr
	.data
data:	.word tfun
	.section .note.GNU-stack,"",%progbits
