# initial exec -> local exec: @indntpoff (R_386_TLS_IE: movl to %eax
# without ModRM, movl/addl to any register), @gotntpoff (R_386_TLS_GOTIE)
# and @gottpoff (R_386_TLS_IE_32, the negated offset) as movl/addl/subl off
# any base register; the addend in the place is not used
	.text
	.globl _start
_start:
	movl x@indntpoff, %eax
	movl x@indntpoff, %ecx
	addl y@indntpoff, %edx
	addl x@indntpoff+4, %esp
	movl %gs:x@indntpoff, %eax
	movl x@gotntpoff(%ebx), %eax
	movl y@gotntpoff(%ebp), %esi
	addl x@gotntpoff(%ecx), %edi
	subl y@gotntpoff(%ebx), %esp
	movl x@gottpoff(%ebx), %eax
	movl y@gottpoff(%esi), %edx
	subl x@gottpoff+8(%ebx), %edx
	addl y@gottpoff(%ebx), %ebp
	ret
	.section .tdata,"awT",@progbits
	.globl x
	.long 9
x:	.long 1
