@ --fix-v4bx: each BX Rm carrying R_ARM_V4BX becomes MOV PC, Rm (conditions kept)
	.text
	.globl _start
_start:	bx lr
	bxne r3
	bx r0
	mov pc, lr
