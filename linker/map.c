/*
 * map.c - the link map (-Map FILE, -M / --print-map), in GNU ld 2.40's
 * format: the archive members pulled in and why, the common symbols
 * allocated, the discarded input sections, the memory regions, then the
 * statement list ("Linker script and memory map") with every address, and
 * with --cref the cross reference table.
 *
 * The statement list is printed the way GNU ld keeps it: the inputs and the
 * -T scripts in command-line order (the built-in script after them), the
 * output section statements with the orphans layout.c put among them,
 * OUTPUT(...) last but for orphans placed after the last statement.
 * Expressions are printed in GNU ld's own form (every binary operation in
 * parentheses, numbers in hex, `ALIGN (x)` with a space), which is not
 * klink's canonical dump (ast.c).
 *
 * A top-level assignment to `.` shows the value its expression has when
 * evaluated with `.` at the end of what was printed before it (GNU ld
 * evaluates it again while printing); a symbol assignment shows the
 * symbol's final value, "[!provide]" for a PROVIDE that did not define it.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "klink.h"

struct mapw {
	struct ctx *ctx;
	struct link *l;
	FILE *f;
	bool is64;
	uint64_t print_dot;		/* end of what was printed last */
	struct ptrvec *secsyms;		/* pairs: input section, its symbols (sorted) */
};

/* ------------------------------------------------------------ formatting */

static void P(struct mapw *m, const char *fmt, ...) KLINK_PRINTF(2, 3);
static void P(struct mapw *m, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(m->f, fmt, ap);
	va_end(ap);
}

/* "0x" and the address in the target's width. */
static const char *addr(struct mapw *m, uint64_t v, char *buf)
{
	if (m->is64)
		sprintf(buf, "0x%016llx", (unsigned long long)v);
	else
		sprintf(buf, "0x%08llx", (unsigned long long)(v & 0xffffffffu));
	return buf;
}

static void put_addr(struct mapw *m, uint64_t v)
{
	char b[32];
	fputs(addr(m, v, b), m->f);
}

/* A size right-aligned in ten columns after a space. */
static void put_size(struct mapw *m, uint64_t v)
{
	char b[32];
	snprintf(b, sizeof b, "0x%llx", (unsigned long long)v);
	P(m, " %10s", b);
}

/* NAME in a column of WIDTH; a longer name gets a line of its own. */
static void put_name_col(struct mapw *m, const char *name, int width)
{
	int n = (int)strlen(name);
	fputs(name, m->f);
	if (n >= width || (width == 16 && n == 15))
		P(m, "\n%*s", width, "");
	else
		P(m, "%*s", width - n, "");
}

/* ------------------------------------------------------------ expressions (GNU ld's form) */

static void gexpr(struct mapw *m, const struct expr *e);

static void gnum(struct mapw *m, uint64_t v)
{
	if (!m->is64)
		v &= 0xffffffffu;
	P(m, "0x%llx", (unsigned long long)v);
}

/* GNU ld folds operators on numbers as it parses: such a tree is printed as its value. */
static bool fold(const struct expr *e, uint64_t *v)
{
	uint64_t a, b, c;
	switch (e->kind) {
	case EX_NUM:
		*v = e->u.num;
		return true;
	case EX_UNARY:
		if (!fold(e->u.un.a, &a))
			return false;
		switch (e->u.un.op) {
		case OP_NEG: *v = -a; return true;
		case OP_PLUS_U: *v = a; return true;
		case OP_NOT: *v = !a; return true;
		case OP_COM: *v = ~a; return true;
		}
		return false;
	case EX_BINARY:
		if (!fold(e->u.bin.a, &a) || !fold(e->u.bin.b, &b))
			return false;
		switch (e->u.bin.op) {
		case OP_MUL: *v = a * b; return true;
		case OP_DIV: if (!b) return false; *v = (uint64_t)((int64_t)a / (int64_t)b); return true;
		case OP_MOD: if (!b) return false; *v = (uint64_t)((int64_t)a % (int64_t)b); return true;
		case OP_ADD: *v = a + b; return true;
		case OP_SUB: *v = a - b; return true;
		case OP_SHL: *v = a << (b & 63); return true;
		case OP_SHR: *v = a >> (b & 63); return true;
		case OP_LT: *v = (int64_t)a < (int64_t)b; return true;
		case OP_GT: *v = (int64_t)a > (int64_t)b; return true;
		case OP_LE: *v = (int64_t)a <= (int64_t)b; return true;
		case OP_GE: *v = (int64_t)a >= (int64_t)b; return true;
		case OP_EQ: *v = a == b; return true;
		case OP_NE: *v = a != b; return true;
		case OP_AND: *v = a & b; return true;
		case OP_XOR: *v = a ^ b; return true;
		case OP_OR: *v = a | b; return true;
		case OP_ANDAND: *v = a && b; return true;
		case OP_OROR: *v = a || b; return true;
		}
		return false;
	case EX_COND:
		if (!fold(e->u.cond.c, &c) || !fold(e->u.cond.a, &a) || !fold(e->u.cond.b, &b))
			return false;
		*v = c ? a : b;
		return true;
	default:
		return false;
	}
}

