/*
 * ast.c - AST constructors and script_dump(), the canonical text form.
 *
 * The dump is designed so that parsing it again gives the same AST, hence the
 * same dump (a fixed point): numbers in hex, minimal but sufficient
 * parentheses, names quoted whenever the lexer of the context they are printed
 * in would not read them back as one name.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "script.h"

/* ------------------------------------------------------------ memory */

static void oom(void)
{
	fputs("klink: out of memory\n", stderr);
	exit(1);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

/* ------------------------------------------------------------ constructors */

static struct expr *expr_new(enum expr_kind k, struct loc loc)
{
	struct expr *e = xcalloc(1, sizeof *e);
	e->kind = k;
	e->loc = loc;
	return e;
}

struct expr *expr_num(struct loc loc, uint64_t v)
{
	struct expr *e = expr_new(EX_NUM, loc);
	e->u.num = v;
	return e;
}

struct expr *expr_sym(struct loc loc, const char *name)
{
	struct expr *e = expr_new(EX_SYM, loc);
	e->u.name = name;
	return e;
}

struct expr *expr_dot(struct loc loc)
{
	return expr_new(EX_DOT, loc);
}

struct expr *expr_str(struct loc loc, const char *s)
{
	struct expr *e = expr_new(EX_STR, loc);
	e->u.name = s;
	return e;
}

struct expr *expr_unary(struct loc loc, int op, struct expr *a)
{
	struct expr *e = expr_new(EX_UNARY, loc);
	e->u.un.op = op;
	e->u.un.a = a;
	return e;
}

struct expr *expr_binary(struct loc loc, int op, struct expr *a, struct expr *b)
{
	struct expr *e = expr_new(EX_BINARY, loc);
	e->u.bin.op = op;
	e->u.bin.a = a;
	e->u.bin.b = b;
	return e;
}

struct expr *expr_cond(struct loc loc, struct expr *c, struct expr *a, struct expr *b)
{
	struct expr *e = expr_new(EX_COND, loc);
	e->u.cond.c = c;
	e->u.cond.a = a;
	e->u.cond.b = b;
	return e;
}

struct expr *expr_call(struct loc loc, enum builtin fn, const char *name,
		       struct expr *a, struct expr *b)
{
	struct expr *e = expr_new(EX_CALL, loc);
	e->u.call.fn = fn;
	e->u.call.name = name;
	e->u.call.a = a;
	e->u.call.b = b;
	return e;
}

struct stmt *stmt_new(enum stmt_kind kind, struct loc loc)
{
	struct stmt *s = xcalloc(1, sizeof *s);
	s->kind = kind;
	s->loc = loc;
	return s;
}

struct stmt *stmt_append(struct stmt *a, struct stmt *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	struct stmt *p = a;
	while (p->next)
		p = p->next;
	p->next = b;
	return a;
}

/* ------------------------------------------------------------ names of things */

static const char *const builtin_names[FN__COUNT] = {
	[FN_ABSOLUTE] = "ABSOLUTE", [FN_ADDR] = "ADDR", [FN_ALIGN] = "ALIGN",
	[FN_ALIGNOF] = "ALIGNOF", [FN_BLOCK] = "BLOCK",
	[FN_DATA_SEGMENT_ALIGN] = "DATA_SEGMENT_ALIGN",
	[FN_DATA_SEGMENT_END] = "DATA_SEGMENT_END",
	[FN_DATA_SEGMENT_RELRO_END] = "DATA_SEGMENT_RELRO_END",
	[FN_DEFINED] = "DEFINED", [FN_LENGTH] = "LENGTH", [FN_LOADADDR] = "LOADADDR",
	[FN_LOG2CEIL] = "LOG2CEIL", [FN_MAX] = "MAX", [FN_MIN] = "MIN", [FN_NEXT] = "NEXT",
	[FN_ORIGIN] = "ORIGIN", [FN_SEGMENT_START] = "SEGMENT_START", [FN_SIZEOF] = "SIZEOF",
	[FN_SIZEOF_HEADERS] = "SIZEOF_HEADERS", [FN_CONSTANT] = "CONSTANT",
	[FN_ASSERT] = "ASSERT",
};

const char *builtin_name(enum builtin fn)
{
	return (unsigned)fn < FN__COUNT ? builtin_names[fn] : "?";
}

const char *op_name(int op)
{
	switch (op) {
	case OP_NEG: return "-";
	case OP_PLUS_U: return "+";
	case OP_SHL: return "<<";
	case OP_SHR: return ">>";
	case OP_LE: return "<=";
	case OP_GE: return ">=";
	case OP_EQ: return "==";
	case OP_NE: return "!=";
	case OP_ANDAND: return "&&";
	case OP_OROR: return "||";
	case OP_NOT: return "!";
	case OP_COM: return "~";
	case OP_MUL: return "*";
	case OP_DIV: return "/";
	case OP_MOD: return "%";
	case OP_ADD: return "+";
	case OP_SUB: return "-";
	case OP_LT: return "<";
	case OP_GT: return ">";
	case OP_AND: return "&";
	case OP_XOR: return "^";
	case OP_OR: return "|";
	}
	return "?";
}

const char *assign_op_name(enum assign_op op)
{
	switch (op) {
	case AS_SET: return "=";
	case AS_ADD: return "+=";
	case AS_SUB: return "-=";
	case AS_MUL: return "*=";
	case AS_DIV: return "/=";
	case AS_MOD: return "%=";
	case AS_SHL: return "<<=";
	case AS_SHR: return ">>=";
	case AS_AND: return "&=";
	case AS_OR: return "|=";
	case AS_XOR: return "^=";
	}
	return "?";
}

/* ------------------------------------------------------------ quoting */

/* Words the lexer turns into keywords (a name spelled so must be quoted). */
static const char *const reserved[] = {
	"ABSOLUTE", "ADDR", "AFTER", "ALIGN", "ALIGNOF", "ALIGN_WITH_INPUT", "ASSERT",
	"AS_NEEDED", "AT", "BEFORE", "BLOCK", "BYTE", "CONSTANT", "CONSTRUCTORS", "COPY",
	"CREATE_OBJECT_SYMBOLS", "DATA_SEGMENT_ALIGN", "DATA_SEGMENT_END",
	"DATA_SEGMENT_RELRO_END", "DEFINED", "DSECT", "ENTRY", "EXCLUDE_FILE", "EXTERN",
	"FILEHDR", "FILL", "FLAGS", "FORCE_COMMON_ALLOCATION", "FORCE_GROUP_ALLOCATION",
	"GROUP", "HIDDEN", "INCLUDE", "INFO", "INHIBIT_COMMON_ALLOCATION", "INPUT",
	"INPUT_SECTION_FLAGS", "INSERT", "KEEP", "LD_FEATURE", "LENGTH", "LOADADDR",
	"LOG2CEIL", "LONG", "MAX", "MEMORY", "MIN", "NEXT", "NOCROSSREFS", "NOCROSSREFS_TO",
	"NOLOAD", "ONLY_IF_RO", "ONLY_IF_RW", "ORIGIN", "OUTPUT", "OUTPUT_ARCH",
	"OUTPUT_FORMAT", "OVERLAY", "PHDRS", "PROVIDE", "PROVIDE_HIDDEN", "QUAD",
	"READONLY", "REGION_ALIAS", "REVERSE", "SEARCH_DIR", "SECTIONS", "SEGMENT_START",
	"SHORT", "SIZEOF", "SIZEOF_HEADERS", "SORT", "SORT_BY_ALIGNMENT",
	"SORT_BY_INIT_PRIORITY", "SORT_BY_NAME", "SORT_NONE", "SPECIAL", "SQUAD",
	"STARTUP", "SUBALIGN", "TARGET", "TYPE", "VERSION", "sizeof_headers", NULL,
};

static bool is_reserved(const char *s)
{
	for (int i = 0; reserved[i]; i++)
		if (strcmp(s, reserved[i]) == 0)
			return true;
	return false;
}

static bool in_set(int c, const char *set)
{
	return c && strchr(set, c) != NULL;
}

#define ALNUM "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
#define ALPHA "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

/* Contexts a name can be printed in; each matches a lexer rule. */
enum name_ctx { NC_SCRIPT, NC_EXPR, NC_RAW };

static bool plain_name(const char *s, enum name_ctx ctx)
{
	const char *first = ctx == NC_SCRIPT ? "_" ALPHA "/.\\$~" : "_" ALPHA ".\\$";
	const char *rest = ctx == NC_SCRIPT ? "_" ALNUM "/.\\$~+-:[]=!" : "_" ALNUM ".\\$";

	if (!in_set(s[0], first))
		return false;
	for (const char *p = s + 1; *p; p++)
		if (!in_set(*p, rest))
			return false;
	if (strstr(s, "/*") || is_reserved(s))
		return false;
	if (ctx == NC_EXPR) {
		/* hex digits with an h/o/b/d suffix lex as a number in expressions */
		size_t n = strlen(s);
		bool hexy = n >= 2 && in_set(s[n - 1], "hobd");
		for (size_t i = 0; hexy && i + 1 < n; i++)
			hexy = in_set(s[i], "0123456789abcdefABCDEF");
		if (hexy)
			return false;
	} else if (s[0] == '/' && s[1] == 0) {
		return true;
	}
	return true;
}

static void put_name(FILE *out, const char *s, enum name_ctx ctx)
{
	if (ctx == NC_RAW || plain_name(s, ctx))
		fputs(s, out);
	else
		fprintf(out, "\"%s\"", s);
}

static void put_quoted(FILE *out, const char *s)
{
	fprintf(out, "\"%s\"", s);
}

/* ------------------------------------------------------------ expressions */

static int prec_of(const struct expr *e)
{
	switch (e->kind) {
	case EX_COND:
		return 1;
	case EX_BINARY:
		switch (e->u.bin.op) {
		case OP_OROR: return 2;
		case OP_ANDAND: return 3;
		case OP_OR: return 4;
		case OP_XOR: return 5;
		case OP_AND: return 6;
		case OP_EQ: case OP_NE: return 7;
		case OP_LT: case OP_GT: case OP_LE: case OP_GE: return 8;
		case OP_SHL: case OP_SHR: return 9;
		case OP_ADD: case OP_SUB: return 10;
		default: return 11;
		}
	case EX_UNARY:
		return 12;
	default:
		return 13;
	}
}

static void dump_expr(FILE *out, const struct expr *e, int min_prec)
{
	int p = prec_of(e);
	bool paren = p < min_prec;

	if (paren)
		fputc('(', out);
	switch (e->kind) {
	case EX_NUM:
		if (e->hex)
			fprintf(out, "0x%s", e->hex);	/* keeps the digits a fill pattern is sized by */
		else
			fprintf(out, "0x%llx", (unsigned long long)e->u.num);
		break;
	case EX_SYM:
		put_name(out, e->u.name, NC_EXPR);
		break;
	case EX_DOT:
		fputc('.', out);
		break;
	case EX_STR:
		put_quoted(out, e->u.name);
		break;
	case EX_UNARY:
		fputs(op_name(e->u.un.op), out);
		dump_expr(out, e->u.un.a, 12);
		break;
	case EX_BINARY:
		dump_expr(out, e->u.bin.a, p);
		fprintf(out, " %s ", op_name(e->u.bin.op));
		dump_expr(out, e->u.bin.b, p + 1);
		break;
	case EX_COND:
		dump_expr(out, e->u.cond.c, 2);
		fputs(" ? ", out);
		dump_expr(out, e->u.cond.a, 2);
		fputs(" : ", out);
		dump_expr(out, e->u.cond.b, 2);
		break;
	case EX_CALL: {
		const char *n = e->u.call.name;
		fputs(builtin_name(e->u.call.fn), out);
		switch (e->u.call.fn) {
		case FN_SIZEOF_HEADERS:
			break;
		case FN_ADDR: case FN_SIZEOF: case FN_LOADADDR: case FN_ALIGNOF:
			fputc('(', out);
			put_name(out, n, NC_SCRIPT);
			fputc(')', out);
			break;
		case FN_DEFINED: case FN_LENGTH: case FN_ORIGIN: case FN_CONSTANT:
			fputc('(', out);
			put_name(out, n, NC_EXPR);
			fputc(')', out);
			break;
		case FN_SEGMENT_START:
			fputc('(', out);
			put_quoted(out, n);
			fputs(", ", out);
			dump_expr(out, e->u.call.a, 0);
			fputc(')', out);
			break;
		case FN_ASSERT:
			fputc('(', out);
			dump_expr(out, e->u.call.a, 0);
			fputs(", ", out);
			put_quoted(out, n);
			fputc(')', out);
			break;
		default:
			fputc('(', out);
			dump_expr(out, e->u.call.a, 0);
			if (e->u.call.b) {
				fputs(", ", out);
				dump_expr(out, e->u.call.b, 0);
			}
			fputc(')', out);
			break;
		}
		break;
	}
	}
	if (paren)
		fputc(')', out);
}

void expr_dump(FILE *out, const struct expr *e)
{
	dump_expr(out, e, 0);
}

char *expr_to_string(const struct expr *e)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return xstrdup("?");
	expr_dump(f, e);
	fclose(f);
	return buf;
}

