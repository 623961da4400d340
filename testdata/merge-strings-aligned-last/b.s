	.section .rodata.str1.16,"aMS",@progbits,1
	.p2align 4
	.asciz "another one here"
	.section .rodata.str1.1,"aMS",@progbits,1
	.asciz "b's"
