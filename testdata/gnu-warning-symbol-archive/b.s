.globl foo
foo: ret
.section .gnu.warning.foo
.string "foo is deprecated"
.section .note.GNU-stack,"",@progbits
