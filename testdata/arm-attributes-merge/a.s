	.cpu cortex-a9
	.eabi_attribute 18, 4
	.eabi_attribute 26, 2
	.eabi_attribute 25, 1
	.eabi_attribute 30, 4
	.eabi_attribute 24, 1
	.globl _start
	.text
_start:	bx lr
	.section .note.GNU-stack,"",%progbits
