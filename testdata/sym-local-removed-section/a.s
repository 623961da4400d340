# a local symbol of an output section removed as empty is dropped (a
# global one moves to a nearby section)
	.globl _start
_start: ret
	.section .foo,"aw"
lfoo:
	.globl gfoo
gfoo:
	.data
ldata:
	.bss
lbss:
