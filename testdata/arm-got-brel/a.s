	.syntax unified
	.arm
	.globl _start
	.text
_start:	ldr r0, 1f
	ldr r1, 2f
	ldr r2, 3f
	bx lr
1:	.word _GLOBAL_OFFSET_TABLE_ - (. + 8)
2:	.word input_data(GOT)
3:	.word counter(GOT)
	.word output_end(GOT)
	.word counter(GOTOFF)
	.section .piggydata,"a"
	.globl input_data
input_data:
	.incbin "a.s"
	.globl input_data_end
input_data_end:
	.bss
counter: .space 4
	.section .note.GNU-stack,"",%progbits
