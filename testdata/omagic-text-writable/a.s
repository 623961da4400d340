.globl _start
.text
_start: ret
.section .foo,"ax"
nop
.section .rodata,"a"
.long 1
.section .note.GNU-stack,"",@progbits
