	.syntax unified
	.globl afun, tfun, tfun2
	.text
	.arm
	.type afun, %function
afun:	bx lr
	.thumb
	.type tfun, %function
	.thumb_func
tfun:	nop
	bx lr
	.type tfun2, %function
	.thumb_func
tfun2:	bx lr
	.section .note.GNU-stack,"",%progbits
