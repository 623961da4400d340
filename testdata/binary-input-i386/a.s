	.globl startup_32
	.text
startup_32: movl $_binary_blob_dat_start, %eax
	movl $_binary_blob_dat_size, %ecx
	.section .note.GNU-stack,"",@progbits
