# main.s - walks the initcall table the linker script builds.
#
# Every object that wants a function called at start-up puts a pointer to
# it in a section named .initcall<level>.init (see drivers.s, core.s).
# The script gathers those sections, sorted by level, between the symbols
# __initcall_start and __initcall_end; _start calls each pointer in turn.
# On Linux/x86_64 the program exits with the sum the initcalls computed
# (run it: ./initcalls; echo $?  -> 42).

	.text
	.globl	_start
	.type	_start, @function
_start:
	leaq	__initcall_start(%rip), %rbx
	leaq	__initcall_end(%rip), %r12
1:	cmpq	%r12, %rbx
	jae	2f
	call	*(%rbx)
	addq	$8, %rbx
	jmp	1b
2:	movl	result(%rip), %edi	# exit(result)
	movl	$60, %eax
	syscall
	.size	_start, . - _start

	.data
	.globl	result
	.align	4
result:	.long	0
	.section .note.GNU-stack, "", @progbits