static void gexpr(struct mapw *m, const struct expr *e)
{
	uint64_t folded;
	if (e->kind != EX_NUM && fold(e, &folded)) {
		gnum(m, folded);
		return;
	}
	switch (e->kind) {
	case EX_NUM:
		gnum(m, e->u.num);
		break;
	case EX_SYM:
		fputs(e->u.name, m->f);
		break;
	case EX_DOT:
		fputc('.', m->f);
		break;
	case EX_STR:
		P(m, "\"%s\"", e->u.name);
		break;
	case EX_UNARY:
		fputs(e->u.un.op == OP_NEG ? "-" : e->u.un.op == OP_PLUS_U ? "+" : op_name(e->u.un.op), m->f);
		gexpr(m, e->u.un.a);
		break;
	case EX_BINARY:
		fputc('(', m->f);
		gexpr(m, e->u.bin.a);
		P(m, " %s ", op_name(e->u.bin.op));
		gexpr(m, e->u.bin.b);
		fputc(')', m->f);
		break;
	case EX_COND:
		gexpr(m, e->u.cond.c);
		fputc('?', m->f);
		gexpr(m, e->u.cond.a);
		fputc(':', m->f);
		gexpr(m, e->u.cond.b);
		break;
	case EX_CALL: {
		enum builtin fn = e->u.call.fn;
		const char *n = e->u.call.name;
		fputs(fn == FN_BLOCK ? "BLOCK" : builtin_name(fn), m->f);
		switch (fn) {
		case FN_SIZEOF_HEADERS:
			break;
		case FN_ADDR: case FN_SIZEOF: case FN_LOADADDR: case FN_ALIGNOF:
		case FN_DEFINED: case FN_LENGTH: case FN_ORIGIN: case FN_CONSTANT:
			P(m, " (%s)", n);
			break;
		case FN_SEGMENT_START:
			P(m, " (\"%s\", ", n);
			gexpr(m, e->u.call.a);
			fputc(')', m->f);
			break;
		case FN_ASSERT:
			fputs(" (", m->f);
			gexpr(m, e->u.call.a);
			P(m, ", %s)", n);
			break;
		case FN_DATA_SEGMENT_RELRO_END:
			/* GNU ld keeps (and prints) the two operands the other way round */
			fputs(" (", m->f);
			gexpr(m, e->u.call.b);
			fputs(", ", m->f);
			gexpr(m, e->u.call.a);
			fputc(')', m->f);
			break;
		default:
			fputs(" (", m->f);
			gexpr(m, e->u.call.a);
			if (e->u.call.b) {
				fputs(", ", m->f);
				gexpr(m, e->u.call.b);
			}
			fputc(')', m->f);
			break;
		}
		break;
	}
	}
}

/* `sym = exp` (a compound assignment as the plain one it stands for). */
static void gassign(struct mapw *m, const struct assignment *as)
{
	static const char *const wrap[] = {
		[AK_PLAIN] = NULL, [AK_PROVIDE] = "PROVIDE", [AK_PROVIDE_HIDDEN] = "PROVIDE",
		[AK_HIDDEN] = "HIDDEN",
	};
	if (wrap[as->kind])
		P(m, "%s (", wrap[as->kind]);
	P(m, "%s = ", as->name);
	if (as->op != AS_SET) {
		const char *op = assign_op_name(as->op);
		P(m, "(%s %.*s ", as->name, (int)strlen(op) - 1, op);
		gexpr(m, as->value);
		fputc(')', m->f);
	} else {
		gexpr(m, as->value);
	}
	if (wrap[as->kind])
		fputc(')', m->f);
}

