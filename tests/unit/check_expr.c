/*
 * check_expr.c - the expression evaluator (script-parser/expr.c) against a
 * table of expressions whose values and sections come from GNU ld 2.40.
 *
 * Every V/E row is checked against ld.bfd by tests/unit/expr-oracle.sh, which
 * links the same world (below) with `x = <expr>;` in the row's context and
 * reads x back with objdump.  Keep the world here and there in step.
 *
 *   MEMORY { ram : ORIGIN = 0x40000, LENGTH = 0x2000 }
 *   abs_sym = 0x500;
 *   SECTIONS {
 *     . = 0x800;                                    <- context P
 *     .text 0x1000 : ALIGN(8) { *(.text) . = 0x20; tsym = .; }
 *     .data 0x2000 : AT(0x8000) ALIGN(16) { . = 0x10; dsym = .; . += 0x30;
 *                                                   <- context S }
 *     .bss 0x3000 (NOLOAD) : { . += 0x80; bsym = .; . += 0x80; }
 *     . = 0x5000;                                   <- context T
 *   }
 *   ld.bfd -z max-page-size=0x10000 -z common-page-size=0x1000 -Ttext-segment=0x10000
 *
 * _start is the first byte of .text (from the object).  The fake context
 * passes `.` at the top level of SECTIONS as an offset into the section GNU
 * ld's section_for_dot() picks there: .text in context P, .bss in context T
 * (symbols assigned `.`-derived absolute values get that section).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "script.h"

/* The fake layout: the test owns the opaque output-section type. */
struct output_sect_ref {
	const char *name;
	uint64_t addr, lma, size, align;
};

enum { TEXT, DATA, BSS, NSEC, ABS = -1 };

struct world {
	struct output_sect_ref sec[NSEC];
};

struct fake_sym {
	const char *name;
	uint64_t val;
	int sec;		/* TEXT/DATA/BSS or ABS */
};

static const struct fake_sym fake_syms[] = {
	{ "abs_sym", 0x500, ABS },
	{ "_start", 0, TEXT },
	{ "tsym", 0x20, TEXT },
	{ "dsym", 0x10, DATA },
	{ "bsym", 0x80, BSS },
};

static const struct world world_init = { {
	{ ".text", 0x1000, 0x1000, 0x20, 8 },
	{ ".data", 0x2000, 0x8000, 0x40, 16 },
	{ ".bss", 0x3000, 0x9000, 0x100, 1 },
} };

static bool fake_symbol(void *ctx, const char *name, struct value *out)
{
	struct world *w = ctx;

	for (size_t i = 0; i < sizeof fake_syms / sizeof fake_syms[0]; i++)
		if (!strcmp(fake_syms[i].name, name)) {
			out->val = fake_syms[i].val;
			out->sec = fake_syms[i].sec == ABS ? NULL : &w->sec[fake_syms[i].sec];
			return true;
		}
	return false;
}

/* Every symbol of the world is defined before each context's assignment. */
static bool fake_defined(void *ctx, const char *name)
{
	struct value v;
	return fake_symbol(ctx, name, &v);
}

static bool fake_section(void *ctx, const char *name, struct output_sect_ref **out)
{
	struct world *w = ctx;

	for (int i = 0; i < NSEC; i++)
		if (!strcmp(w->sec[i].name, name)) {
			*out = &w->sec[i];
			return true;
		}
	return false;
}

static uint64_t fake_addr(void *ctx, struct output_sect_ref *s) { (void)ctx; return s->addr; }
static uint64_t fake_lma(void *ctx, struct output_sect_ref *s) { (void)ctx; return s->lma; }
static uint64_t fake_size(void *ctx, struct output_sect_ref *s) { (void)ctx; return s->size; }
static uint64_t fake_align(void *ctx, struct output_sect_ref *s) { (void)ctx; return s->align; }

static bool fake_region(void *ctx, const char *name, uint64_t *origin, uint64_t *length)
{
	(void)ctx;
	if (strcmp(name, "ram"))
		return false;
	*origin = 0x40000;
	*length = 0x2000;
	return true;
}

static bool fake_segment_start(void *ctx, const char *name, uint64_t *out)
{
	(void)ctx;
	if (strcmp(name, "text-segment"))
		return false;
	*out = 0x10000;		/* -Ttext-segment=0x10000 */
	return true;
}

