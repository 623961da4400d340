/*
 * expr.c - evaluation of linker-script expressions with GNU ld's rules.
 *
 * The rules are those of the GNU ld 2.40 manual, "The Section of an
 * Expression", as ld.bfd actually applies them (tests/unit/expr-oracle.sh
 * checks the table in tests/unit/check_expr.c against ld.bfd):
 *
 *  - A value is a plain number, an absolute address, or an address relative
 *    to an output section (an offset into it).
 *  - A number written in an expression is an absolute address outside output
 *    section descriptions and a plain number inside one.  An absolute symbol
 *    read inside an output section description is a plain number too.
 *  - Unary operators keep the section of their operand.
 *  - A binary operator first converts both operands to absolute addresses
 *    when they are in different sections and neither is a number; a number
 *    operand takes the section of the other one.  Then + - * / % << >> & | ^
 *    give a number (inside an output section) or an absolute address
 *    (outside) when both operands had the same section, and otherwise the
 *    section of the non-number operand.  Comparisons, && and || give
 *    numbers.  MAX, MIN and ALIGN(exp, align) keep the common section.
 *  - `.`, ALIGN(align), ORIGIN() and SEGMENT_START() are relative to the
 *    output section being laid out (env->cur_sec), absolute outside one;
 *    ADDR() is relative to its section; LOADADDR() and NEXT() are absolute;
 *    SIZEOF, ALIGNOF, LENGTH, DEFINED, LOG2CEIL, CONSTANT and SIZEOF_HEADERS
 *    are numbers.
 *  - But when such a `.`-derived value ends up absolute without ABSOLUTE(),
 *    NEXT() or a conversion of a relative operand in between, GNU ld gives
 *    the symbol assigned it the section of `.` (its rel_from_abs flag):
 *    expr_eval does the same, using env->cur_sec, or at the top level of
 *    SECTIONS env->dot.sec.  So the layout engine passes `.` at the top
 *    level as an offset into the section GNU ld's section_for_dot() picks
 *    (the output section before it, in practice).  Only the section changes,
 *    never the address.
 *  - Operators on numbers only are folded as GNU ld's parser folds them, so
 *    `0 ? 1/0 : 2` reports "/ by zero" and `sym + (1 < 2)` is absolute
 *    outside output sections.
 *  - The conditional of ?: and the operands of every operator use the offset
 *    of a relative value, not its address (as ld does).
 *  - Arithmetic is on 64 bits whatever the target (ld.bfd is built with a
 *    64-bit bfd_vma); the final result is truncated to env->addr_bits.
 *    / and % are signed; comparisons unsigned; shift counts are taken modulo
 *    64 (what ld.bfd does on x86 hosts).  && and || evaluate both operands.
 *
 * LD_FEATURE("SANE_EXPR") (numbers are numbers everywhere) is not supported:
 * the kernel scripts do not use it.
 *
 * The result's `number` flag tells the caller that the value is a plain
 * number: assigned to a symbol or to `.` inside an output section, it is an
 * offset into that section.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

enum vkind { VK_NUM, VK_ABS, VK_REL };

/* A value during evaluation: GNU ld's three kinds (sec only for VK_REL). */
struct xval {
	uint64_t val;
	enum vkind kind;
	struct output_sect_ref *sec;
};

/* One evaluation: the environment and where the result goes. */
struct evaluator {
	const struct eval_env *env;
	struct eval_result *res;
	bool failed;		/* a fatal error was reported: stop */
	bool rel_from_abs;	/* `.` (or ALIGN/ORIGIN/SEGMENT_START) was used and no
				   ABSOLUTE/NEXT/section conversion happened since */
	const char *src;	/* the one symbol the expression reads (GNU ld's assign_src) */
	bool src_many;		/* ... or more than one */
};

