	.bss
b_bss:	.zero 5
	.comm c_sixteen,16,16
	.comm c_one_b,3,1
	.comm c_two,4,2
	.comm c_32,40,32
	.comm c_eight_b,8,8
	.section .note.GNU-stack,"",@progbits
