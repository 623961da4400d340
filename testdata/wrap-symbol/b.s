.globl malloc, __wrap_malloc
malloc: ret
__wrap_malloc: call __real_malloc
 ret
.section .note.GNU-stack,"",@progbits