/* ELF header + 2 program headers, what ld.bfd reports for this world */
static uint64_t fake_sizeof_headers(void *ctx) { (void)ctx; return 0xb0; }

static const struct eval_ops fake_ops = {
	.symbol = fake_symbol,
	.defined = fake_defined,
	.section = fake_section,
	.sec_addr = fake_addr,
	.sec_loadaddr = fake_lma,
	.sec_size = fake_size,
	.sec_align = fake_align,
	.region = fake_region,
	.segment_start = fake_segment_start,
	.sizeof_headers = fake_sizeof_headers,
};

enum ctxid { P, S, T };

static struct eval_env make_env(struct world *w, enum ctxid c)
{
	struct eval_env env = {
		.ops = &fake_ops, .ctx = w, .dot_valid = true,
		.maxpagesize = 0x10000, .commonpagesize = 0x1000,
		.addr_bits = 64, .prog = "klink", .quiet = true,
	};

	switch (c) {
	case P:
		/* `.` is 0x800; GNU ld's section_for_dot() picks .text here */
		env.dot.val = (uint64_t)0x800 - 0x1000;
		env.dot.sec = &w->sec[TEXT];
		break;
	case S:
		env.dot.val = 0x40;
		env.dot.sec = &w->sec[DATA];
		env.cur_sec = &w->sec[DATA];
		break;
	case T:
		env.dot.val = 0x2000;
		env.dot.sec = &w->sec[BSS];
		break;
	}
	return env;
}

/* V(context, expression, value of x as nm prints it, section of x) */
struct vrow {
	enum ctxid ctx;
	const char *text;
	uint64_t val;
	int sec;
};
#define V(c, t, v, s) { c, t, v, s }

