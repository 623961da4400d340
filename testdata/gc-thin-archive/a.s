# a thin archive's member is named by its path alone; a file whose every
# section is dropped gives no local symbols at all (not even its STT_FILE)
	.file "a.c"
	.globl _start
	.text
_start:	call fb
	ret
loc_a:	ret
	.section .note.GNU-stack,"",@progbits
