.globl _start
_start: call malloc
 call __real_malloc
 ret
.section .note.GNU-stack,"",@progbits
