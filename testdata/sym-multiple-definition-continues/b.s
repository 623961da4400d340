.globl dup
dup: ret
.section .note.GNU-stack,"",@progbits
