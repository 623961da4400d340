.text
.byte 1,2,3
.data
.p2align 3
.quad 5
.section .d2,"aw"
.p2align 4
.quad 6
	.section .note.GNU-stack,"",@progbits
