# orphan notes go after the last note output section of their alignment
# class (4 or less / 8): .note.ABI-tag after .note.gnu.build-id, an
# 8-aligned note after .interp (where build-id's statement follows)
	.globl _start
	.text
_start: ret
	.section .note.ABI-tag,"a",@note
	.p2align 2
	.long 4, 16, 1
	.asciz "GNU"
	.long 0, 3, 2, 0
	.section .note.wide,"a",@note
	.p2align 3
	.long 4, 8, 7
	.asciz "XYZ"
	.quad 1
	.section .note.narrow,"a",@note
	.long 4, 4, 9
	.asciz "ABC"
	.long 2
