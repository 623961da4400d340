.globl _start
_start: call malloc
 ret
.section .note.GNU-stack,"",@progbits
