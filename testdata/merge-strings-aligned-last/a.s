# 16-aligned string sections merged: the section holding the last kept
# string is not padded to the alignment, so what follows packs after it
	.globl _start
	.text
_start: ret
	.section .rodata.str1.16,"aMS",@progbits,1
	.p2align 4
	.asciz "first string, long enough"
	.p2align 4
	.asciz "_dl_map_object_deps"
	.section .rodata.str1.1,"aMS",@progbits,1
	.asciz "after"
