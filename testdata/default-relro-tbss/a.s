# -z relro: .tbss takes no room when the relro sections are moved so
# that the relro part ends on a page boundary
	.globl _start
	.text
_start:
	mov foo@GOTPCREL(%rip), %rax
	ret
foo:
	ret
	.section .tdata,"awT",@progbits
	.p2align 3
	.quad 1, 2, 3
	.section .tbss,"awT",@nobits
	.p2align 3
	.zero 0x48
	.section .init_array,"aw",@init_array
	.p2align 3
	.quad _start
	.section .data.rel.ro,"aw"
	.p2align 5
	.zero 0x3848
	.data
	.quad 7