static void report(struct evaluator *ev, enum eval_status st, const struct expr *where,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Record (and unless quiet, print) an error.  ASSERT failures are not fatal. */
static void report(struct evaluator *ev, enum eval_status st, const struct expr *where,
		   const char *fmt, ...)
{
	struct eval_result *r = ev->res;
	va_list ap;

	if (ev->failed)
		return;
	if (st != EV_ASSERT && st != EV_BAD_REGION)
		ev->failed = true;
	/* a fatal error replaces an earlier warning-like status */
	if (r->status == EV_OK || ev->failed) {
		r->status = st;
		r->where = where;
		va_start(ap, fmt);
		vsnprintf(r->msg, sizeof r->msg, fmt, ap);
		va_end(ap);
	}
	if (!ev->env->quiet) {
		char buf[sizeof r->msg];

		va_start(ap, fmt);
		vsnprintf(buf, sizeof buf, fmt, ap);
		va_end(ap);
		/* GNU ld: "ld:FILE:LINE / by zero", but "ld: MESSAGE" for ASSERT */
		fprintf(stderr, "%s:%s%s\n", ev->env->prog ? ev->env->prog : "klink",
			st == EV_ASSERT ? " " : "", buf);
	}
}

static const char *fname(const struct expr *e)
{
	return e->loc.file ? e->loc.file : "";
}

static void not_constant(struct evaluator *ev, const struct expr *e)
{
	report(ev, EV_NOT_CONSTANT, e, "%s:%d: nonconstant expression", fname(e), e->loc.line);
}

/* Address of an output section, or false when the context cannot say. */
static bool sec_vma(struct evaluator *ev, const struct expr *e, struct output_sect_ref *s,
		    uint64_t *out)
{
	const struct eval_ops *ops = ev->env->ops;

	if (!ops || !ops->sec_addr) {
		not_constant(ev, e);
		return false;
	}
	*out = ops->sec_addr(ev->env->ctx, s);
	return true;
}

/* ABSOLUTE(): a relative value becomes its address; a number an absolute one. */
static bool make_abs(struct evaluator *ev, const struct expr *e, struct xval *v)
{
	if (v->kind == VK_REL) {
		uint64_t vma;

		if (!sec_vma(ev, e, v->sec, &vma))
			return false;
		v->val += vma;
	}
	v->kind = VK_ABS;
	v->sec = NULL;
	ev->rel_from_abs = false;
	return true;
}

/* A value computed from an address (`.`, ALIGN(n), ORIGIN, SEGMENT_START):
 * relative to the output section being laid out, absolute outside one. */
static bool rel_from_abs(struct evaluator *ev, const struct expr *e, uint64_t addr,
			 struct xval *out)
{
	struct output_sect_ref *s = ev->env->cur_sec;

	ev->rel_from_abs = true;

	out->sec = NULL;
	out->kind = VK_ABS;
	out->val = addr;
	if (s) {
		uint64_t vma;

		if (!sec_vma(ev, e, s, &vma))
			return false;
		out->kind = VK_REL;
		out->sec = s;
		out->val = addr - vma;
	}
	return true;
}

/* Absolute address of the location counter. */
static bool dot_abs(struct evaluator *ev, const struct expr *e, uint64_t *out)
{
	const struct eval_env *env = ev->env;

	if (!env->dot_valid) {
		not_constant(ev, e);
		return false;
	}
	*out = env->dot.val;
	if (env->dot.sec) {
		uint64_t vma;

		if (!sec_vma(ev, e, env->dot.sec, &vma))
			return false;
		*out += vma;
	}
	return true;
}

static uint64_t align_n(uint64_t v, uint64_t a)
{
	if (a <= 1)
		return v;
	return (v + a - 1) / a * a;
}

/* A number as written: absolute outside output sections, a number inside. */
static struct xval number(struct evaluator *ev, uint64_t v)
{
	struct xval x = { v, ev->env->cur_sec ? VK_NUM : VK_ABS, NULL };
	return x;
}

static struct xval plain(uint64_t v)
{
	struct xval x = { v, VK_NUM, NULL };
	return x;
}

static bool same_section(const struct xval *a, const struct xval *b)
{
	return a->kind == b->kind && (a->kind != VK_REL || a->sec == b->sec);
}

static bool eval(struct evaluator *ev, const struct expr *e, struct xval *out);
static bool eval_raw(struct evaluator *ev, const struct expr *e, struct xval *out);
static bool is_constant(const struct expr *e);

/* A symbol's value (also a quoted name used as an operand). */
static bool eval_symbol(struct evaluator *ev, const struct expr *e, const char *name,
			struct xval *out)
{
	const struct eval_ops *ops = ev->env->ops;
	struct value v;

	if (ev->src)
		ev->src_many = true;
	ev->src = name;
	if (!ops || !ops->symbol) {
		not_constant(ev, e);
		return false;
	}
	if (!ops->symbol(ev->env->ctx, name, &v)) {
		report(ev, EV_UNDEFINED, e, "%s:%d: undefined symbol `%s' referenced in expression",
		       fname(e), e->loc.line, name);
		return false;
	}
	out->val = v.val;
	out->sec = v.sec;
	if (v.sec)
		out->kind = VK_REL;
	else	/* an absolute symbol is a number inside an output section */
		out->kind = ev->env->cur_sec ? VK_NUM : VK_ABS;
	return true;
}

/*
 * Bring two operands to a common section the way GNU ld does before a binary
 * operator.  On return *rs is the result's section (in R's kind/sec) and
 * *lsame tells whether the operands had the same section.
 */
static bool unify(struct evaluator *ev, const struct expr *e, struct xval *l, struct xval *r,
		  bool *lsame)
{
	*lsame = true;
	if (same_section(l, r))
		return true;
	if (l->kind != VK_NUM && r->kind != VK_NUM) {
		/* different sections: both become absolute addresses */
		if (!make_abs(ev, e, l) || !make_abs(ev, e, r))
			return false;
		return true;
	}
	/* one is a number: the result has the other's section */
	*lsame = false;
	if (r->kind == VK_NUM) {
		r->kind = l->kind;
		r->sec = l->sec;
	}
	return true;
}

static bool eval_binary(struct evaluator *ev, const struct expr *e, struct xval *out)
{
	const struct expr *rhs = e->u.bin.b;
	struct xval l, r;
	bool same;
	uint64_t a, b;

	if (!eval(ev, e->u.bin.a, &l) || !eval(ev, rhs, &r))
		return false;
	if (!unify(ev, e, &l, &r, &same))
		return false;
	a = l.val;
	b = r.val;
	*out = r;	/* section of the result, before the operator's own rule */
	switch (e->u.bin.op) {
	case OP_ADD: out->val = a + b; break;
	case OP_SUB: out->val = a - b; break;
	case OP_MUL: out->val = a * b; break;
	case OP_SHL: out->val = a << (b & 63); break;
	case OP_SHR: out->val = a >> (b & 63); break;
	case OP_AND: out->val = a & b; break;
	case OP_OR:  out->val = a | b; break;
	case OP_XOR: out->val = a ^ b; break;
	case OP_DIV:
	case OP_MOD:
		if (b == 0) {
			if (e->u.bin.op == OP_DIV)
				report(ev, EV_DIV_ZERO, rhs, "%s:%d / by zero", fname(rhs), rhs->loc.line);
			else
				report(ev, EV_MOD_ZERO, rhs, "%s:%d %% by zero", fname(rhs), rhs->loc.line);
			return false;
		}
		if ((int64_t)b == -1)	/* INT64_MIN / -1 traps in C; the wrapped result */
			out->val = e->u.bin.op == OP_DIV ? -a : 0;
		else if (e->u.bin.op == OP_DIV)
			out->val = (uint64_t)((int64_t)a / (int64_t)b);
		else
			out->val = (uint64_t)((int64_t)a % (int64_t)b);
		break;
	case OP_EQ: *out = plain(a == b); return true;
	case OP_NE: *out = plain(a != b); return true;
	case OP_LT: *out = plain(a < b); return true;
	case OP_GT: *out = plain(a > b); return true;
	case OP_LE: *out = plain(a <= b); return true;
	case OP_GE: *out = plain(a >= b); return true;
	case OP_ANDAND: *out = plain(a && b); return true;
	case OP_OROR: *out = plain(a || b); return true;
	default:
		abort();
	}
	/* arithmetic on two values of one section: a number, or absolute outside */
	if (same) {
		out->kind = ev->env->cur_sec ? VK_NUM : VK_ABS;
		out->sec = NULL;
	}
	return true;
}

/*
 * GNU ld folds constant subexpressions while parsing, so `0 ? 1/0 : 2`
 * still reports "/ by zero".  Check the branch ?: does not take for that:
 * any / or % by a constant zero in a subtree made only of numbers.
 */
static bool is_constant(const struct expr *e)
{
	switch (e->kind) {
	case EX_NUM: return true;
	case EX_UNARY: return is_constant(e->u.un.a);
	case EX_BINARY: return is_constant(e->u.bin.a) && is_constant(e->u.bin.b);
	case EX_COND:
		return is_constant(e->u.cond.c) && is_constant(e->u.cond.a) &&
		       is_constant(e->u.cond.b);
	case EX_CALL:
		switch (e->u.call.fn) {
		case FN_MAX:
		case FN_MIN: return is_constant(e->u.call.a) && is_constant(e->u.call.b);
		case FN_LOG2CEIL: return is_constant(e->u.call.a);
		default: return false;
		}
	default: return false;
	}
}

static void check_folded(struct evaluator *ev, const struct expr *e)
{
	struct xval dummy;

	if (!e)
		return;
	if (is_constant(e)) {
		eval(ev, e, &dummy);
		return;
	}
	switch (e->kind) {
	case EX_UNARY: check_folded(ev, e->u.un.a); break;
	case EX_BINARY: check_folded(ev, e->u.bin.a); check_folded(ev, e->u.bin.b); break;
	case EX_COND:
		check_folded(ev, e->u.cond.c);
		check_folded(ev, e->u.cond.a);
		check_folded(ev, e->u.cond.b);
		break;
	case EX_CALL: check_folded(ev, e->u.call.a); check_folded(ev, e->u.call.b); break;
	default: break;
	}
}

static bool find_section(struct evaluator *ev, const struct expr *e, struct output_sect_ref **s)
{
	const struct eval_ops *ops = ev->env->ops;

	if (!ops || !ops->section) {
		not_constant(ev, e);
		return false;
	}
	if (!ops->section(ev->env->ctx, e->u.call.name, s)) {
		report(ev, EV_BAD_SECTION, e, "%s:%d: undefined section `%s' referenced in expression",
		       fname(e), e->loc.line, e->u.call.name);
		return false;
	}
	return true;
}

/* A section query: false (not constant) when the callback is missing. */
static bool sec_query(struct evaluator *ev, const struct expr *e,
		      uint64_t (*fn)(void *, struct output_sect_ref *),
		      struct output_sect_ref *s, uint64_t *out)
{
	if (!fn) {
		not_constant(ev, e);
		return false;
	}
	*out = fn(ev->env->ctx, s);
	return true;
}

/*
 * ORIGIN/LENGTH of a region.  GNU ld 2.40 does not fail on an undeclared
 * region: it warns (with line 0) and goes on with origin 0, length ~0.  We
 * return EV_BAD_REGION with those values; the caller decides.
 */
static void region(struct evaluator *ev, const struct expr *e, uint64_t *origin, uint64_t *length)
{
	const struct eval_ops *ops = ev->env->ops;

	if (ops && ops->region && ops->region(ev->env->ctx, e->u.call.name, origin, length))
		return;
	*origin = 0;
	*length = ~(uint64_t)0;
	report(ev, EV_BAD_REGION, e, "%s:0: warning: memory region `%s' not declared",
	       fname(e), e->u.call.name);
}

static uint64_t log2ceil(uint64_t v)
{
	uint64_t r = 0;
	bool round_up = false;

	for (; v > 1; v >>= 1) {
		if (v & 1)
			round_up = true;
		r++;
	}
	return r + round_up;
}

/* The ASSERT message: the call's name, or a string second argument. */
static const char *assert_msg(const struct expr *e)
{
	if (e->u.call.name)
		return e->u.call.name;
	if (e->u.call.b && (e->u.call.b->kind == EX_STR || e->u.call.b->kind == EX_SYM))
		return e->u.call.b->u.name;
	return "";
}

/* The DATA_SEGMENT_* functions only make sense outside output sections. */
static bool outside_sections(struct evaluator *ev, const struct expr *e)
{
	if (ev->env->cur_sec) {
		not_constant(ev, e);
		return false;
	}
	return true;
}

static bool eval_call(struct evaluator *ev, const struct expr *e, struct xval *out)
{
	const struct eval_env *env = ev->env;
	const struct eval_ops *ops = env->ops;
	const struct expr *a = e->u.call.a, *b = e->u.call.b;
	struct output_sect_ref *s;
	struct xval x, y;
	uint64_t u, w;
	bool same;

	switch (e->u.call.fn) {
	case FN_ABSOLUTE:
		return eval(ev, a, out) && make_abs(ev, e, out);

	case FN_ADDR:
		if (!find_section(ev, e, &s))
			return false;
		out->val = 0;
		out->kind = VK_REL;
		out->sec = s;
		return true;

	case FN_LOADADDR:
		if (!find_section(ev, e, &s) || !sec_query(ev, e, ops->sec_loadaddr, s, &u))
			return false;
		out->val = u;
		out->kind = VK_ABS;
		out->sec = NULL;
		return true;

	case FN_SIZEOF:
	case FN_ALIGNOF:
		if (!find_section(ev, e, &s) ||
		    !sec_query(ev, e, e->u.call.fn == FN_SIZEOF ? ops->sec_size : ops->sec_align,
			       s, &u))
			return false;
		*out = plain(u);
		return true;

	case FN_ALIGN:
	case FN_BLOCK:
		if (b) {	/* ALIGN(exp, align): exp's offset aligned */
			if (!eval(ev, a, &x) || !eval(ev, b, &y) || !unify(ev, e, &x, &y, &same))
				return false;
			*out = y;
			out->val = align_n(x.val, y.val);
			return true;
		}
		/* ALIGN(align): the location counter aligned */
		if (!eval(ev, a, &x) || !dot_abs(ev, e, &u))
			return false;
		return rel_from_abs(ev, e, align_n(u, x.val), out);

	case FN_NEXT:
		if (!eval(ev, a, out) || !make_abs(ev, e, out) || !dot_abs(ev, e, &u))
			return false;
		out->val = align_n(u, out->val);
		return true;

	case FN_DATA_SEGMENT_ALIGN:	/* (maxpagesize, commonpagesize) */
		if (!eval(ev, a, &x) || !eval(ev, b, &y) || !unify(ev, e, &x, &y, &same) ||
		    !outside_sections(ev, e) || !dot_abs(ev, e, &u))
			return false;
		*out = y;
		if (ops && ops->data_segment_align)
			out->val = ops->data_segment_align(env->ctx, u, x.val, y.val);
		else	/* the manual's first form; the layout engine may do better */
			out->val = align_n(u, x.val) + (u & (x.val - 1));
		return true;

	case FN_DATA_SEGMENT_RELRO_END:	/* (offset, exp): exp when no relro adjustment */
		if (!eval(ev, a, &y) || !eval(ev, b, &x) || !unify(ev, e, &x, &y, &same) ||
		    !outside_sections(ev, e))
			return false;
		*out = y;
		out->val = x.val;
		if (ops && ops->data_segment_relro_end)
			out->val = ops->data_segment_relro_end(env->ctx, y.val, x.val);
		return true;

	case FN_DATA_SEGMENT_END:
		if (!eval(ev, a, out) || !outside_sections(ev, e))
			return false;
		if (ops && ops->data_segment_end)
			out->val = ops->data_segment_end(env->ctx, out->val);
		return true;

	case FN_DEFINED:
		if (ops && ops->defined)
			*out = plain(ops->defined(env->ctx, e->u.call.name));
		else if (ops && ops->symbol) {
			struct value v;
			*out = plain(ops->symbol(env->ctx, e->u.call.name, &v));
		} else {
			not_constant(ev, e);
			return false;
		}
		return true;

	case FN_LENGTH:
		region(ev, e, &u, &w);
		if (ev->failed)
			return false;
		*out = plain(w);
		return true;

	case FN_ORIGIN:
		region(ev, e, &u, &w);
		return !ev->failed && rel_from_abs(ev, e, u, out);

	case FN_LOG2CEIL:
		if (!eval(ev, a, &x))
			return false;
		*out = plain(log2ceil(x.val));
		return true;

	case FN_MAX:
	case FN_MIN:
		if (!eval(ev, a, &x) || !eval(ev, b, &y) || !unify(ev, e, &x, &y, &same))
			return false;
		*out = y;
		if (e->u.call.fn == FN_MAX ? x.val > y.val : x.val < y.val)
			out->val = x.val;
		return true;

	case FN_SEGMENT_START:	/* (name, default) */
		if (!eval(ev, a ? a : b, &x))
			return false;
		u = x.val;
		if (ops && ops->segment_start && e->u.call.name)
			ops->segment_start(env->ctx, e->u.call.name, &u);
		return rel_from_abs(ev, e, u, out);

	case FN_SIZEOF_HEADERS:
		if (!ops || !ops->sizeof_headers) {
			not_constant(ev, e);
			return false;
		}
		*out = plain(ops->sizeof_headers(env->ctx));
		return true;

	case FN_CONSTANT:
		if (e->u.call.name && !strcmp(e->u.call.name, "MAXPAGESIZE"))
			*out = plain(env->maxpagesize);
		else if (e->u.call.name && !strcmp(e->u.call.name, "COMMONPAGESIZE"))
			*out = plain(env->commonpagesize);
		else {
			report(ev, EV_BAD_CONSTANT, e,
			       "%s:%d: unknown constant `%s' referenced in expression",
			       fname(e), e->loc.line, e->u.call.name ? e->u.call.name : "");
			return false;
		}
		return true;

	case FN_ASSERT:
		if (!eval(ev, a, out))
			return false;
		if (out->val == 0)
			report(ev, EV_ASSERT, e, "%s", assert_msg(e));
		return true;

	case FN__COUNT:
		break;
	}
	abort();
}

static bool eval(struct evaluator *ev, const struct expr *e, struct xval *out)
{
	/*
	 * GNU ld folds operators on numbers while parsing: the result is a
	 * number as written, absolute outside output sections (so
	 * `sym + (1 < 2)` there is absolute, where `1 < 2` alone is a number).
	 */
	if (e->kind != EX_NUM && is_constant(e)) {
		struct xval x;
		bool ok = eval_raw(ev, e, &x);

		if (ok)
			*out = number(ev, x.val);
		return ok;
	}
	return eval_raw(ev, e, out);
}

static bool eval_raw(struct evaluator *ev, const struct expr *e, struct xval *out)
{
	switch (e->kind) {
	case EX_NUM:
		*out = number(ev, e->u.num);
		return true;
	case EX_SYM:
	case EX_STR:	/* a quoted operand names a symbol, as in ld */
		return eval_symbol(ev, e, e->u.name, out);
	case EX_DOT: {
		uint64_t u;

		return dot_abs(ev, e, &u) && rel_from_abs(ev, e, u, out);
	}
	case EX_UNARY:
		if (!eval(ev, e->u.un.a, out))
			return false;
		switch (e->u.un.op) {	/* the operand's section is kept */
		case OP_NEG: out->val = -out->val; break;
		case OP_COM: out->val = ~out->val; break;
		case OP_NOT: out->val = !out->val; break;
		case OP_PLUS_U: break;
		default: abort();
		}
		return true;
	case EX_BINARY:
		return eval_binary(ev, e, out);
	case EX_COND: {
		struct xval c;
		const char *src = ev->src;
		bool many = ev->src_many;

		if (!eval(ev, e->u.cond.c, &c))
			return false;
		ev->src = src;		/* the condition's symbols do not count */
		ev->src_many = many;
		check_folded(ev, c.val ? e->u.cond.b : e->u.cond.a);
		if (ev->failed)
			return false;
		return eval(ev, c.val ? e->u.cond.a : e->u.cond.b, out);
	}
	case EX_CALL:
		return eval_call(ev, e, out);
	}
	abort();
}

static uint64_t truncate_bits(const struct eval_env *env, uint64_t v)
{
	if (env->addr_bits && env->addr_bits < 64)
		return v & ((UINT64_C(1) << env->addr_bits) - 1);
	return v;
}

struct eval_result expr_eval(const struct expr *e, const struct eval_env *env)
{
	struct eval_result r;
	struct evaluator ev = { .env = env, .res = &r };
	struct xval x;

	memset(&r, 0, sizeof r);
	if (!eval(&ev, e, &x))
		return r;
	/*
	 * GNU ld gives a symbol whose value came out absolute (or a number,
	 * outside output sections) from `.` the section of `.` instead: the
	 * current output section, or at the top level of SECTIONS the one the
	 * layout engine put in env->dot.sec.  The address does not change.
	 */
	if (ev.rel_from_abs && x.kind == VK_ABS && env->cur_sec) {
		struct output_sect_ref *s = env->cur_sec;

		if (env->ops && env->ops->sec_addr) {
			x.val -= env->ops->sec_addr(env->ctx, s);
			x.kind = VK_REL;
			x.sec = s;
		}
	} else if (ev.rel_from_abs && x.kind != VK_REL && !env->cur_sec && env->dot_valid) {
		/* at the top level the symbol stays absolute until the layout is done */
		x.kind = VK_ABS;
		r.final_sec = env->dot.sec;
	}
	r.assign_src = ev.src_many ? NULL : ev.src;
	r.v.val = truncate_bits(env, x.val);
	r.v.sec = x.kind == VK_REL ? x.sec : NULL;
	r.number = x.kind == VK_NUM;
	return r;
}

uint64_t value_abs(const struct eval_env *env, struct value v)
{
	uint64_t a = v.val;

	if (v.sec && env->ops && env->ops->sec_addr)
		a += env->ops->sec_addr(env->ctx, v.sec);
	return truncate_bits(env, a);
}
