/*
 * check_lexer.c - the lexer's context-dependent tokens, mode by mode.
 *
 * Each row lexes one snippet in one mode alone (script_lex_dump) and compares
 * the token list.  The modes are the ones the grammar selects (lexer.l).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "script-internal.h"

struct lex_case {
	enum lex_mode mode;
	const char *text;
	const char *tokens;
};

static const struct lex_case cases[] = {
	/* section descriptions: wildcards are names */
	{ LM_WILD, "*(.text.*)", "NAME(*) '(' NAME(.text.*) ')'" },
	{ LM_WILD, "KEEP(*(SORT(___ksymtab+*)))",
	  "K_KEEP '(' NAME(*) '(' K_SORT_BY_NAME '(' NAME(___ksymtab+*) ')' ')' ')'" },
	{ LM_WILD, "*(.text.[0-9a-zA-Z_]*)", "NAME(*) '(' NAME(.text.[0-9a-zA-Z_]*) ')'" },
	{ LM_WILD, "*libc.a:*.o(.data)", "NAME(*libc.a:*.o) '(' NAME(.data) ')'" },
	{ LM_WILD, "EXCLUDE_FILE(*crtend.o) *(.ctors)",
	  "K_EXCLUDE_FILE '(' NAME(*crtend.o) ')' NAME(*) '(' NAME(.ctors) ')'" },
	{ LM_WILD, "*(.text, .text2)", "NAME(*) '(' NAME(.text) ',' NAME(.text2) ')'" },
	{ LM_WILD, ". = ALIGN(8);", "NAME(.) '=' K_ALIGN '(' NAME(8) ')' ';'" },
	{ LM_WILD, "x += 4", "NAME(x) PLUSEQ NAME(4)" },
	{ LM_WILD, "INPUT_SECTION_FLAGS(SHF_A & !SHF_B)",
	  "K_INPUT_SECTION_FLAGS '(' NAME(SHF_A) '&' '!' NAME(SHF_B) ')'" },
	{ LM_WILD, "\"odd name\"(.x)", "QNAME(odd name) '(' NAME(.x) ')'" },
	{ LM_WILD, "*(.a) /* comment */ *(.b)", "NAME(*) '(' NAME(.a) ')' NAME(*) '(' NAME(.b) ')'" },
	{ LM_WILD, "KEEP.o", "NAME(KEEP.o)" },
	/* script level: output section names and file names */
	{ LM_SCRIPT, "/DISCARD/ : {", "NAME(/DISCARD/) ':' '{'" },
	{ LM_SCRIPT, ".data..percpu 0 :", "NAME(.data..percpu) INT(0x0) ':'" },
	{ LM_SCRIPT, "OUTPUT_ARCH(i386:x86-64)", "K_OUTPUT_ARCH '(' NAME(i386:x86-64) ')'" },
	{ LM_SCRIPT, "GROUP(-lc libgcc.a)", "K_GROUP '(' LNAME(c) NAME(libgcc.a) ')'" },
	{ LM_SCRIPT, ".note.gnu.build-id :", "NAME(.note.gnu.build-id) ':'" },
	{ LM_SCRIPT, "c=a+1;", "NAME(c=a+1) ';'" },	/* as GNU ld: one name */
	{ LM_SCRIPT, "x <<= 2", "NAME(x) SHLEQ INT(0x2)" },
	{ LM_SCRIPT, "SECTIONS{", "K_SECTIONS '{'" },
	{ LM_SCRIPT, "\"elf64-x86-64\"", "QNAME(elf64-x86-64)" },
	/* expressions: arithmetic, not names */
	{ LM_EXPR, "a-b", "NAME(a) '-' NAME(b)" },
	{ LM_EXPR, "a/b", "NAME(a) '/' NAME(b)" },
	{ LM_EXPR, "a+b", "NAME(a) '+' NAME(b)" },
	{ LM_EXPR, "a*2", "NAME(a) '*' INT(0x2)" },
	{ LM_EXPR, "x<<2 >= y", "NAME(x) SHL INT(0x2) GE NAME(y)" },
	{ LM_EXPR, "a&&b||!c", "NAME(a) ANDAND NAME(b) OROR '!' NAME(c)" },
	{ LM_EXPR, "ADDR(.data..percpu)", "K_ADDR '(' NAME(.data..percpu) ')'" },
	{ LM_EXPR, "SIZEOF_HEADERS", "K_SIZEOF_HEADERS" },
	{ LM_EXPR, "sizeof_headers", "K_SIZEOF_HEADERS" },
	{ LM_EXPR, "c ? 1 : 2", "NAME(c) '?' INT(0x1) ':' INT(0x2)" },
	/* numbers */
	{ LM_EXPR, "0x10", "INT(0x10)" },
	{ LM_EXPR, "010", "INT(0x8)" },
	{ LM_EXPR, "08", "INT(0x0)" },
	{ LM_EXPR, "10K", "INT(0x2800)" },
	{ LM_EXPR, "1M", "INT(0x100000)" },
	{ LM_EXPR, "0x10k", "INT(0x4000)" },
	{ LM_EXPR, "1fh", "INT(0x1f)" },
	{ LM_EXPR, "101b", "INT(0x5)" },
	{ LM_EXPR, "17o", "INT(0xf)" },
	{ LM_EXPR, "10d", "INT(0xa)" },
	{ LM_EXPR, "ffh", "INT(0xff)" },
	{ LM_EXPR, "1ad", "INT(0x1)" },
	{ LM_EXPR, "0xffffffffffffffff", "INT(0xffffffffffffffff)" },
	/* after a complete operand a name starts what follows the expression */
	{ LM_EXPR, "0x90 .note.gnu.build-id", "INT(0x90) NAME(.note.gnu.build-id)" },
	{ LM_EXPR, "4 /DISCARD/", "INT(0x4) NAME(/DISCARD/)" },
	{ LM_EXPR, "(a) /2", "'(' NAME(a) ')' '/' INT(0x2)" },
	{ LM_EXPR, "PT_LOAD FILEHDR PHDRS", "NAME(PT_LOAD) K_FILEHDR K_PHDRS" },
	/* version scripts */
	{ LM_VERS, "V1 { global: foo; local: *; };",
	  "NAME(V1) '{' VGLOBAL NAME(foo) ';' VLOCAL NAME(*) ';' '}' ';'" },
	{ LM_VERS, "extern \"C++\" { ns::f*; }",
	  "VEXTERN QNAME(C++) '{' NAME(ns::f*) ';' '}'" },
	{ LM_VERS, "# comment\nlocal :*;", "VLOCAL NAME(*) ';'" },
	{ LM_VERS, "globalfoo;", "NAME(globalfoo) ';'" },
};

