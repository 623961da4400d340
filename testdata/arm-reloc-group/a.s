@ group relocations: a PC-relative value split over ADD/SUB + ADD/SUB + LDR
@ (the kernel's __ldst_va sequence), near, far, backwards, with addends
	.syntax unified
	.arm
	.text
back:	.word 3
	.space 0x2ff8
	.globl _start
_start:
	.macro ldva reg, tmp, sym, off=0
	.reloc .L0_\@, R_ARM_ALU_PC_G0_NC, \sym
	.reloc .L1_\@, R_ARM_ALU_PC_G1_NC, \sym
	.reloc .L2_\@, R_ARM_LDR_PC_G2, \sym
.L0_\@:	sub \tmp, pc, #8 - \off
.L1_\@:	sub \tmp, \tmp, #4 - \off
.L2_\@:	ldr \reg, [\tmp, #0]
	.endm
	ldva r0, r1, near
	ldva r2, r3, far
	ldva r4, r5, back
	ldva r6, r7, mid, 4
	ldva r0, r1, odd
	add r0, pc, #:pc_g0_nc:near
	add r1, pc, #:pc_g0_nc:(far + 0x20)
	add r1, r1, #:pc_g1_nc:(far + 0x20)
	ldr r2, [r1, #:pc_g2:(far + 0x20)]
	add r0, pc, #:pc_g0:near
	bx lr
near:	.word 1

	.section .data.mid, "aw"
mid:	.word 4
	.space 0x1234
odd:	.word 5
	.section .data.far2, "aw"
far:	.word 6
