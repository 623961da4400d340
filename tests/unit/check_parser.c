/*
 * check_parser.c - snippets parsed and printed back with script_dump().
 *
 * The expected text is klink's canonical form (ast.c): numbers in hex, one
 * statement per line, two-space indentation.  Every case is also checked to
 * be a fixed point: parsing the dump gives the same dump.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "script.h"

static char *dump(const char *text, enum script_mode mode)
{
	struct script *s = script_parse("klink", "t.lds", text, strlen(text), mode, NULL);
	if (!s)
		return NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	script_dump(f, s);
	fclose(f);
	return buf;
}

struct parse_case {
	const char *text;
	const char *dump;
};

static const struct parse_case cases[] = {
	{ "ENTRY(_start)", "ENTRY(_start)\n" },
	{ "OUTPUT_FORMAT(\"elf32-i386\")", "OUTPUT_FORMAT(elf32-i386)\n" },
	{ "OUTPUT_FORMAT(\"elf64-x86-64\", \"elf64-x86-64\", \"elf64-x86-64\")",
	  "OUTPUT_FORMAT(elf64-x86-64, elf64-x86-64, elf64-x86-64)\n" },
	{ "OUTPUT_ARCH(i386:x86-64)", "OUTPUT_ARCH(i386:x86-64)\n" },
	{ "TARGET(binary) OUTPUT(a.out) SEARCH_DIR(/usr/lib) STARTUP(crt0.o)",
	  "TARGET(binary)\nOUTPUT(a.out)\nSEARCH_DIR(/usr/lib)\nSTARTUP(crt0.o)\n" },
	{ "INPUT(a.o, b.o -lm)", "INPUT(a.o b.o -lm)\n" },
	{ "GROUP(libc.so.6 AS_NEEDED(ld.so.2 x.so) -lgcc)",
	  "GROUP(libc.so.6 AS_NEEDED(ld.so.2 x.so) -lgcc)\n" },
	{ "REGION_ALIAS(\"REGION_TEXT\", rom)", "REGION_ALIAS(REGION_TEXT, rom)\n" },
	{ "EXTERN(a b, c)", "EXTERN(a b c)\n" },
	{ "FORCE_COMMON_ALLOCATION INHIBIT_COMMON_ALLOCATION FORCE_GROUP_ALLOCATION",
	  "FORCE_COMMON_ALLOCATION\nINHIBIT_COMMON_ALLOCATION\nFORCE_GROUP_ALLOCATION\n" },
	{ "SECTIONS { .x : { *(.x) } } INSERT AFTER .text",
	  "SECTIONS\n{\n  .x :\n  {\n    *(.x)\n  }\n}\nINSERT AFTER .text\n" },
	{ "INSERT BEFORE .data", "INSERT BEFORE .data\n" },
	{ "NOCROSSREFS(.text .data) NOCROSSREFS_TO(.a .b)",
	  "NOCROSSREFS(.text .data)\nNOCROSSREFS_TO(.a .b)\n" },
	{ "LD_FEATURE(\"SANE_EXPR\")", "LD_FEATURE(\"SANE_EXPR\")\n" },
	{ "ASSERT(a == 1, \"a is 1\")", "ASSERT(a == 0x1, \"a is 1\")\n" },
	/* assignments and every compound operator */
	{ "a = 1; b += 2; c -= 3; d *= 4; e /= 5; f <<= 6; g >>= 7; h &= 8; i |= 9;",
	  "a = 0x1;\nb += 0x2;\nc -= 0x3;\nd *= 0x4;\ne /= 0x5;\nf <<= 0x6;\ng >>= 0x7;\n"
	  "h &= 0x8;\ni |= 0x9;\n" },
	{ "PROVIDE(x = 1); PROVIDE_HIDDEN(y = 2); HIDDEN(z = 3);",
	  "PROVIDE(x = 0x1);\nPROVIDE_HIDDEN(y = 0x2);\nHIDDEN(z = 0x3);\n" },
	{ "\"odd sym\" = 1;", "\"odd sym\" = 0x1;\n" },
	/* expressions: precedence kept with minimal parentheses */
	{ "x = 1 + 2 * 3;", "x = 0x1 + 0x2 * 0x3;\n" },
	{ "x = (1 + 2) * 3;", "x = (0x1 + 0x2) * 0x3;\n" },
	{ "x = a - (b - c);", "x = a - (b - c);\n" },
	{ "x = a - b - c;", "x = a - b - c;\n" },
	{ "x = a-b;", "x = a - b;\n" },
	{ "x = -a + ~b + !c;", "x = -a + ~b + !c;\n" },
	{ "x = -(a + b);", "x = -(a + b);\n" },
	{ "x = a << 2 | b & 3 | c;", "x = a << 0x2 | b & 0x3 | c;\n" },
	{ "x = a == b && c != d || e < f;", "x = a == b && c != d || e < f;\n" },
	{ "x = a ? b : c ? d : e;", "x = a ? b : (c ? d : e);\n" },
	{ "x = (a ? b : c) + 1;", "x = (a ? b : c) + 0x1;\n" },
	{ "x = 10K + 1M + 010 + 1fh;", "x = 0x2800 + 0x100000 + 0x8 + 0x1f;\n" },
	/* every builtin */
	{ "x = ABSOLUTE(.) + ADDR(.text) + ALIGN(8) + ALIGN(., 8) + ALIGNOF(.data) + BLOCK(4);",
	  "x = ABSOLUTE(.) + ADDR(.text) + ALIGN(0x8) + ALIGN(., 0x8) + ALIGNOF(.data) + BLOCK(0x4);\n" },
	{ "x = DATA_SEGMENT_ALIGN(CONSTANT(MAXPAGESIZE), CONSTANT(COMMONPAGESIZE));",
	  "x = DATA_SEGMENT_ALIGN(CONSTANT(MAXPAGESIZE), CONSTANT(COMMONPAGESIZE));\n" },
	{ "x = DATA_SEGMENT_END(.) + DATA_SEGMENT_RELRO_END(24, .);",
	  "x = DATA_SEGMENT_END(.) + DATA_SEGMENT_RELRO_END(0x18, .);\n" },
	{ "x = DEFINED(y) ? y : 0;", "x = DEFINED(y) ? y : 0x0;\n" },
	{ "x = LENGTH(ram) + ORIGIN(ram) + LOADADDR(.data) + LOG2CEIL(5);",
	  "x = LENGTH(ram) + ORIGIN(ram) + LOADADDR(.data) + LOG2CEIL(0x5);\n" },
	{ "x = MAX(a, b) - MIN(a, b) + NEXT(16) + SIZEOF(.bss) + SIZEOF_HEADERS;",
	  "x = MAX(a, b) - MIN(a, b) + NEXT(0x10) + SIZEOF(.bss) + SIZEOF_HEADERS;\n" },
	{ "x = SEGMENT_START(\"text-segment\", 0x400000);",
	  "x = SEGMENT_START(\"text-segment\", 0x400000);\n" },
	{ "SECTIONS { . = ASSERT(. <= 0x8000, \"too big\"); }",
	  "SECTIONS\n{\n  . = ASSERT(. <= 0x8000, \"too big\");\n}\n" },
	{ "x = SIZEOF(.note.gnu.build-id);", "x = SIZEOF(.note.gnu.build-id);\n" },
	/* output section descriptions: every part */
	{ "SECTIONS { .text 0x1000 (NOLOAD) : AT(0x2000) ALIGN(16) SUBALIGN(4) ONLY_IF_RO { *(.text) } >ram AT>rom :text :data =0x90 , }",
	  "SECTIONS\n{\n  .text 0x1000 (NOLOAD) : AT(0x2000) ALIGN(0x10) SUBALIGN(0x4) ONLY_IF_RO\n  {\n"
	  "    *(.text)\n  } >ram AT>rom :text :data =0x90\n}\n" },
	{ "SECTIONS { .a : ALIGN_WITH_INPUT { } .b (INFO) : { } .c (COPY) : { } .d (DSECT) : { } .e (OVERLAY) : { } }",
	  "SECTIONS\n{\n  .a : ALIGN_WITH_INPUT\n  {\n  }\n  .b (INFO) :\n  {\n  }\n  .c (COPY) :\n  {\n  }\n"
	  "  .d (DSECT) :\n  {\n  }\n  .e (OVERLAY) :\n  {\n  }\n}\n" },
	{ "SECTIONS { .r (READONLY) : { } .t (TYPE = SHT_PROGBITS) : { } .u (READONLY (TYPE = 1)) : ONLY_IF_RW { } }",
	  "SECTIONS\n{\n  .r (READONLY) :\n  {\n  }\n  .t (TYPE = SHT_PROGBITS) :\n  {\n  }\n"
	  "  .u (READONLY (TYPE = 0x1)) : ONLY_IF_RW\n  {\n  }\n}\n" },
	{ "SECTIONS { .data..percpu 0 : AT(ADDR(.data..percpu) + LOAD_OFFSET) { *(.data..percpu) } }",
	  "SECTIONS\n{\n  .data..percpu 0x0 : AT(ADDR(.data..percpu) + LOAD_OFFSET)\n  {\n    *(.data..percpu)\n  }\n}\n" },
	{ "SECTIONS { /DISCARD/ : { *(.exit.text) *(.discard.*) } }",
	  "SECTIONS\n{\n  /DISCARD/ :\n  {\n    *(.exit.text)\n    *(.discard.*)\n  }\n}\n" },
	{ "SECTIONS { .a : { } =0x90 .note.gnu.build-id : { } }",
	  "SECTIONS\n{\n  .a :\n  {\n  } =0x90\n  .note.gnu.build-id :\n  {\n  }\n}\n" },
	{ "SECTIONS { .a : { } x = 1; .b : { } y = 2 }",
	  "SECTIONS\n{\n  .a :\n  {\n  }\n  x = 0x1;\n  .b :\n  {\n  }\n  y = 0x2;\n}\n" },
	/* input section descriptions */
	{ "SECTIONS { .t : { KEEP(*(SORT_BY_NAME(.ctors.*))) foo.o bar.o(.text .rodata) } }",
	  "SECTIONS\n{\n  .t :\n  {\n    KEEP(*(SORT_BY_NAME(.ctors.*)))\n    foo.o\n    bar.o(.text .rodata)\n  }\n}\n" },
	{ "SECTIONS { .t : { *(SORT(___ksymtab+*)) *(.text.[0-9a-zA-Z_]*) } }",
	  "SECTIONS\n{\n  .t :\n  {\n    *(SORT_BY_NAME(___ksymtab+*))\n    *(.text.[0-9a-zA-Z_]*)\n  }\n}\n" },
	{ "SECTIONS { .t : { EXCLUDE_FILE(*crtend.o *x.o) *(.ctors) *(EXCLUDE_FILE(*a.o) .text .rdata) } }",
	  "SECTIONS\n{\n  .t :\n  {\n    EXCLUDE_FILE(*crtend.o *x.o) *(.ctors)\n    *(EXCLUDE_FILE(*a.o) .text .rdata)\n  }\n}\n" },
	{ "SECTIONS { .t : { *(SORT_BY_NAME(SORT_BY_ALIGNMENT(.d.*))) *(SORT_BY_INIT_PRIORITY(.init_array.*)) *(SORT_NONE(.init)) } }",
	  "SECTIONS\n{\n  .t :\n  {\n    *(SORT_BY_NAME(SORT_BY_ALIGNMENT(.d.*)))\n    *(SORT_BY_INIT_PRIORITY(.init_array.*))\n"
	  "    *(SORT_NONE(.init))\n  }\n}\n" },
	{ "SECTIONS { .t : { SORT(*)(.ctors) *(REVERSE(.fini_array.*)) } }",
	  "SECTIONS\n{\n  .t :\n  {\n    SORT_BY_NAME(*)(.ctors)\n    *(REVERSE(.fini_array.*))\n  }\n}\n" },
	{ "SECTIONS { .t : { INPUT_SECTION_FLAGS(SHF_MERGE & !SHF_WRITE) *(.rodata) *libc.a:*.o(.data) \"lit*\"(.x) } }",
	  "SECTIONS\n{\n  .t :\n  {\n    INPUT_SECTION_FLAGS(SHF_MERGE & !SHF_WRITE) *(.rodata)\n    *libc.a:*.o(.data)\n"
	  "    \"lit*\"(.x)\n  }\n}\n" },
	{ "SECTIONS { .b : { *(.bss) *(COMMON) } }",
	  "SECTIONS\n{\n  .b :\n  {\n    *(.bss)\n    *(COMMON)\n  }\n}\n" },
	/* data commands and the rest of the body */
	{ "SECTIONS { .d : { BYTE(1) SHORT(2) LONG(3) QUAD(4) SQUAD(-1) FILL(0x90); CREATE_OBJECT_SYMBOLS CONSTRUCTORS SORT(CONSTRUCTORS) } }",
	  "SECTIONS\n{\n  .d :\n  {\n    BYTE(0x1)\n    SHORT(0x2)\n    LONG(0x3)\n    QUAD(0x4)\n    SQUAD(-0x1)\n"
	  "    FILL(0x90)\n    CREATE_OBJECT_SYMBOLS\n    CONSTRUCTORS\n    CONSTRUCTORS\n  }\n}\n" },
	{ "SECTIONS { .p : { BYTE(0); . = ALIGN(8); x = .; ASSERT(x > 0, \"x\") ENTRY(s) } }",
	  "SECTIONS\n{\n  .p :\n  {\n    BYTE(0x0)\n    . = ALIGN(0x8);\n    x = .;\n    ASSERT(x > 0x0, \"x\")\n    ENTRY(s)\n  }\n}\n" },
	/* OVERLAY */
	{ "SECTIONS { OVERLAY 0x1000 : NOCROSSREFS AT(0x4000) { .o1 { *(.o1) } :p =0x1 .o2 { *(.o2) } } >ram :p =0x0 }",
	  "SECTIONS\n{\n  OVERLAY 0x1000 : NOCROSSREFS AT(0x4000)\n  {\n    .o1\n    {\n      *(.o1)\n    } :p =0x1\n"
	  "    .o2\n    {\n      *(.o2)\n    }\n  } >ram :p =0x0\n}\n" },
	{ "SECTIONS { OVERLAY : { .a { } } }",
	  "SECTIONS\n{\n  OVERLAY :\n  {\n    .a\n    {\n    }\n  }\n}\n" },
	/* MEMORY, PHDRS */
	{ "MEMORY { rom (rx) : ORIGIN = 0, LENGTH = 256K ram (!rx) : org = 0x20000000, l = 64K }",
	  "MEMORY\n{\n  rom (rx) : ORIGIN = 0x0, LENGTH = 0x40000\n  ram (!rx) : ORIGIN = 0x20000000, LENGTH = 0x10000\n}\n" },
	{ "MEMORY { m : o = 1, len = 2 }", "MEMORY\n{\n  m : ORIGIN = 0x1, LENGTH = 0x2\n}\n" },
	{ "PHDRS { headers PT_PHDR PHDRS ; text PT_LOAD FILEHDR PHDRS FLAGS(5); data PT_LOAD AT(0x100); x 0x6474e550; }",
	  "PHDRS\n{\n  headers PT_PHDR PHDRS;\n  text PT_LOAD FILEHDR PHDRS FLAGS(0x5);\n  data PT_LOAD AT(0x100);\n"
	  "  x 0x6474e550;\n}\n" },
	/* VERSION */
	{ "VERSION { V1 { global: foo; bar*; local: *; }; V2 { baz; } V1; }",
	  "VERSION\n{\n  V1\n  {\n    global:\n      foo;\n      bar*;\n    local:\n      *;\n  };\n"
	  "  V2\n  {\n    global:\n      baz;\n  } V1;\n}\n" },
	{ "VERSION { { global: extern \"C++\" { ns::f; \"ns::g()\"; }; x; local: *; }; }",
	  "VERSION\n{\n  {\n    global:\n      extern \"C++\"\n      {\n        ns::f;\n        \"ns::g()\";\n      };\n"
	  "      x;\n    local:\n      *;\n  };\n}\n" },
	/* comments, stray semicolons, empty script */
	{ "/* c */ ; ENTRY(a) ; /* d\n e */", "ENTRY(a)\n" },
	{ "", "" },
};

