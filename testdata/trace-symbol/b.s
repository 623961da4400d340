.globl f
f: ret
.globl cc
.data
cc: .long 1
.section .note.GNU-stack,"",@progbits
