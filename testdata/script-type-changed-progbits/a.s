.globl _start
.text
_start: ret
.bss
.zero 8
.section .bss2,"aw"
.long 5
.section .note.GNU-stack,"",@progbits
