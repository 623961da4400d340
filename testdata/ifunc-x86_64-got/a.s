# IFUNCs loaded through the GOT (never relaxed): with a PLT entry and
# pointer equality (the .got slot holds the PLT entry), with a PLT entry
# only called (the .igot.plt slot is used), without a PLT entry (a .got
# slot with its own R_X86_64_IRELATIVE, written first)
	.text
	.globl _start
_start:
	mov eq@GOTPCREL(%rip), %rax
	call *eq@GOTPCREL(%rip)
	movq $eq, %rax
	call called
	mov called@GOTPCREL(%rip), %rax
	mov gotonly@GOTPCREL(%rip), %rax
	mov lgot@GOTPCREL(%rip), %rax
	mov plain@GOTPCREL(%rip), %rax
	ret
	.type eq, @gnu_indirect_function
	.type called, @gnu_indirect_function
	.type gotonly, @gnu_indirect_function
	.type lgot, @gnu_indirect_function
	.globl eq, called, gotonly
eq:	ret
called:	ret
gotonly: ret
lgot:	ret
	.data
	.globl plain
plain:	.quad 0
