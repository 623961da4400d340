	.syntax unified
	.arm
	.section .text.e, "ax"
	.globl g1
	.type g1, %function
g1:	.fnstart
	push {r4, lr}
	pop {r4, pc}
	.fnend
	.section .text.empty, "ax"
	.section .text.last, "ax"
	.type g2, %function
g2:	.fnstart
	push {r4, r6, lr}
	pop {r4, r6, pc}
	.fnend
	.text
	.globl __aeabi_unwind_cpp_pr0
	.type __aeabi_unwind_cpp_pr0, %function
__aeabi_unwind_cpp_pr0:
	bx lr
