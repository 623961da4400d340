.globl _start
.text
_start: call f
f: ret
.data
.long 1
.bss
.zero 8
.section .note.GNU-stack,"",@progbits
