	.globl _start
	.text
_start:
	call *func@GOTPCREL(%rip)
	jmp *func@GOTPCREL(%rip)
	movl foo@GOTPCREL(%rip), %eax
	.section .note.GNU-stack,"",@progbits