START_TEST(test_dump)
{
	const struct parse_case *c = &cases[_i];
	char *d1 = dump(c->text, SM_SCRIPT);
	ck_assert_msg(d1 != NULL, "[%s] did not parse", c->text);
	ck_assert_msg(strcmp(d1, c->dump) == 0, "[%s]\n-- got:\n%s-- expected:\n%s", c->text, d1, c->dump);
	char *d2 = dump(d1, SM_SCRIPT);
	ck_assert_msg(d2 != NULL && strcmp(d1, d2) == 0, "[%s] dump is not a fixed point:\n%s", c->text,
		      d2 ? d2 : "(parse error)");
	free(d1);
	free(d2);
}
END_TEST

/* What GNU ld rejects (checked with ld.bfd 2.40), klink rejects too. */
static const char *const bad[] = {
	"SECTIONS { .text : { *(.text) }",		/* missing } */
	"SECTIONS { x = 1 y = 2; }",			/* assignment without separator */
	"x = 1 y = 2;",
	"SECTIONS { x = 1; ; }",			/* stray ; in SECTIONS */
	"SECTIONS { ASSERT(1, \"a\"); }",
	"SECTIONS { PROVIDE(x = 1) PROVIDE(y = 1) }",
	"x=1;",						/* one name: x=1 */
	"x = (1 + ;",
	"x = 1 +;",
	"SECTIONS { .text { } }",			/* missing : */
	"MEMORY { m : foo = 1, LENGTH = 2 }",
	"SECTIONS { .t : { *(.t } }",
	"SECTIONS { .t : { } = foo }",			/* fill must be constant */
	"SECTIONS { .t : { FILL(x) } }",
	"NOSUCHCOMMAND(x)",
	"x = a ? b;",
	"x = 1 /* open comment",
	"x = a ^ b;",					/* ld 2.40 has no ^ operator */
};

