# drivers.s - two level 6 (device) initcalls; result = 2 * 4 + 33 + 1 = 42.

	.text
	.type	disk_init, @function
disk_init:				# multiplies by 4: needs core_init first
	shll	$2, result(%rip)
	ret
	.size	disk_init, . - disk_init

	.type	net_init, @function
net_init:
	addl	$33, result(%rip)
	ret
	.size	net_init, . - net_init

	.section .initcall6.init, "a"
	.quad	disk_init
	.quad	net_init
	.section .note.GNU-stack, "", @progbits
