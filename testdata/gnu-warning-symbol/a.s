.globl _start
_start: call foo
 call foo
.data
.quad foo
.section .text.b,"ax"
bar: call foo
.section .note.GNU-stack,"",@progbits
