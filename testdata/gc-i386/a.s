# i386 (REL): --gc-sections with __start_/__stop_ and __ehdr_start references
	.globl _start
	.section .text._start,"ax"
_start:	call used
	movl $__start_hk, %eax
	movl $__stop_hk, %eax
	movl $__ehdr_start, %eax
	.section .text.used,"ax"
used:	movl $keepdata, %eax
	ret
	.section .text.unused,"ax"
unused:	call used
	ret
	.section hk,"aw"
	.long used
	.section .data.keepdata,"aw"
keepdata: .long 1
	.section .data.dropdata,"aw"
	.long 2
	.section .note.GNU-stack,"",@progbits
