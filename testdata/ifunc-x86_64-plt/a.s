# IFUNCs called in a static executable: .iplt entries (global ones in
# hash order, then local ones), .igot.plt slots, R_X86_64_IRELATIVE in
# .rela.iplt back to front, __rela_iplt_start/__rela_iplt_end; a PC32
# (lea) and an R_X86_64_32S take the PLT entry's address
	.text
	.globl _start
_start:
	call foo
	call bar@PLT
	call loc
	jmp baz
	lea quux(%rip), %rax
	movq $foo, %rcx
	movq $__rela_iplt_start, %rax
	movq $__rela_iplt_end, %rax
	.type foo, @gnu_indirect_function
	.type bar, @gnu_indirect_function
	.type baz, @gnu_indirect_function
	.type quux, @gnu_indirect_function
	.type loc, @gnu_indirect_function
	.globl foo, bar, baz, quux
foo:	ret
bar:	ret
baz:	ret
quux:	ret
loc:	ret