/* ------------------------------------------------------------ the headers */

static void archive_members(struct mapw *m)
{
	bool any = false;
	for (size_t i = 0; i < m->l->files.n; i++) {
		const struct input_file *f = m->l->files.v[i];
		if (f->kind != FK_ARCHIVE_MEMBER || !f->pulled_sym)
			continue;
		if (!any)
			P(m, "Archive member included to satisfy reference by file (symbol)\n\n");
		any = true;
		put_name_col(m, f->display, 30);
		if (f->pulled_by)
			P(m, "%s (%s)\n", f->pulled_by->display, f->pulled_sym);
		else
			P(m, "--undefined (%s)\n", f->pulled_sym);
	}
}

static void commons(struct mapw *m)
{
	const struct ptrvec *c = &m->l->commons;
	if (!c->n)
		return;
	P(m, "\nAllocating common symbols\nCommon symbol       size              file\n\n");
	for (size_t i = 0; i < c->n; i++) {
		const struct symbol *s = c->v[i];
		char b[32];
		put_name_col(m, s->name, 20);
		snprintf(b, sizeof b, "0x%llx", (unsigned long long)s->size);
		P(m, "%-18s%s\n", b, s->sec && s->sec->file ? s->sec->file->display : "");
	}
}

/* GNU ld's BFD sections of an input (what the map can name). */
static bool bfd_visible(const struct input_section *s)
{
	if (!s->name)
		return false;
	switch (s->type) {
	case SHT_SYMTAB: case SHT_STRTAB: case SHT_REL: case SHT_RELA: case SHT_NULL:
	case SHT_GROUP: case SHT_SYMTAB_SHNDX:
		return false;
	}
	return true;
}

static void input_line(struct mapw *m, const char *name, uint64_t a, uint64_t size, const char *file)
{
	if (strlen(name) >= 14)
		P(m, " %s\n%16s", name, "");
	else
		P(m, " %-15s", name);
	put_addr(m, a);
	put_size(m, size);
	P(m, " %s\n", file);
}

static void discarded(struct mapw *m)
{
	if (!m->ctx->opt.print_map_discarded)
		return;
	bool any = false;
	for (size_t i = 0; i < m->l->files.n; i++) {
		const struct input_file *f = m->l->files.v[i];
		for (size_t k = 0; k < f->nsections; k++) {
			const struct input_section *s = f->sections[k];
			if (!s || !bfd_visible(s) || s->out)
				continue;
			if (s->stack_note ? !s->map_discarded : !s->discarded)
				continue;
			if (!any)
				P(m, "\nDiscarded input sections\n\n");
			any = true;
			input_line(m, s->name, 0, s->size, f->display);
		}
	}
}

static void memory(struct mapw *m)
{
	char b1[32], b2[32];
	P(m, "\nMemory Configuration\n\nName             Origin             Length             Attributes\n");
	for (size_t i = 0; i < m->ctx->nscripts; i++)
		for (const struct stmt *st = m->ctx->scripts[i]->stmts; st; st = st->next) {
			if (st->kind != ST_MEMORY)
				continue;
			for (const struct mem_region *r = st->u.regions; r; r = r->next) {
				uint64_t o = 0, len = 0;
				map_region(m->ctx, r->name, &o, &len);
				put_name_col(m, r->name, 17);
				P(m, "%-19s", addr(m, o, b1));
				if (r->attrs && *r->attrs) {
					/* GNU ld prints the letters in its own order */
					char at[32] = "";
					const char *neg = strchr(r->attrs, '!');
					for (int part = 0; part < 2; part++) {
						const char *from = part ? neg : r->attrs;
						if (!from)
							continue;
						const char *to = part || !neg ? from + strlen(from) : neg;
						if (part)
							strcat(at, "!");
						for (const char *c = "xrwail"; *c; c++)
							if (memchr(from, *c, (size_t)(to - from)) ||
							    memchr(from, *c - 32, (size_t)(to - from)))
								at[strlen(at)] = *c;
					}
					P(m, "%-19s%s\n", addr(m, len, b2), at);
				}
				else
					P(m, "%s\n", addr(m, len, b2));
			}
		}
	P(m, "%-17s%-19s%s\n", "*default*", addr(m, 0, b1), addr(m, m->is64 ? ~0ull : 0xffffffffu, b2));
}

/* ------------------------------------------------------------ symbols of input sections */

