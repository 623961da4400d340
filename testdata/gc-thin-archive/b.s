	.file "b.c"
	.text
	.globl fb
fb:	ret
	.section .text.unused,"ax"
	.globl fb_unused
fb_unused: call fc
	ret
	.section .note.GNU-stack,"",@progbits
