	.data
c: .long 1
	.section .note.gnu.property,"a",@note
	.p2align 3
	.long 4, 32, 5
	.asciz "GNU"
	.long 0xc0000002, 4, 3
	.p2align 3
	.long 0xc0008002, 4, 2
	.p2align 3