static int cmp_sym(const void *pa, const void *pb)
{
	const struct symbol *a = *(struct symbol *const *)pa, *b = *(struct symbol *const *)pb;
	uint64_t va = a->sec->out->vma + a->sec->offset + a->value;
	uint64_t vb = b->sec->out->vma + b->sec->offset + b->value;
	if (va != vb)
		return va < vb ? -1 : 1;
	return a->out_index < b->out_index ? -1 : a->out_index > b->out_index;
}

/* The globals (and with --print-map-locals the locals) each input section defines. */
static void collect_symbols(struct mapw *m)
{
	struct ptrvec order = { 0 };
	symtab_bfd_order(m->ctx, &order);
	struct ptrvec all = { 0 };
	for (size_t i = 0; i < order.n; i++) {
		struct symbol *s = order.v[i];
		if (s->kind != SK_DEFINED || !s->sec || !s->sec->out || s->local)
			continue;
		if (s->bind != STB_GLOBAL && s->bind != STB_WEAK)
			continue;
		vec_push(&all, s);
	}
	if (m->ctx->opt.print_map_locals)
		for (size_t i = 0; i < m->l->files.n; i++) {
			struct input_file *f = m->l->files.v[i];
			for (size_t k = 0; k < f->nlocals; k++) {
				struct symbol *s = &f->locals[k];
				if (s->kind == SK_DEFINED && s->sec && s->sec->out && !s->is_section_sym &&
				    s->type != STT_FILE && s->name && *s->name)
					vec_push(&all, s);
			}
		}
	/* stable order for equal addresses: the traversal's (out_index used as a rank) */
	for (size_t i = 0; i < all.n; i++)
		((struct symbol *)all.v[i])->out_index = (uint32_t)i;
	if (all.n > 1)
		qsort(all.v, all.n, sizeof *all.v, cmp_sym);
	for (size_t i = 0; i < all.n; i++) {
		struct symbol *s = all.v[i];
		struct input_section *sec = s->sec;
		struct ptrvec *list = NULL;
		for (size_t k = 0; k < m->secsyms->n; k += 2)
			if (m->secsyms->v[k] == sec) {
				list = m->secsyms->v[k + 1];
				break;
			}
		if (!list) {
			list = xcalloc(1, sizeof *list);
			vec_push(m->secsyms, sec);
			vec_push(m->secsyms, list);
		}
		vec_push(list, s);
	}
	/* out_index is set again by write_output */
}

static const struct ptrvec *symbols_of(struct mapw *m, const struct input_section *s)
{
	for (size_t k = 0; k < m->secsyms->n; k += 2)
		if (m->secsyms->v[k] == s)
			return m->secsyms->v[k + 1];
	return NULL;
}

/* ------------------------------------------------------------ statements */

static void print_input_spec(struct mapw *m, const struct input_spec *in)
{
	static const char *const sortname[] = {
		[SORT_BY_NAME] = "SORT_BY_NAME", [SORT_BY_ALIGNMENT] = "SORT_BY_ALIGNMENT",
		[SORT_BY_INIT_PRIORITY] = "SORT_BY_INIT_PRIORITY", [SORT_NONE] = "SORT_NONE",
	};
	fputc(' ', m->f);
	const struct pattern *fp = in->file;
	if (fp) {
		if (fp->sort)
			P(m, "%s(", sortname[fp->sort]);
		fputs(fp->text, m->f);
		if (fp->sort)
			fputc(')', m->f);
	} else {
		fputc('*', m->f);
	}
	if (in->file_only) {
		fputc('\n', m->f);
		return;
	}
	fputc('(', m->f);
	for (const struct pattern *p = in->sections; p; p = p->next) {
		if (p != in->sections)
			fputc(' ', m->f);
		if (p->exclude) {
			/* GNU ld keeps the list the other way round */
			size_t n = 0;
			for (const struct namelist *x = p->exclude; x; x = x->next)
				n++;
			const char **names = xcalloc(n, sizeof *names);
			size_t k = n;
			for (const struct namelist *x = p->exclude; x; x = x->next)
				names[--k] = x->name;
			fputs("EXCLUDE_FILE(", m->f);
			for (k = 0; k < n; k++)
				P(m, "%s%s", k ? " " : "", names[k]);
			fputs(") ", m->f);
			free(names);
		}
		if (p->sort)
			P(m, "%s(", sortname[p->sort]);
		if (p->sort2)
			P(m, "%s(", sortname[p->sort2]);
		fputs(p->text, m->f);
		if (p->sort2)
			fputc(')', m->f);
		if (p->sort)
			fputc(')', m->f);
	}
	P(m, ")\n");
}

