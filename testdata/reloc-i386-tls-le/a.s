	.globl _start
	.text
_start:	movl %gs:tv@NTPOFF, %eax
	movl %gs:0, %eax
	leal tz@NTPOFF(%eax), %ecx
	movl $tz@TPOFF, %edx
	subl $tv@TPOFF, %edx
	.section .tdata,"awT",@progbits
	.globl tv
	.long 5
tv:	.long 42
	.section .tbss,"awT",@nobits
	.balign 16
tz:	.zero 12
	.section .note.GNU-stack,"",@progbits