/* ------------------------------------------------------------ statements */

static void indent(FILE *out, int n)
{
	for (int i = 0; i < n; i++)
		fputs("  ", out);
}

static void dump_names(FILE *out, const struct namelist *n, enum name_ctx ctx)
{
	for (; n; n = n->next) {
		if (n->quoted)
			put_quoted(out, n->name);
		else
			put_name(out, n->name, ctx);
		if (n->next)
			fputc(' ', out);
	}
}

static void dump_assign(FILE *out, const struct assignment *a)
{
	const char *wrap = a->kind == AK_PROVIDE ? "PROVIDE" :
			   a->kind == AK_PROVIDE_HIDDEN ? "PROVIDE_HIDDEN" :
			   a->kind == AK_HIDDEN ? "HIDDEN" : NULL;
	if (wrap)
		fprintf(out, "%s(", wrap);
	put_name(out, a->name, strcmp(a->name, ".") == 0 ? NC_SCRIPT : NC_EXPR);
	fprintf(out, " %s ", assign_op_name(a->op));
	expr_dump(out, a->value);
	if (wrap)
		fputc(')', out);
	fputc(';', out);
}

static const char *sort_name(enum sort_kind k)
{
	switch (k) {
	case SORT_BY_NAME: return "SORT_BY_NAME";
	case SORT_BY_ALIGNMENT: return "SORT_BY_ALIGNMENT";
	case SORT_BY_INIT_PRIORITY: return "SORT_BY_INIT_PRIORITY";
	case SORT_NONE: return "SORT_NONE";
	default: return NULL;
	}
}

