# a group is kept or dropped whole; --print-gc-sections names the .group
# section and its members as NAME[SIGNATURE]; duplicate groups are not named
	.globl _start
	.text
_start:	call used_g
	ret
	.section .text.used_g,"axG",@progbits,used_g,comdat
	.globl used_g
used_g:	ret
	.section .data.used_g,"awG",@progbits,used_g,comdat
	.quad 1
	.section .text.unused_g,"axG",@progbits,unused_g,comdat
	.globl unused_g
unused_g: ret
	.section .note.GNU-stack,"",@progbits
