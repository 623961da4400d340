# an input without .note.gnu.property: AND and OR_AND properties go,
# OR ones stay; the merged note replaces the first note, in b.o
	.globl _start
	.text
_start: ret