static void dump_pattern(FILE *out, const struct pattern *p)
{
	int close = 0;
	if (p->reverse) {
		fputs("REVERSE(", out);
		close++;
	}
	if (p->sort) {
		fprintf(out, "%s(", sort_name(p->sort));
		close++;
	}
	if (p->sort2) {
		fprintf(out, "%s(", sort_name(p->sort2));
		close++;
	}
	if (p->exclude) {
		fputs("EXCLUDE_FILE(", out);
		dump_names(out, p->exclude, NC_RAW);
		fputs(") ", out);
	}
	if (p->quoted)
		put_quoted(out, p->text);
	else
		fputs(p->text, out);
	while (close--)
		fputc(')', out);
}

static void dump_input(FILE *out, const struct input_spec *in)
{
	if (in->keep)
		fputs("KEEP(", out);
	if (in->flags) {
		fputs("INPUT_SECTION_FLAGS(", out);
		for (const struct flag_expr *f = in->flags; f; f = f->next)
			fprintf(out, "%s%s%s", f->negate ? "!" : "", f->name, f->next ? " & " : "");
		fputs(") ", out);
	}
	dump_pattern(out, in->file);
	if (!in->file_only) {
		fputc('(', out);
		for (const struct pattern *p = in->sections; p; p = p->next) {
			dump_pattern(out, p);
			if (p->next)
				fputc(' ', out);
		}
		fputc(')', out);
	}
	if (in->keep)
		fputc(')', out);
}

