@ .ARM.exidx of code /DISCARD/ed: the table goes with it, silently
@ (the others edited as in arm-exidx)
	.syntax unified
	.arm
	.section .text.a, "ax"
	.globl _start
	.type _start, %function
_start:
	.fnstart
	push {r4, lr}
	bl f1
	pop {r4, pc}
	.fnend
	.type f1, %function
f1:	.fnstart
	push {r4, lr}
	pop {r4, pc}
	.fnend

	.section .text.b, "ax"
	.type f2, %function
f2:	.fnstart
	push {r4, lr}
	pop {r4, pc}
	.fnend
	.type f3, %function
f3:	.fnstart
	.cantunwind
	bx lr
	.fnend
	.type f4, %function
f4:	.fnstart
	.cantunwind
	bx lr
	.fnend

	.section .text.nounwind, "ax"
	bx lr

	.section .text.nounwind2, "ax"
	bx lr

	.section .text.c, "ax"
	mov r0, r0
	.type f5, %function
f5:	.fnstart
	push {r4, r5, lr}
	pop {r4, r5, pc}
	.fnend

	.section .text.d, "ax"
	.type f6, %function
f6:	.fnstart
	push {r4, r5, lr}
	pop {r4, r5, pc}
	.fnend
