# core.s - an early (level 1) initcall and a late (level 7) one.

	.text
	.type	core_init, @function
core_init:				# level 1: runs first, sets result = 2
	movl	$2, result(%rip)
	ret
	.size	core_init, . - core_init

	.type	late_init, @function
late_init:				# level 7: runs last, adds 1
	addl	$1, result(%rip)
	ret
	.size	late_init, . - late_init

	.section .initcall1.init, "a"
	.quad	core_init
	.section .initcall7.init, "a"
	.quad	late_init
	.section .note.GNU-stack, "", @progbits