static const struct vrow vrows[] = {
	/* number forms */
	V(P, "0x10", 0x10, ABS),
	V(P, "0X1f", 0x1f, ABS),
	V(P, "010", 0x8, ABS),
	V(P, "1fh", 0x1f, ABS),
	V(P, "101b", 0x5, ABS),
	V(P, "17o", 0xf, ABS),
	V(P, "10d", 0xa, ABS),
	V(P, "10K", 0x2800, ABS),
	V(P, "1M", 0x100000, ABS),
	V(P, "0x10k", 0x4000, ABS),
	V(P, "2m + 1k", 0x200400, ABS),
	/* arithmetic: 64 bits, signed / and %, unsigned comparisons */
	V(P, "1 + 2", 0x3, ABS),
	V(P, "7 - 10", 0xfffffffffffffffd, ABS),
	V(P, "6 * 7", 0x2a, ABS),
	V(P, "7 / 2", 0x3, ABS),
	V(P, "-7 / 2", 0xfffffffffffffffd, ABS),
	V(P, "7 % 3", 0x1, ABS),
	V(P, "-7 % 2", 0xffffffffffffffff, ABS),
	V(P, "0x8000000000000000 / 3", 0xd555555555555556, ABS),
	V(P, "1 << 4", 0x10, ABS),
	V(P, "0x100 >> 4", 0x10, ABS),
	V(P, "1 << 64", 0x1, ABS),
	V(P, "1 << 65", 0x2, ABS),
	V(P, "-1 >> 63", 0x1, ABS),
	V(P, "0xf0 & 0x3c", 0x30, ABS),
	V(P, "0xf0 | 0x0f", 0xff, ABS),
	V(P, "~0", 0xffffffffffffffff, ABS),
	V(P, "-1", 0xffffffffffffffff, ABS),
	V(P, "!0", 0x1, ABS),
	V(P, "!5", 0x0, ABS),
	V(P, "+5", 0x5, ABS),
	V(P, "0x10-1", 0xf, ABS),
	/* comparisons and logic */
	V(P, "1 < 2", 0x1, ABS),
	V(P, "2 < 1", 0x0, ABS),
	V(P, "-1 > 0", 0x1, ABS),
	V(P, "3 <= 3", 0x1, ABS),
	V(P, "3 >= 4", 0x0, ABS),
	V(P, "5 == 5", 0x1, ABS),
	V(P, "5 != 5", 0x0, ABS),
	V(P, "2 && 3", 0x1, ABS),
	V(P, "0 && 1", 0x0, ABS),
	V(P, "0 || 0", 0x0, ABS),
	V(P, "0 || 7", 0x1, ABS),
	V(P, "1 ? 10 : 20", 0xa, ABS),
	V(P, "0 ? 10 : 20", 0x14, ABS),
	V(P, "0 ? foo : 3", 0x3, ABS),
	/* precedence (C's) */
	V(P, "1 + 2 * 3", 0x7, ABS),
	V(P, "(1 + 2) * 3", 0x9, ABS),
	V(P, "1 << 2 + 1", 0x8, ABS),
	V(P, "1 + 2 == 3", 0x1, ABS),
	V(P, "8 - 4 - 2", 0x2, ABS),
	V(P, "64 / 4 / 2", 0x8, ABS),
	V(P, "1 < 2 == 1", 0x1, ABS),
	V(P, "1 ? 2 : 0 ? 3 : 4", 0x2, ABS),
	V(P, "0 ? 2 : 0 ? 3 : 4", 0x4, ABS),
	V(P, "2 * -3", 0xfffffffffffffffa, ABS),
	V(P, "!1 + 1", 0x1, ABS),
	V(P, "~1 & 0xff", 0xfe, ABS),
	V(P, "1 && 0 || 1", 0x1, ABS),
	V(P, "6 & 3 == 3", 0x0, ABS),
	/* symbols outside output sections: numbers are absolute addresses */
	V(P, "abs_sym", 0x500, ABS),
	V(P, "_start", 0x1000, TEXT),
	V(P, "dsym", 0x2010, DATA),
	V(P, "dsym + 1", 0x2011, ABS),
	V(P, "dsym - tsym", 0xff0, ABS),
	V(P, "dsym - 0x10", 0x2000, ABS),
	V(P, "dsym-1", 0x200f, ABS),
	V(P, "dsym - ADDR(.data)", 0x10, ABS),
	V(P, "ABSOLUTE(dsym)", 0x2010, ABS),
	V(P, "-dsym", 0x1ff0, DATA),
	V(P, "~dsym", 0x1fef, DATA),
	V(P, "dsym == 0x2010", 0x1, ABS),
	V(P, "dsym > tsym", 0x1, ABS),
	V(P, "dsym ? 1 : 2", 0x1, ABS),
	V(P, "ADDR(.data) ? 1 : 2", 0x2, ABS),
	V(P, "ADDR(.data) ? dsym : bsym", 0x3080, BSS),
	/* symbols inside an output section: numbers are numbers */
	V(S, "dsym", 0x2010, DATA),
	V(S, "dsym + 1", 0x2011, DATA),
	V(S, "1 + dsym", 0x2011, DATA),
	V(S, "dsym-1", 0x200f, DATA),
	V(S, "dsym - 0x10", 0x2000, DATA),
	V(S, "dsym * 2", 0x2020, DATA),
	V(S, "dsym & ~0xf", 0x2010, DATA),
	V(S, "dsym - ADDR(.data)", 0x2010, DATA),
	V(S, "ABSOLUTE(dsym - ADDR(.data))", 0x10, ABS),
	V(S, "dsym - tsym", 0x2ff0, DATA),
	V(S, "bsym - dsym", 0x3070, DATA),
	V(S, "bsym + 1", 0x3081, BSS),
	V(S, "abs_sym", 0x2500, DATA),
	V(S, "ABSOLUTE(abs_sym)", 0x500, ABS),
	V(S, "abs_sym + dsym", 0x2510, DATA),
	V(S, "5", 0x2005, DATA),
	V(S, "ABSOLUTE(5)", 0x5, ABS),
	V(S, "dsym == 0x10", 0x2001, DATA),
	V(S, "dsym == 0x2010", 0x2000, DATA),
	V(S, "dsym ? 1 : 2", 0x2001, DATA),
	V(S, "ADDR(.data) ? 1 : 2", 0x2002, DATA),
	V(S, "-dsym", 0x1ff0, DATA),
	/* the location counter */
	V(P, ".", 0x800, TEXT),
	V(P, ". + 0x10", 0x810, TEXT),
	V(P, "ALIGN(0x100)", 0x800, TEXT),
	V(P, "ALIGN(0x1000)", 0x1000, TEXT),
	V(P, "ALIGN(0x300)", 0x900, TEXT),
	V(P, "ALIGN(., 0x1000)", 0x1000, TEXT),
	V(P, "BLOCK(0x1000)", 0x1000, TEXT),
	V(P, "NEXT(0x1000)", 0x1000, ABS),
	V(S, ".", 0x2040, DATA),
	V(S, ". + 1", 0x2041, DATA),
	V(S, ". - ADDR(.data)", 0x2040, DATA),
	V(S, "ABSOLUTE(.)", 0x2040, ABS),
	V(S, "ALIGN(0x100)", 0x2100, DATA),
	V(S, "ALIGN(., 0x100)", 0x2100, DATA),
	V(S, "ALIGN(dsym, 0x20)", 0x2020, DATA),
	V(S, "NEXT(0x100)", 0x2100, ABS),
	V(T, ".", 0x5000, BSS),
	V(T, "ABSOLUTE(.)", 0x5000, ABS),
	V(T, ". - 0x10", 0x4ff0, BSS),
	V(T, "ALIGN(0x1000)", 0x5000, BSS),
	V(T, "ALIGN(0x3000)", 0x6000, BSS),
	/* `.`-derived absolute results take the section of `.` (ld's rel_from_abs),
	 * unless ABSOLUTE(), NEXT() or converting a relative operand intervened */
	V(T, ". - .", 0x0, BSS),
	V(T, "0 - .", 0xffffffffffffb000, BSS),
	V(T, ". > 1", 0x1, BSS),
	V(T, "(. > 1) + 5", 0x6, BSS),
	V(T, ". + 0x1000000", 0x1005000, BSS),
	V(T, "dsym - .", 0xffffffffffffd010, ABS),
	V(T, ". + dsym", 0x7010, ABS),
	V(T, "dsym + . - .", 0x2010, BSS),
	V(T, "ABSOLUTE(dsym) - .", 0xffffffffffffd010, BSS),
	V(T, "ABSOLUTE(.) + 1", 0x5001, ABS),
	V(T, "NEXT(8)", 0x5000, ABS),
	V(T, "MAX(., 0)", 0x5000, BSS),
	V(T, "DEFINED(_start) ? 1 : .", 0x1, ABS),
	V(T, "DEFINED(foo) ? 1 : .", 0x5000, BSS),
	V(T, "SIZEOF(.data)", 0x40, ABS),
	V(T, "ABSOLUTE(ORIGIN(ram))", 0x40000, ABS),
	V(S, "LOADADDR(.text) + (. - .)", 0x1000, DATA),
	V(P, "dsym-ADDR(.data)+.", 0x810, TEXT),
	/* parse-time folding: a folded comparison is a number as written */
	V(P, "dsym + (1 < 2)", 0x2011, ABS),
	V(P, "dsym + DEFINED(_start)", 0x2011, DATA),
	V(P, "dsym + (2 - 1)", 0x2011, ABS),
	V(P, "dsym + MAX(1, 0)", 0x2011, ABS),
	/* builtins */
	V(P, "ADDR(.text)", 0x1000, TEXT),
	V(P, "ADDR(.data)", 0x2000, DATA),
	V(P, "ADDR(.bss)", 0x3000, BSS),
	V(P, "SIZEOF(.text)", 0x20, ABS),
	V(P, "SIZEOF(.data)", 0x40, ABS),
	V(P, "SIZEOF(.bss)", 0x100, ABS),
	V(P, "ALIGNOF(.text)", 0x8, ABS),
	V(P, "ALIGNOF(.data)", 0x10, ABS),
	V(P, "ALIGNOF(.bss)", 0x1, ABS),
	V(P, "LOADADDR(.text)", 0x1000, ABS),
	V(P, "LOADADDR(.data)", 0x8000, ABS),
	V(P, "ADDR(.data) + SIZEOF(.data)", 0x2040, DATA),
	V(P, "LOADADDR(.data) + SIZEOF(.data)", 0x8040, ABS),
	V(S, "ADDR(.data) + SIZEOF(.data)", 0x2040, DATA),
	V(S, "SIZEOF(.data)", 0x2040, DATA),
	V(S, "ABSOLUTE(SIZEOF(.data))", 0x40, ABS),
	V(S, "ADDR(.text)", 0x1000, TEXT),
	V(S, "LOADADDR(.data)", 0x8000, ABS),
	V(P, "ORIGIN(ram)", 0x40000, TEXT),
	V(P, "LENGTH(ram)", 0x2000, ABS),
	V(P, "ORIGIN(ram) + LENGTH(ram)", 0x42000, TEXT),
	V(S, "ORIGIN(ram)", 0x40000, DATA),
	V(S, "LENGTH(ram)", 0x4000, DATA),
	V(P, "DEFINED(_start)", 0x1, ABS),
	V(P, "DEFINED(abs_sym)", 0x1, ABS),
	V(P, "DEFINED(foo)", 0x0, ABS),
	V(P, "DEFINED(foo) ? foo : 7", 0x7, ABS),
	V(P, "MAX(3, 7)", 0x7, ABS),
	V(P, "MIN(3, 7)", 0x3, ABS),
	V(P, "MAX(-1, 1)", 0xffffffffffffffff, ABS),
	V(P, "MAX(dsym, tsym)", 0x2010, ABS),
	V(P, "MIN(dsym, 0x20)", 0x20, ABS),
	V(S, "MAX(dsym, 0x20)", 0x2020, DATA),
	V(S, "MIN(dsym, 0x20)", 0x2010, DATA),
	V(P, "LOG2CEIL(0)", 0x0, ABS),
	V(P, "LOG2CEIL(1)", 0x0, ABS),
	V(P, "LOG2CEIL(2)", 0x1, ABS),
	V(P, "LOG2CEIL(3)", 0x2, ABS),
	V(P, "LOG2CEIL(0x1000)", 0xc, ABS),
	V(P, "LOG2CEIL(0x1001)", 0xd, ABS),
	V(S, "LOG2CEIL(8)", 0x2003, DATA),
	V(P, "ALIGN(0x1234, 0x100)", 0x1300, ABS),
	V(P, "ALIGN(0x1200, 0x100)", 0x1200, ABS),
	V(P, "ALIGN(5, 0)", 0x5, ABS),
	V(P, "CONSTANT(MAXPAGESIZE)", 0x10000, ABS),
	V(P, "CONSTANT(COMMONPAGESIZE)", 0x1000, ABS),
	V(S, "CONSTANT(COMMONPAGESIZE)", 0x3000, DATA),
	V(P, "SEGMENT_START(\"text-segment\", 5)", 0x10000, TEXT),
	V(P, "SEGMENT_START(\"data-segment\", 7)", 0x7, TEXT),
	V(S, "SEGMENT_START(\"text-segment\", 5)", 0x10000, DATA),
	V(P, "SIZEOF_HEADERS", 0xb0, ABS),
	V(P, "ASSERT(5, \"ok\")", 0x5, ABS),
	V(S, "ASSERT(dsym, \"ok\")", 0x2010, DATA),
	V(T, "DATA_SEGMENT_ALIGN(0x10000, 0x1000)", 0x15000, ABS),
};

