	.bss
lb: .zero 4
