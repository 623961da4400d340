.globl _start, f
.text
_start: call f
f: ret
.section .note.GNU-stack,"",@progbits