static const char *const data_names[] = {
	[DK_BYTE] = "BYTE", [DK_SHORT] = "SHORT", [DK_LONG] = "LONG",
	[DK_QUAD] = "QUAD", [DK_SQUAD] = "SQUAD",
};

static void dump_stmts(FILE *out, const struct stmt *s, int depth);

static void dump_trailer(FILE *out, const char *region, const char *lma_region,
			 const struct namelist *phdrs, const struct expr *fill)
{
	if (region) {
		fputs(" >", out);
		put_name(out, region, NC_EXPR);
	}
	if (lma_region) {
		fputs(" AT>", out);
		put_name(out, lma_region, NC_EXPR);
	}
	for (; phdrs; phdrs = phdrs->next) {
		fputs(" :", out);
		put_name(out, phdrs->name, NC_EXPR);
	}
	if (fill) {
		fputs(" =", out);
		expr_dump(out, fill);
	}
}

static void dump_osec(FILE *out, const struct output_section *o, int depth, bool in_overlay)
{
	static const char *const types[] = {
		[OT_NOLOAD] = "NOLOAD", [OT_DSECT] = "DSECT", [OT_COPY] = "COPY",
		[OT_INFO] = "INFO", [OT_OVERLAY] = "OVERLAY", [OT_READONLY] = "READONLY",
	};
	indent(out, depth);
	put_name(out, o->name, NC_SCRIPT);
	if (!in_overlay) {
		if (o->addr) {
			fputc(' ', out);
			expr_dump(out, o->addr);
		}
		if (o->type == OT_TYPE) {
			fputs(" (TYPE = ", out);
			expr_dump(out, o->type_value);
			fputc(')', out);
		} else if (o->type == OT_READONLY_TYPE) {
			fputs(" (READONLY (TYPE = ", out);
			expr_dump(out, o->type_value);
			fputs("))", out);
		} else if (o->type) {
			fprintf(out, " (%s)", types[o->type]);
		}
		fputs(" :", out);
		if (o->lma) {
			fputs(" AT(", out);
			expr_dump(out, o->lma);
			fputc(')', out);
		}
		if (o->align) {
			fputs(" ALIGN(", out);
			expr_dump(out, o->align);
			fputc(')', out);
		}
		if (o->align_with_input)
			fputs(" ALIGN_WITH_INPUT", out);
		if (o->subalign) {
			fputs(" SUBALIGN(", out);
			expr_dump(out, o->subalign);
			fputc(')', out);
		}
		if (o->constraint)
			fputs(o->constraint == OC_ONLY_IF_RO ? " ONLY_IF_RO" :
			      o->constraint == OC_ONLY_IF_RW ? " ONLY_IF_RW" : " SPECIAL", out);
	}
	fputc('\n', out);
	indent(out, depth);
	fputs("{\n", out);
	dump_stmts(out, o->body, depth + 1);
	indent(out, depth);
	fputc('}', out);
	dump_trailer(out, o->region, o->lma_region, o->phdrs, o->fill);
	fputc('\n', out);
}

