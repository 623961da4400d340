# KEEP() keeps what it names even when an earlier rule places it; notes are
# always kept; a file keeping nothing allocated loses its .comment too.
	.globl _start
	.section .text.start,"ax"
_start:	call f1
	ret
	.section .text.f1,"ax"
	.globl f1
f1:	ret
	.section .text.f2,"ax"
f2:	call f1
	ret
	.section .keepme,"a"
	.long 7
	.section .keepme.late,"a"
	.long 8
	.section .rodata.unused,"a"
	.long 10
	.section .note.mine,"a",@note
	.long 0, 0, 0
	.section .note.GNU-stack,"",@progbits
