	.data
c: .long 1
	.section .note.gnu.property,"a",@note
	.p2align 3
	.long 4, 48, 5
	.asciz "GNU"
	.long 0xc0000002, 4, 7
	.p2align 3
	.long 0xc0010002, 4, 8
	.p2align 3
	.long 0xc0008001, 4, 0
	.p2align 3