static void fill_line(struct mapw *m, const struct osec *os, uint64_t a, uint64_t size)
{
	fputs(" *fill*         ", m->f);
	put_addr(m, a);
	put_size(m, size);
	fputc(' ', m->f);
	if (os && os->has_fill && size) {
		unsigned n = os->fill_len ? os->fill_len : 4;
		for (unsigned i = 0; i < n; i++)
			P(m, "%02x", (unsigned)(os->fill >> (8 * (n - 1 - i))) & 0xff);
	}
	fputc('\n', m->f);
}

/* The phantom sections (BFD's own, empty) that stand at this point of ITEM. */
static void phantoms_before(struct mapw *m, const struct osec *os, const struct stmt *rule,
			    int before_order, size_t *next)
{
	const struct ptrvec *ph = &m->l->map_phantoms;
	for (; *next < ph->n; (*next)++) {
		const struct input_section *s = ph->v[*next];
		if (s->file->order >= before_order)
			return;
		(void)rule;
		(void)os;
		input_line(m, s->name, m->print_dot, 0, s->file->display);
	}
}

static void print_sections(struct mapw *m, const struct osec *os, const struct osec_item *it,
			   const struct stmt *rule)
{
	/* phantoms of this rule (or of this orphan section) */
	struct ptrvec mine = { 0 };
	for (size_t i = 0; i < m->l->map_phantoms.n; i++) {
		const struct input_section *s = m->l->map_phantoms.v[i];
		if (s->rule == rule && (rule || s->map_out == os))
			vec_push(&mine, (void *)s);
	}
	struct ptrvec save = m->l->map_phantoms;
	m->l->map_phantoms = mine;
	size_t next = 0;
	for (size_t i = 0; it && i < it->secs.n; i++) {
		const struct input_section *s = it->secs.v[i];
		phantoms_before(m, os, rule, s->file->order, &next);
		if (s->merge_excluded)
			continue;
		uint64_t a = os->vma + s->offset;
		if (a > m->print_dot)
			fill_line(m, os, m->print_dot, a - m->print_dot);
		input_line(m, s->name, a, s->size, s->file->display);
		const struct ptrvec *syms = symbols_of(m, s);
		for (size_t k = 0; syms && k < syms->n; k++) {
			const struct symbol *y = syms->v[k];
			P(m, "%16s", "");
			put_addr(m, os->vma + s->offset + y->value);
			P(m, "%16s%s\n", "", y->name);
		}
		m->print_dot = a + (s->type == SHT_NOBITS && !(os->flags & SHF_ALLOC) ? 0 : s->size);
	}
	phantoms_before(m, os, rule, 1 << 30, &next);
	m->l->map_phantoms = save;
	free(mine.v);
}

static void print_value_col(struct mapw *m, uint64_t v)
{
	char b[32];
	P(m, "%16s%-18s%16s", "", addr(m, v, b), "");
}

/* A symbol or `.` assignment; OS is the output section it is inside, or NULL. */
static void print_assign(struct mapw *m, const struct stmt *st, const struct osec *os,
			 const struct osec_item *it)
{
	const struct assignment *as = &st->u.assign;
	bool dot = strcmp(as->name, ".") == 0;
	if (dot) {
		uint64_t v;
		if (os && it)
			v = os->vma + it->offset;
		else if (!map_eval(m->ctx, st, m->print_dot, &v))
			v = 0;
		print_value_col(m, v);
		gassign(m, as);
		fputc('\n', m->f);
		if (!os)
			m->print_dot = v;
		else if (v > m->print_dot) {
			fill_line(m, os, m->print_dot, v - m->print_dot);
			m->print_dot = v;
		}
		return;
	}
	struct symbol *s = sym_lookup(m->ctx, as->name);
	bool provide = as->kind == AK_PROVIDE || as->kind == AK_PROVIDE_HIDDEN;
	if (!s || (provide && (s->provide_pending || s->script_stmt != st) && s->kind != SK_SCRIPT) ||
	    (provide && s->kind == SK_SCRIPT && s->provide_pending)) {
		P(m, "%16s%-34s", "", "[!provide]");
	} else {
		bool undef = false;
		print_value_col(m, symbol_address(m->ctx, s, &undef));
	}
	gassign(m, as);
	fputc('\n', m->f);
}

