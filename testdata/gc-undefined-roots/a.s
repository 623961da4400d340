# roots: -e, -u, --require-defined and EXTERN keep the sections defining them
	.section .text.entry,"ax"
	.globl myentry
myentry: ret
	.section .text.u,"ax"
	.globl by_u
by_u:	ret
	.section .text.req,"ax"
	.globl by_req
by_req:	ret
	.section .text.ext,"ax"
	.globl by_extern
by_extern: ret
	.section .text.none,"ax"
	.globl by_none
by_none: ret
	.section .note.GNU-stack,"",@progbits
