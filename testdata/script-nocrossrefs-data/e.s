	.text
	.globl _start
_start:	call fb
	call lf
	lea dvar(%rip), %rax
	ret
lf:	ret
	.section .text.b,"ax"
	.globl fb
fb:	call lf
	lea lvar(%rip), %rax
	call _start
	ret
	.data
	.quad lf
dvar: .quad fb
lvar: .quad 1
	.section .note.GNU-stack,"",@progbits
