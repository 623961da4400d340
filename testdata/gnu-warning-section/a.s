# .gnu.warning.SYMBOL sections (the warning for SYMBOL) are left out of
# an executable, with the symbols in them; a plain .gnu.warning is said
	.globl _start
	.text
_start: ret
	.section .gnu.warning.unused,"",@progbits
wsym:	.asciz "unused is not used"
	.section .gnu.warning,"",@progbits
	.asciz "a plain .gnu.warning: said, not kept"
