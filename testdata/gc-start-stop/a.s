# a reference to __start_SEC/__stop_SEC keeps every input section named SEC
# (and what they refer to); other_list is dropped.  Default script.
	.globl _start
	.section .text._start,"ax"
_start:	lea __start_hooks(%rip), %rax
	lea __stop_hooks(%rip), %rcx
	ret
	.section hooks,"aw"
	.quad f3
	.section .text.f3,"ax"
f3:	ret
	.section other_list,"aw"
	.quad 5
	.section .note.GNU-stack,"",@progbits