static void print_data(struct mapw *m, const struct osec *os, const struct osec_item *it)
{
	static const char *const names[] = {
		[DK_BYTE] = "BYTE", [DK_SHORT] = "SHORT", [DK_LONG] = "LONG", [DK_QUAD] = "QUAD",
		[DK_SQUAD] = "SQUAD",
	};
	enum data_kind k = it->stmt->u.data.size;
	unsigned size = k == DK_SQUAD ? 8 : k;
	uint64_t a = os->vma + it->offset;
	if (a > m->print_dot)
		fill_line(m, os, m->print_dot, a - m->print_dot);
	P(m, "%16s", "");
	put_addr(m, a);
	put_size(m, size);
	P(m, " %s 0x%llx", names[k], (unsigned long long)it->data_value);
	uint64_t folded;
	if (!fold(it->stmt->u.data.value, &folded)) {
		fputc(' ', m->f);
		gexpr(m, it->stmt->u.data.value);
	}
	fputc('\n', m->f);
	m->print_dot = a + size;
}

static const struct osec_item *item_of(const struct osec *os, const struct stmt *st)
{
	for (size_t i = 0; os && i < os->items.n; i++) {
		const struct osec_item *it = os->items.v[i];
		if (it->stmt == st)
			return it;
	}
	return NULL;
}

/* The alignment of BFD's own empty sections (x86 back ends). */
static uint64_t phantom_align(struct mapw *m, const struct input_section *s)
{
	if (s->stack_note || strcmp(s->name, ".iplt") == 0)
		return 1;
	return m->is64 ? 8 : 4;
}

static bool osec_shown(const struct osec *os)
{
	return os && !os->discard && (os->has_bfd || os->has_contents || os->has_assignment ||
				      os->keep_empty || !os->removed);
}

static void print_osec_head(struct mapw *m, const char *name, const struct osec *os)
{
	fputc('\n', m->f);
	if (!osec_shown(os)) {
		P(m, "%s\n", name);
		return;
	}
	put_name_col(m, name, 16);
	uint64_t vma = os->vma;
	if (os->removed) {
		/* gone from the output: where GNU ld sized it, after what was printed */
		uint64_t al = 1;
		for (size_t i = 0; i < m->l->map_phantoms.n; i++) {
			const struct input_section *s = m->l->map_phantoms.v[i];
			uint64_t a = phantom_align(m, s);
			if (s->map_out == os && a > al)
				al = a;
		}
		bool alloc = (os->flags | os->orphan_flags) & SHF_ALLOC;
		for (size_t i = 0; i < m->l->map_phantoms.n; i++) {
			const struct input_section *s = m->l->map_phantoms.v[i];
			if (s->map_out == os && (s->flags & SHF_ALLOC))
				alloc = true;
		}
		vma = alloc ? (m->print_dot + al - 1) & ~(al - 1) : 0;
	}
	put_addr(m, vma);
	put_size(m, os->size);
	if (!os->removed && os->lma != os->vma && (os->flags & SHF_ALLOC)) {
		P(m, " load address ");
		put_addr(m, os->lma);
	}
	fputc('\n', m->f);
	m->print_dot = vma;
}

static void print_osec_stmt(struct mapw *m, const struct stmt *st, struct osec *os)
{
	print_osec_head(m, st->u.osec.name, os);
	bool shown = osec_shown(os);
	for (const struct stmt *b = st->u.osec.body; b; b = b->next) {
		const struct osec_item *it = item_of(os, b);
		switch (b->kind) {
		case ST_INPUT_SECTION:
			print_input_spec(m, &b->u.input);
			if (shown)
				print_sections(m, os, it, b);
			break;
		case ST_ASSIGN:
			if (shown && it)
				print_assign(m, b, os, it);
			else
				print_assign(m, b, NULL, NULL);
			break;
		case ST_DATA:
			if (shown && it)
				print_data(m, os, it);
			break;
		default:
			break;
		}
	}
	if (shown)
		m->print_dot = os->vma + ((os->flags & SHF_ALLOC) || !os->discard ? os->size : 0);
	if (os && os->type == SHT_NOBITS && !os->noload)
		if (!os->removed)
		m->print_dot = os->vma + os->size;
}

