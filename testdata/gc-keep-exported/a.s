# --gc-keep-exported keeps the sections of default-visibility globals (not hidden ones, not locals)
	.globl _start
	.section .text._start,"ax"
_start:	ret
	.section .text.exp,"ax"
	.globl exported
exported: ret
	.section .text.hid,"ax"
	.globl hid
	.hidden hid
hid:	ret
	.section .text.loc,"ax"
loc:	ret
	.section .note.GNU-stack,"",@progbits