/* E(context, expression, status, message as ld.bfd prints it after "ld.bfd:") */
struct erow {
	enum ctxid ctx;
	const char *text;
	enum eval_status status;
	const char *msg;
};
#define E(c, t, s, m) { c, t, s, m }

static const struct erow erows[] = {
	E(P, "1 / 0", EV_DIV_ZERO, "t.lds:1 / by zero"),
	E(P, "1 % 0", EV_MOD_ZERO, "t.lds:1 % by zero"),
	E(S, "dsym / (dsym - dsym)", EV_DIV_ZERO, "t.lds:1 / by zero"),
	E(S, "dsym % (tsym - tsym)", EV_MOD_ZERO, "t.lds:1 % by zero"),
	E(P, "0 ? 1 / 0 : 3", EV_DIV_ZERO, "t.lds:1 / by zero"),
	E(P, "foo + 1", EV_UNDEFINED, "t.lds:1: undefined symbol `foo' referenced in expression"),
	E(S, "foo", EV_UNDEFINED, "t.lds:1: undefined symbol `foo' referenced in expression"),
	E(P, "0 && foo", EV_UNDEFINED, "t.lds:1: undefined symbol `foo' referenced in expression"),
	E(P, "1 || foo", EV_UNDEFINED, "t.lds:1: undefined symbol `foo' referenced in expression"),
	E(P, "ADDR(.nosuch)", EV_BAD_SECTION, "t.lds:1: undefined section `.nosuch' referenced in expression"),
	E(P, "SIZEOF(.nosuch)", EV_BAD_SECTION, "t.lds:1: undefined section `.nosuch' referenced in expression"),
	E(P, "LOADADDR(.nosuch)", EV_BAD_SECTION, "t.lds:1: undefined section `.nosuch' referenced in expression"),
	E(P, "ALIGNOF(.nosuch)", EV_BAD_SECTION, "t.lds:1: undefined section `.nosuch' referenced in expression"),
	E(P, "CONSTANT(FOO)", EV_BAD_CONSTANT, "t.lds:1: unknown constant `FOO' referenced in expression"),
	E(P, "ASSERT(0, \"boom\")", EV_ASSERT, "boom"),
	E(S, "ASSERT(dsym - dsym, \"equal\")", EV_ASSERT, "equal"),
	E(P, "ORIGIN(nosuch)", EV_BAD_REGION, "t.lds:0: warning: memory region `nosuch' not declared"),
	E(P, "LENGTH(nosuch)", EV_BAD_REGION, "t.lds:0: warning: memory region `nosuch' not declared"),
};

