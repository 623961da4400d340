@ R_ARM_TARGET2 as GNU ld's Linux default (--target2=got-rel): a GOT slot
@ for the target, the place gets GOT slot - P (local, global data, function)
	.text
	.globl _start
_start:	bx lr
	.globl gfun
	.type gfun, %function
gfun:	bx lr
	.data
	.word lab(TARGET2)
	.word gvar(TARGET2)
	.word gfun(TARGET2)
	.word gvar(TARGET2)
lab:	.word 0
	.globl gvar
gvar:	.word 5
