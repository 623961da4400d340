# the dynamic TLS types (R_386_TLS_TPOFF, TPOFF32, DTPMOD32, DTPOFF32,
# TLS_DESC) found in an object of a static link: GNU ld stores S + A
	.text
	.globl _start
_start:	ret
	.data
	.reloc ., R_386_TLS_TPOFF, x
	.long 0
	.reloc ., R_386_TLS_TPOFF32, x
	.long 4
	.reloc ., R_386_TLS_DTPMOD32, y
	.long 0
	.reloc ., R_386_TLS_DTPOFF32, y
	.long 0x10
	.reloc ., R_386_TLS_DESC, x
	.long 0
	.section .tdata,"awT",@progbits
	.globl x
	.long 9
x:	.long 1
	.section .tbss,"awT",@nobits
y:	.zero 4