static const char *const secnames[] = { "ABS", "TEXT", "DATA", "BSS" };

/* x = <expr>: the symbol a script assignment would define (section index or ABS). */
static struct eval_result eval_text(struct world *w, enum ctxid c, const char *text,
				    struct eval_env *env)
{
	struct expr *e = script_parse_expr("klink", "t.lds", text);

	ck_assert_msg(e != NULL, "cannot parse `%s'", text);
	*env = make_env(w, c);
	return expr_eval(e, env);
}

static int sec_index(const struct world *w, const struct output_sect_ref *s)
{
	return s ? (int)(s - w->sec) : ABS;
}

START_TEST(test_values)
{
	const struct vrow *row = &vrows[_i];
	struct world w = world_init;
	struct eval_env env;
	struct eval_result r = eval_text(&w, row->ctx, row->text, &env);
	struct value v = r.v;

	ck_assert_msg(r.status == EV_OK, "`%s': status %d (%s)", row->text, r.status, r.msg);
	/* a number assigned inside an output section is relative to it */
	if (r.number && env.cur_sec)
		v.sec = env.cur_sec;
	uint64_t addr = value_abs(&env, v);
	/* a top-level `.`-derived absolute value: the symbol's final section */
	if (!v.sec && r.final_sec)
		v.sec = r.final_sec;
	int sec = sec_index(&w, v.sec);
	ck_assert_msg(addr == row->val && sec == row->sec,
		      "`%s' (context %c): got 0x%llx %s, want 0x%llx %s", row->text,
		      "PST"[row->ctx], (unsigned long long)addr, secnames[sec + 1],
		      (unsigned long long)row->val, secnames[row->sec + 1]);
}
END_TEST

