.globl big
.set big, 0x123456789
.section .note.GNU-stack,"",@progbits