static void dump_version_nodes(FILE *out, const struct version_node *v, int depth)
{
	for (; v; v = v->next) {
		indent(out, depth);
		if (v->name) {
			fprintf(out, "%s\n", v->name);
			indent(out, depth);
		}
		fputs("{\n", out);
		int scope = -1;		/* 0 global, 1 local */
		const struct version_pattern *p = v->patterns;
		while (p) {
			if (scope != (int)p->local) {
				scope = p->local;
				indent(out, depth + 1);
				fputs(p->local ? "local:\n" : "global:\n", out);
			}
			if (p->lang) {
				indent(out, depth + 2);
				fprintf(out, "extern \"%s\"\n", p->lang);
				indent(out, depth + 2);
				fputs("{\n", out);
				const char *lang = p->lang;
				bool local = p->local;
				for (; p && p->lang && strcmp(p->lang, lang) == 0 && p->local == local;
				     p = p->next) {
					indent(out, depth + 3);
					if (p->quoted)
						put_quoted(out, p->pattern);
					else
						fputs(p->pattern, out);
					fputs(";\n", out);
				}
				indent(out, depth + 2);
				fputs("};\n", out);
				continue;
			}
			indent(out, depth + 2);
			if (p->quoted)
				put_quoted(out, p->pattern);
			else
				fputs(p->pattern, out);
			fputs(";\n", out);
			p = p->next;
		}
		indent(out, depth);
		fputc('}', out);
		for (const struct namelist *d = v->deps; d; d = d->next)
			fprintf(out, " %s", d->name);
		fputs(";\n", out);
	}
}

static void dump_files(FILE *out, const struct input_file_ref *f)
{
	bool in_as_needed = false;
	for (; f; f = f->next) {
		if (f->as_needed && !in_as_needed) {
			fputs("AS_NEEDED(", out);
			in_as_needed = true;
		}
		if (f->is_lib)
			fprintf(out, "-l%s", f->name);
		else
			put_name(out, f->name, NC_SCRIPT);
		if (in_as_needed && (!f->next || !f->next->as_needed)) {
			fputc(')', out);
			in_as_needed = false;
		}
		if (f->next)
			fputc(' ', out);
	}
}

