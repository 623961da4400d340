.text
.byte 1,2,3
.data
.p2align 4
.long 5
.bss
.p2align 3
.zero 8
	.section .note.GNU-stack,"",@progbits
