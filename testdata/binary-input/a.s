	.globl _start
	.text
_start:	lea _binary_blob_dat_start(%rip), %rax
	lea _binary_blob_dat_end(%rip), %rcx
	movq $_binary_blob_dat_size, %rdx
	.section .note.GNU-stack,"",@progbits
