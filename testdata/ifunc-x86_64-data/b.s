	.data
	.quad 1
	.quad wonly
