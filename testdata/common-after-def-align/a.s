.globl _start
_start: call f
.comm cc,4
.weak w
.quad w
.section .note.GNU-stack,"",@progbits
