	.text
b: ret
	.section .note.gnu.property,"a",@note
	.p2align 3
	.long 4, 48, 5
	.asciz "GNU"
	.long 0xc0000002, 4, 3
	.p2align 3
	.long 0xc0008002, 4, 1
	.p2align 3
	.long 0xc0010002, 4, 1
	.p2align 3
