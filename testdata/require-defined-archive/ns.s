	.globl nosuch
nosuch:	ret