START_TEST(test_errors)
{
	const struct erow *row = &erows[_i];
	struct world w = world_init;
	struct eval_env env;
	struct eval_result r = eval_text(&w, row->ctx, row->text, &env);

	ck_assert_msg(r.status == row->status, "`%s': status %d, want %d (%s)", row->text,
		      r.status, row->status, r.msg);
	ck_assert_msg(!strcmp(r.msg, row->msg), "`%s': message `%s', want `%s'", row->text,
		      r.msg, row->msg);
	ck_assert_msg(r.where != NULL, "`%s': no location", row->text);
}
END_TEST

/*
 * Results are truncated to the target's address size; intermediates are
 * 64-bit.  B(expression, value): checked by expr-oracle.sh with
 * ld.bfd -m elf_i386, `x = <expr>;` at the top level of SECTIONS.
 */
#define B(t, v) { t, v }
START_TEST(test_addr_bits)
{
	static const struct { const char *text; uint64_t val; } rows[] = {
		B("(0xffffffff + 1) >> 1", 0x80000000),
		B("-1 > 0xffffffff", 0x1),
		B("-1", 0xffffffff),
		B("-8 / 2", 0xfffffffc),
		B("0xfffffff8 / 2", 0x7ffffffc),
		B("0x100000000 == 0", 0x0),
		B("0x123456789", 0x23456789),
		B("0x123456789 >> 4", 0x12345678),
		B("0x80000000 + 0x80000000 > 0xffffffff", 0x1),
	};
	struct world w = world_init;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct eval_env env = make_env(&w, P);
		struct expr *e = script_parse_expr("klink", "t.lds", rows[i].text);

		env.addr_bits = 32;
		ck_assert_ptr_nonnull(e);
		struct eval_result r = expr_eval(e, &env);
		ck_assert_int_eq(r.status, EV_OK);
		ck_assert_msg(r.v.val == rows[i].val, "`%s': got 0x%llx", rows[i].text,
			      (unsigned long long)r.v.val);
	}
}
END_TEST

