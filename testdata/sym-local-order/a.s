# local symbols come file by file in the order the output sections meet
# the files: c.o (.text.unlikely) first
	.globl _start
	.text
_start: ret
la: ret
