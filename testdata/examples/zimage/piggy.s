# piggy.s - the "piggy" object: the compressed kernel as a blob.
#
# payload.gz is made by gzip (see `prepare`); gzip ends its output with
# the uncompressed size as a 32-bit little-endian word, which the script
# points at with __piggy_size_addr.

	.section .piggydata, "a"
	.globl	input_data, input_data_end
input_data:
	.incbin	"payload.gz"
input_data_end:
	.section .note.GNU-stack, "", @progbits