/* Without a layout (no callbacks, no '.'), layout-dependent constructs say so. */
START_TEST(test_not_constant)
{
	static const char *const texts[] = {
		".", "ALIGN(8)", "ADDR(.text)", "SIZEOF(.text)", "dsym + 1", "SIZEOF_HEADERS",
		"NEXT(4)",
	};
	static const struct eval_ops none = { 0 };

	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct eval_env env = { .ops = &none, .addr_bits = 64, .quiet = true };
		struct expr *e = script_parse_expr("klink", "t.lds", texts[i]);

		ck_assert_ptr_nonnull(e);
		struct eval_result r = expr_eval(e, &env);
		ck_assert_msg(r.status == EV_NOT_CONSTANT, "`%s': status %d", texts[i], r.status);
		ck_assert_str_eq(r.msg, "t.lds:1: nonconstant expression");
	}
	/* constants need nothing */
	struct eval_env env = { .ops = &none, .addr_bits = 64, .quiet = true,
				.maxpagesize = 0x1000 };
	struct eval_result r = expr_eval(script_parse_expr("klink", "t.lds",
						"CONSTANT(MAXPAGESIZE) * 2 + 1"), &env);
	ck_assert_int_eq(r.status, EV_OK);
	ck_assert_uint_eq(r.v.val, 0x2001);
}
END_TEST

/* DATA_SEGMENT_ALIGN's hook is used when given; DATA_SEGMENT_* only work outside sections. */
static uint64_t hook_dsa(void *ctx, uint64_t dot, uint64_t maxp, uint64_t commonp)
{
	(void)ctx;
	return dot + maxp + commonp;
}

START_TEST(test_data_segment)
{
	struct world w = world_init;
	struct eval_ops ops = fake_ops;
	struct eval_env env = make_env(&w, P);
	struct eval_result r;

	ops.data_segment_align = hook_dsa;
	env.ops = &ops;
	r = expr_eval(script_parse_expr("klink", "t.lds", "DATA_SEGMENT_ALIGN(0x1000, 0x100)"), &env);
	ck_assert_int_eq(r.status, EV_OK);
	ck_assert_uint_eq(r.v.val, 0x800 + 0x1000 + 0x100);
	r = expr_eval(script_parse_expr("klink", "t.lds", "DATA_SEGMENT_RELRO_END(0x10, 0x1234)"), &env);
	ck_assert_int_eq(r.status, EV_OK);
	ck_assert_uint_eq(r.v.val, 0x1234);
	r = expr_eval(script_parse_expr("klink", "t.lds", "DATA_SEGMENT_END(0x4321)"), &env);
	ck_assert_int_eq(r.status, EV_OK);
	ck_assert_uint_eq(r.v.val, 0x4321);
	env = make_env(&w, S);
	r = expr_eval(script_parse_expr("klink", "t.lds", "DATA_SEGMENT_END(.)"), &env);
	ck_assert_int_eq(r.status, EV_NOT_CONSTANT);
}
END_TEST

/* Messages are printed as "PROG:MSG" (ASSERT: "PROG: MSG") unless quiet. */
START_TEST(test_printing)
{
	struct world w = world_init;
	struct eval_env env = make_env(&w, P);
	char buf[512] = "";
	FILE *f = tmpfile();
	int saved;

	ck_assert_ptr_nonnull(f);
	fflush(stderr);
	saved = dup(2);
	dup2(fileno(f), 2);
	env.quiet = false;
	env.prog = "ld.klink";
	expr_eval(script_parse_expr("klink", "dz.lds", "1 +\n 4 / 0"), &env);
	expr_eval(script_parse_expr("klink", "t.lds", "ASSERT(0, \"nope\")"), &env);
	env.quiet = true;
	expr_eval(script_parse_expr("klink", "t.lds", "foo"), &env);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = 0;
	fclose(f);
	ck_assert_str_eq(buf, "ld.klink:dz.lds:2 / by zero\nld.klink: nope\n");
}
END_TEST

static Suite *expr_suite(void)
{
	Suite *s = suite_create("expr");
	TCase *tc = tcase_create("table");

	tcase_add_loop_test(tc, test_values, 0, sizeof vrows / sizeof vrows[0]);
	tcase_add_loop_test(tc, test_errors, 0, sizeof erows / sizeof erows[0]);
	tcase_add_test(tc, test_addr_bits);
	tcase_add_test(tc, test_not_constant);
	tcase_add_test(tc, test_data_segment);
	tcase_add_test(tc, test_printing);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(expr_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
