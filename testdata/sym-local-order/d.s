	.data
ld: .long 1
	.section .rodata,"a"
lr: .long 2
