@ R_ARM_TARGET1 and R_ARM_TARGET2 under --target2=bogus 
	.text
	.globl _start
_start:	bx lr
	.globl gfun
	.type gfun, %function
gfun:	bx lr
	.data
	.word lab(TARGET1)
	.word lab(TARGET2)
	.word gfun(TARGET2)
	.word 0x10
	.reloc ., R_ARM_TARGET2, lab
	.word 0x20
lab:	.word 0
