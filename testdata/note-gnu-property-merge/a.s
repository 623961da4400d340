# .note.gnu.property of every input merged into one: x86 FEATURE_1_AND
# (0xc0000002) ANDed, ISA_1_NEEDED (0xc0008002) ORed, ISA_1_USED
# (0xc0010002) ORed but only kept when all have it, GNU_PROPERTY_1_NEEDED
# (0xb0008000) ORed; PT_GNU_PROPERTY
	.globl _start
	.text
_start: ret
	.section .note.gnu.property,"a",@note
	.p2align 3
	.long 4, 64, 5
	.asciz "GNU"
	.long 0xb0008000, 4, 1
	.p2align 3
	.long 0xc0000002, 4, 3
	.p2align 3
	.long 0xc0008002, 4, 1
	.p2align 3
	.long 0xc0010002, 4, 1
	.p2align 3