START_TEST(test_reject)
{
	char *d = dump(bad[_i], SM_SCRIPT);
	ck_assert_msg(d == NULL, "[%s] should not parse, got:\n%s", bad[_i], d);
}
END_TEST

/* ... and what GNU ld accepts, klink accepts. */
static const char *const good[] = {
	"SECTIONS { .text : { *(.text) _e = . } }",	/* no ; before } */
	"SECTIONS { .text : { } _e = . }",
	"SECTIONS { ASSERT(1, \"a\") ASSERT(1, \"b\") }",
	"SECTIONS { .text : { x = 1, y = 2, } }",
	"SECTIONS { .text : { *(.text, .text2) } , .data : { } , }",
	"SECTIONS { ENTRY(_start) .t : { } }",
	"x = 4; x /= 2;",
	"SECTIONS { .text : { *(.text) ; ; LONG(1) ; } }",
};

START_TEST(test_accept)
{
	char *d = dump(good[_i], SM_SCRIPT);
	ck_assert_msg(d != NULL, "[%s] should parse", good[_i]);
	free(d);
}
END_TEST

static const struct parse_case vcases[] = {
	{ "{ global: a; local: *; };", "{\n  global:\n    a;\n  local:\n    *;\n};\n" },
	{ "LINUX_2.6 { global: __vdso_*; local: *; };",
	  "LINUX_2.6\n{\n  global:\n    __vdso_*;\n  local:\n    *;\n};\n" },
	{ "A { a; }; B { b; } A;", "A\n{\n  global:\n    a;\n};\nB\n{\n  global:\n    b;\n} A;\n" },
};