static void print_orphan(struct mapw *m, struct osec *os)
{
	print_osec_head(m, os->name, os);
	for (size_t i = 0; i < os->items.n; i++) {
		const struct osec_item *it = os->items.v[i];
		if (it->kind == IT_INPUT)
			print_sections(m, os, it, NULL);
	}
	if (!os->items.n)
		print_sections(m, os, NULL, NULL);
	if (!os->removed)
		m->print_dot = os->vma + os->size;
}

static struct osec *osec_of_stmt(struct link *l, const struct stmt *st)
{
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *o = l->osecs.v[i];
		if (o->stmt == st)
			return o;
	}
	return strcmp(st->u.osec.name, "/DISCARD/") ? strmap_get(&l->osec_names, st->u.osec.name) : NULL;
}

/* The layout script's SECTIONS: statements and orphans up to (not past) the last statement. */
static void print_layout(struct mapw *m, size_t *tail)
{
	struct link *l = m->l;
	size_t last = 0;
	for (size_t k = 0; k < l->layout_order.n; k++)
		if (((struct layout_node *)l->layout_order.v[k])->stmt)
			last = k + 1;
	*tail = last;
	for (size_t k = 0; k < last; k++) {
		const struct layout_node *ln = l->layout_order.v[k];
		const struct stmt *st = ln->stmt;
		if (!st) {
			if (!ln->os->map_at_end)
				print_orphan(m, ln->os);
			continue;
		}
		switch (st->kind) {
		case ST_OUTSECT:
			print_osec_stmt(m, st, osec_of_stmt(l, st));
			break;
		case ST_ASSIGN:
			print_assign(m, st, NULL, NULL);
			break;
		default:
			break;
		}
	}
}

static void print_script(struct mapw *m, const struct script *s, size_t *tail, bool *layout_done)
{
	for (const struct stmt *st = s->stmts; st; st = st->next) {
		if (st->kind == ST_SECTIONS && s == m->l->layout_script && !*layout_done) {
			print_layout(m, tail);
			*layout_done = true;
		} else if (st->kind == ST_ASSIGN) {
			print_assign(m, st, NULL, NULL);
		}
	}
}

void write_map(struct ctx *ctx)
{
	const char *name = ctx->opt.map_file;
	if (!name)
		return;
	struct mapw mw = { 0 }, *m = &mw;
	m->ctx = ctx;
	m->l = &ctx->link;
	m->is64 = !m->l->arch || m->l->arch->is64;
	m->secsyms = xcalloc(1, sizeof *m->secsyms);
	if (strcmp(name, "-") == 0) {
		m->f = ctx->out;
	} else {
		m->f = fopen(name, "w");
		if (!m->f) {
			error(ctx, "cannot open map file %s: %s", name, strerror(errno));
			return;
		}
	}
	collect_symbols(m);

	archive_members(m);
	commons(m);
	discarded(m);
	memory(m);
	P(m, "\nLinker script and memory map\n\n");

	struct link *l = m->l;
	size_t tail = 0;
	bool layout_done = false;
	size_t next_script = 0;
	for (size_t i = 0; i < ctx->opt.ninputs; i++) {
		const struct input_item *it = &ctx->opt.inputs[i];
		switch (it->kind) {
		case IN_FILE:
			P(m, "LOAD %s\n", it->name);
			break;
		case IN_LIB:
			P(m, "LOAD %s\n", it->resolved ? it->resolved : it->name);
			break;
		case IN_START_GROUP:
			P(m, "START GROUP\n");
			break;
		case IN_END_GROUP:
			P(m, "END GROUP\n");
			break;
		case IN_SCRIPT:
			if (next_script < ctx->nscripts)
				print_script(m, ctx->scripts[next_script++], &tail, &layout_done);
			break;
		default:
			break;
		}
	}
	if (!layout_done && l->layout_script)
		print_script(m, l->layout_script, &tail, &layout_done);
	P(m, "OUTPUT(%s %s)\n", ctx->opt.output ? ctx->opt.output : "a.out",
	  l->arch ? l->arch->bfd_name : "elf64-x86-64");
	for (size_t k = 0; k < l->layout_order.n; k++) {
		const struct layout_node *ln = l->layout_order.v[k];
		if (!ln->stmt && (k >= tail || ln->os->map_at_end))
			print_orphan(m, ln->os);
	}
	if (m->f != ctx->out)
		fclose(m->f);
	else
		fflush(m->f);
}