static void dump_paren_name(FILE *out, const char *cmd, const char *name)
{
	fprintf(out, "%s(", cmd);
	put_name(out, name, NC_SCRIPT);
	fputs(")\n", out);
}

static void dump_stmt(FILE *out, const struct stmt *s, int depth)
{
	switch (s->kind) {
	case ST_ASSIGN:
		indent(out, depth);
		dump_assign(out, &s->u.assign);
		fputc('\n', out);
		return;
	case ST_ASSERT:
		indent(out, depth);
		fputs("ASSERT(", out);
		expr_dump(out, s->u.assert_.cond);
		fputs(", ", out);
		put_quoted(out, s->u.assert_.msg);
		fputs(")\n", out);	/* no ';': GNU ld allows none after ASSERT in SECTIONS */
		return;
	case ST_OUTSECT:
		dump_osec(out, &s->u.osec, depth, false);
		return;
	case ST_OVERLAY: {
		const struct overlay *o = &s->u.overlay;
		indent(out, depth);
		fputs("OVERLAY", out);
		if (o->addr) {
			fputc(' ', out);
			expr_dump(out, o->addr);
		}
		fputs(" :", out);
		if (o->nocrossrefs)
			fputs(" NOCROSSREFS", out);
		if (o->lma) {
			fputs(" AT(", out);
			expr_dump(out, o->lma);
			fputc(')', out);
		}
		fputc('\n', out);
		indent(out, depth);
		fputs("{\n", out);
		for (const struct stmt *c = o->sections; c; c = c->next)
			dump_osec(out, &c->u.osec, depth + 1, true);
		indent(out, depth);
		fputc('}', out);
		dump_trailer(out, o->region, NULL, o->phdrs, o->fill);
		fputc('\n', out);
		return;
	}
	case ST_INPUT_SECTION:
		indent(out, depth);
		dump_input(out, &s->u.input);
		fputc('\n', out);
		return;
	case ST_DATA:
		indent(out, depth);
		fprintf(out, "%s(", data_names[s->u.data.size]);
		expr_dump(out, s->u.data.value);
		fputs(")\n", out);
		return;
	case ST_FILL:
		indent(out, depth);
		fputs("FILL(", out);
		expr_dump(out, s->u.expr);
		fputs(")\n", out);
		return;
	case ST_CREATE_OBJECT_SYMBOLS:
		indent(out, depth);
		fputs("CREATE_OBJECT_SYMBOLS\n", out);
		return;
	case ST_CONSTRUCTORS:
		indent(out, depth);
		fputs("CONSTRUCTORS\n", out);
		return;
	default:
		break;
	}

	indent(out, depth);
	switch (s->kind) {
	case ST_ENTRY:
		dump_paren_name(out, "ENTRY", s->u.name);
		break;
	case ST_INPUT:
	case ST_GROUP:
		fputs(s->kind == ST_INPUT ? "INPUT(" : "GROUP(", out);
		dump_files(out, s->u.files);
		fputs(")\n", out);
		break;
	case ST_OUTPUT:
		dump_paren_name(out, "OUTPUT", s->u.name);
		break;
	case ST_SEARCH_DIR:
		dump_paren_name(out, "SEARCH_DIR", s->u.name);
		break;
	case ST_STARTUP:
		dump_paren_name(out, "STARTUP", s->u.name);
		break;
	case ST_OUTPUT_FORMAT:
		fputs("OUTPUT_FORMAT(", out);
		put_name(out, s->u.fmt.def, NC_SCRIPT);
		if (s->u.fmt.big) {
			fputs(", ", out);
			put_name(out, s->u.fmt.big, NC_SCRIPT);
			fputs(", ", out);
			put_name(out, s->u.fmt.little, NC_SCRIPT);
		}
		fputs(")\n", out);
		break;
	case ST_TARGET:
		dump_paren_name(out, "TARGET", s->u.name);
		break;
	case ST_OUTPUT_ARCH:
		dump_paren_name(out, "OUTPUT_ARCH", s->u.name);
		break;
	case ST_REGION_ALIAS:
		fputs("REGION_ALIAS(", out);
		put_name(out, s->u.alias.alias, NC_SCRIPT);
		fputs(", ", out);
		put_name(out, s->u.alias.region, NC_SCRIPT);
		fputs(")\n", out);
		break;
	case ST_EXTERN:
		fputs("EXTERN(", out);
		dump_names(out, s->u.names, NC_SCRIPT);
		fputs(")\n", out);
		break;
	case ST_FORCE_COMMON_ALLOCATION:
		fputs("FORCE_COMMON_ALLOCATION\n", out);
		break;
	case ST_INHIBIT_COMMON_ALLOCATION:
		fputs("INHIBIT_COMMON_ALLOCATION\n", out);
		break;
	case ST_FORCE_GROUP_ALLOCATION:
		fputs("FORCE_GROUP_ALLOCATION\n", out);
		break;
	case ST_INSERT:
		fputs(s->u.insert.after ? "INSERT AFTER " : "INSERT BEFORE ", out);
		put_name(out, s->u.insert.section, NC_SCRIPT);
		fputc('\n', out);
		break;
	case ST_NOCROSSREFS:
	case ST_NOCROSSREFS_TO:
		fputs(s->kind == ST_NOCROSSREFS ? "NOCROSSREFS(" : "NOCROSSREFS_TO(", out);
		dump_names(out, s->u.names, NC_SCRIPT);
		fputs(")\n", out);
		break;
	case ST_LD_FEATURE:
		fputs("LD_FEATURE(", out);
		put_quoted(out, s->u.name);
		fputs(")\n", out);
		break;
	case ST_SECTIONS:
		fputs("SECTIONS\n", out);
		indent(out, depth);
		fputs("{\n", out);
		dump_stmts(out, s->u.block, depth + 1);
		indent(out, depth);
		fputs("}\n", out);
		break;
	case ST_MEMORY:
		fputs("MEMORY\n", out);
		indent(out, depth);
		fputs("{\n", out);
		for (const struct mem_region *r = s->u.regions; r; r = r->next) {
			indent(out, depth + 1);
			put_name(out, r->name, NC_SCRIPT);
			if (r->attrs)
				fprintf(out, " (%s)", r->attrs);
			fputs(" : ORIGIN = ", out);
			expr_dump(out, r->origin);
			fputs(", LENGTH = ", out);
			expr_dump(out, r->length);
			fputc('\n', out);
		}
		indent(out, depth);
		fputs("}\n", out);
		break;
	case ST_PHDRS:
		fputs("PHDRS\n", out);
		indent(out, depth);
		fputs("{\n", out);
		for (const struct phdr *p = s->u.phdrs; p; p = p->next) {
			indent(out, depth + 1);
			put_name(out, p->name, NC_SCRIPT);
			fputc(' ', out);
			expr_dump(out, p->type);
			if (p->filehdr)
				fputs(" FILEHDR", out);
			if (p->phdrs)
				fputs(" PHDRS", out);
			if (p->at) {
				fputs(" AT(", out);
				expr_dump(out, p->at);
				fputc(')', out);
			}
			if (p->flags) {
				fputs(" FLAGS(", out);
				expr_dump(out, p->flags);
				fputc(')', out);
			}
			fputs(";\n", out);
		}
		indent(out, depth);
		fputs("}\n", out);
		break;
	case ST_VERSION:
		fputs("VERSION\n", out);
		indent(out, depth);
		fputs("{\n", out);
		dump_version_nodes(out, s->u.version, depth + 1);
		indent(out, depth);
		fputs("}\n", out);
		break;
	case ST_INCLUDE:
		fprintf(out, "INCLUDE %s\n", s->u.name);
		break;
	default:
		fprintf(out, "/* statement kind %d */\n", (int)s->kind);
		break;
	}
}

static void dump_stmts(FILE *out, const struct stmt *s, int depth)
{
	for (; s; s = s->next)
		dump_stmt(out, s, depth);
}

void script_dump(FILE *out, const struct script *s)
{
	if (s->mode == SM_VERSION) {
		for (const struct stmt *v = s->stmts; v; v = v->next)
			if (v->kind == ST_VERSION)
				dump_version_nodes(out, v->u.version, 0);
		return;
	}
	dump_stmts(out, s->stmts, 0);
}
