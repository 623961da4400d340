# main.s - uses initialised data (.data), zeroed data (.bss) and constants.

	.text
	.globl	main
	.type	main, @function
main:
	movl	counter(%rip), %eax		# 100 once _start has copied .data
	addl	step(%rip), %eax
	movl	%eax, counter(%rip)
	movq	%rax, scratch(%rip)
	leaq	banner(%rip), %rax
	ret
	.size	main, . - main

	.section .rodata, "a"
banner:	.string	"hello from ROM"

	.data
	.globl	counter, step
	.align	4
counter: .long	100
step:	.long	5

	.bss
	.align	8
scratch: .zero	64
	.section .note.GNU-stack, "", @progbits
