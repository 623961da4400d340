.globl _start
_start: movl $big, %eax
.section .note.GNU-stack,"",@progbits
