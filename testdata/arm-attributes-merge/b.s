	.arch armv5te
	.fpu vfpv3
	.eabi_attribute 20, 1
	.eabi_attribute 21, 1
	.eabi_attribute 23, 3
	.eabi_attribute 24, 2
	.eabi_attribute 30, 2
	.text
	bx lr
	.section .note.GNU-stack,"",%progbits
