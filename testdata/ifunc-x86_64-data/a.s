# IFUNC addresses stored in data: a word in writable data gets its own
# R_X86_64_IRELATIVE (in input order, first), unless the symbol has a PLT
# entry anyway (then its address); read-only data needs the PLT entry
	.text
	.globl _start
_start:
	call both
	ret
	.type wonly, @gnu_indirect_function
	.type both, @gnu_indirect_function
	.type ronly, @gnu_indirect_function
	.globl wonly, both
wonly:	ret
both:	ret
ronly:	ret
	.data
	.quad wonly
	.quad both
	.section .rodata,"a"
	.quad ronly
