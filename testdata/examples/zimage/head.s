# head.s - entry code of a compressed-kernel style image.
#
# _start finds the compressed payload through the header table the linker
# script builds, reads the uncompressed size from the payload's last word
# (as a decompressor reads gzip's ISIZE), clears .bss, and "decompresses".
# The addresses it needs are loaded from the GOT (movq sym@GOTPCREL(%rip)),
# as position-independent decompressors do.  In a static link GNU ld
# rewrites each such load into `leaq sym(%rip)` (GOTPCRELX relaxation),
# so no GOT entry is needed and .got ends up empty and removed.

	.section .text.head, "ax"
	.globl	_start
	.type	_start, @function
_start:
	movq	__bss_start@GOTPCREL(%rip), %rdi	# clear .bss
	movq	_ebss@GOTPCREL(%rip), %rcx
	subq	%rdi, %rcx
	xorl	%eax, %eax
	rep stosb

	leaq	zimage_header(%rip), %rbx		# the LONG() table
	movl	12(%rbx), %esi				# offset of the size word
	movq	_text@GOTPCREL(%rip), %rax
	addq	%rax, %rsi
	movl	(%rsi), %edx				# uncompressed size
	movq	input_data@GOTPCREL(%rip), %rsi
	movq	output_buffer@GOTPCREL(%rip), %rdi
	call	decompress
1:	hlt
	jmp	1b
	.size	_start, . - _start

	.text
	.globl	decompress
	.type	decompress, @function
# decompress(src=%rsi, dst=%rdi, len=%rdx): a stand-in that copies
decompress:
	movq	%rdx, %rcx
	rep movsb
	ret
	.size	decompress, . - decompress

	.data
	.globl	boot_flags
boot_flags:
	.long	1

	.bss
	.globl	output_buffer
	.align	64
output_buffer:
	.zero	4096
	.section .note.GNU-stack, "", @progbits
