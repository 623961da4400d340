	.section .text.orphan,"ax"
	ret
	.section .mydata,"aw"
	.long 1
	.section .myro,"a"
	.long 2
	.section .mybss,"aw",@nobits
	.zero 64
	.section .note.mine,"a",@note
	.long 4,4,7
	.string "abc"
	.long 1
	.section .debug_mine,"",@progbits
	.byte 1
	.section .nonalloc,"",@progbits
	.byte 2
	.section .note.GNU-stack,"",@progbits
