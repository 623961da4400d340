# commons live in their file's COMMON section: it goes when none of its
# symbols is referred to (b.o's), it stays whole when one is (a.o's)
	.globl _start
	.text
_start:	lea used_c(%rip), %rax
	ret
	.comm used_c, 8, 8
	.comm unused_c, 16, 8
	.section .note.GNU-stack,"",@progbits
