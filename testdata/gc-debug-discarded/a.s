# debug sections stay; their relocations against dropped code: GNU ld clears
# the field (0, the addend dropped; 1 in .debug_ranges so no list ends early)
	.globl _start
	.section .text._start,"ax"
_start:	ret
	.section .text.gone,"ax"
gone:	ret
	.section .debug_info,"",@progbits
	.quad _start
	.quad gone
	.quad .text.gone + 1
	.section .debug_ranges,"",@progbits
	.quad gone
	.quad gone + 1
	.section .note.GNU-stack,"",@progbits
