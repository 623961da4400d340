# start.s - start-up code of a program that runs from ROM.
#
# The initial values of .data are stored in ROM right after the code (the
# section's load address, LMA); the variables themselves live in RAM (the
# section's run address, VMA).  Before anything uses them, _start copies
# them from ROM to RAM and clears .bss, as every embedded start-up does.
# (This is a picture of a board, not a Linux program: do not run it.)

	.text
	.globl	_start
	.type	_start, @function
_start:
	leaq	_sidata(%rip), %rsi		# from: load address in ROM
	leaq	_sdata(%rip), %rdi		# to: run address in RAM
	leaq	_edata(%rip), %rcx
	subq	%rdi, %rcx
	rep movsb

	leaq	_sbss(%rip), %rdi		# clear .bss
	leaq	_ebss(%rip), %rcx
	subq	%rdi, %rcx
	xorl	%eax, %eax
	rep stosb

	leaq	_estack(%rip), %rsp
	call	main
1:	hlt
	jmp	1b
	.size	_start, . - _start
	.section .note.GNU-stack, "", @progbits
