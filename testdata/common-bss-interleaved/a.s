	.globl _start
	.text
_start:	movl c_one(%rip), %eax
	ret
	.bss
a_bss:	.zero 3
	.comm c_one,1,1
	.comm c_eight,8,8
	.comm c_two,2,2
	.comm c_big,64,64
	.comm c_four,12,4
	.section .note.GNU-stack,"",@progbits