START_TEST(test_tokens)
{
	const struct lex_case *c = &cases[_i];
	char *got = script_lex_dump(c->text, c->mode);
	ck_assert_ptr_nonnull(got);
	ck_assert_msg(strcmp(got, c->tokens) == 0, "lexing [%s] (mode %d)\n  got:      %s\n  expected: %s",
		      c->text, (int)c->mode, got, c->tokens);
	free(got);
}
END_TEST

START_TEST(test_comment_lines)
{
	/* comments spanning lines do not disturb the next token */
	char *got = script_lex_dump("/* a\n * b */ x", LM_SCRIPT);
	ck_assert_str_eq(got, "NAME(x)");
	free(got);
}
END_TEST

START_TEST(test_unterminated_comment)
{
	char *got = script_lex_dump("x /* never closed", LM_SCRIPT);
	ck_assert_str_eq(got, "NAME(x) LEX_ERROR");
	free(got);
}
END_TEST

START_TEST(test_invalid_character_skipped)
{
	/* GNU ld warns "ignoring invalid character" and goes on */
	char *got = script_lex_dump("x @ y", LM_SCRIPT);
	ck_assert_str_eq(got, "NAME(x) NAME(y)");
	free(got);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lexer");
	TCase *tc = tcase_create("tokens");
	tcase_add_loop_test(tc, test_tokens, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, test_comment_lines);
	tcase_add_test(tc, test_unterminated_comment);
	tcase_add_test(tc, test_invalid_character_skipped);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
