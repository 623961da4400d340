	.data
	.quad __bss_start, _edata, _end, etext, _etext, __etext, edata, end, __executable_start, __ehdr_start
	.section .note.GNU-stack,"",@progbits
