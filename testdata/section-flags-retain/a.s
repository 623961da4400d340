# SHF_GNU_RETAIN (and the other OS/processor flags) of an output section
# come from its first input section
	.globl _start
	.text
_start: ret
	.section keep1,"awR"
	.long 1
	.section keep2,"aw"
	.long 2
	.section keep2,"awR"
	.long 3
	.section .text.kept,"axR"
	ret
