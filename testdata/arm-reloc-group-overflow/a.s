@ group relocations that do not fit: GNU ld's "overflow whilst splitting"
@ then "relocation truncated to fit", forwards and backwards; the function
@ named is the one around the place, never a mapping symbol
	.text
	.globl _start
	.type _start, %function
_start:
	add r0, pc, #:pc_g0:far
	ldr r1, [r0, #:pc_g1:far]
	ldr r1, [pc, #:pc_g0:far]
	add r0, pc, #:pc_g0:back
	add r0, r0, #:pc_g1:back
	ldr r1, [r0, #:pc_g2:back]
	bx lr
	.section .far, "aw"
far:	.word 1
	.section .back, "aw"
back:	.word 2
