	.text
	lea t1(%rip), %rax
	lea t2(%rip), %rax
	.section .rodata.str1.1,"aMS",@progbits,1
t1:	.string "world"
t2:	.string "hello"
	.section .rodata.str1.1,"aMS",@progbits,1
	.string "unused"
	.section .note.GNU-stack,"",@progbits