START_TEST(test_version_script)
{
	const struct parse_case *c = &vcases[_i];
	char *d1 = dump(c->text, SM_VERSION);
	ck_assert_msg(d1 != NULL, "[%s] did not parse", c->text);
	ck_assert_msg(strcmp(d1, c->dump) == 0, "[%s]\n-- got:\n%s-- expected:\n%s", c->text, d1, c->dump);
	char *d2 = dump(d1, SM_VERSION);
	ck_assert_msg(d2 && strcmp(d1, d2) == 0, "not a fixed point");
	free(d1);
	free(d2);
}
END_TEST

START_TEST(test_locations)
{
	const char *text = "SECTIONS\n{\n  .text : {\n    *(.text)\n  }\n  x = 1;\n}\n";
	struct script *s = script_parse("klink", "loc.lds", text, strlen(text), SM_SCRIPT, NULL);
	ck_assert_ptr_nonnull(s);
	struct stmt *sec = s->stmts->u.block;
	ck_assert_int_eq(sec->kind, ST_OUTSECT);
	ck_assert_str_eq(sec->loc.file, "loc.lds");
	ck_assert_int_eq(sec->loc.line, 3);
	ck_assert_int_eq(sec->loc.col, 3);
	ck_assert_int_eq(sec->u.osec.body->loc.line, 4);
	ck_assert_int_eq(sec->next->kind, ST_ASSIGN);
	ck_assert_int_eq(sec->next->loc.line, 6);
	ck_assert_str_eq(sec->next->loc.file, "loc.lds");
}
END_TEST

START_TEST(test_defsym)
{
	struct stmt *s = script_parse_defsym("klink", "foo=0x100+4");
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->u.assign.name, "foo");
	ck_assert_int_eq(s->u.assign.value->kind, EX_BINARY);
	ck_assert_ptr_null(script_parse_defsym("klink", "foo"));
	ck_assert_ptr_null(script_parse_defsym("klink", "foo=1+"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("parser");
	TCase *tc = tcase_create("dump");
	tcase_add_loop_test(tc, test_dump, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_loop_test(tc, test_reject, 0, (int)(sizeof bad / sizeof bad[0]));
	tcase_add_loop_test(tc, test_accept, 0, (int)(sizeof good / sizeof good[0]));
	tcase_add_loop_test(tc, test_version_script, 0, (int)(sizeof vcases / sizeof vcases[0]));
	tcase_add_test(tc, test_locations);
	tcase_add_test(tc, test_defsym);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
