	.section .text.unlikely,"ax"
lc: ret
