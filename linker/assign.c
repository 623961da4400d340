/*
 * assign.c - assign_addresses(): walk the SECTIONS statements (with the
 * orphans inserted where layout.c put them) and give every output section
 * its VMA, LMA and size, every input section its offset, every script
 * symbol its value; evaluate ASSERTs.  The walk is repeated until nothing
 * changes (forward references such as ADDR or SIZEOF of a later section),
 * and a layout that does not settle is an error that says so.
 *
 * GNU ld's rules followed here (its manual and ld.bfd's behaviour):
 *  - an output section without an address starts at `.` aligned to its
 *    alignment (the largest of its input sections' and ALIGN());
 *  - its LMA is AT() or AT>region, else it keeps the VMA-LMA difference of
 *    the previous section when it has no address of its own, else the VMA;
 *  - inside an output section `.` is relative to it and never moves back;
 *  - a symbol assigned outside output sections from `.` belongs to the
 *    section GNU ld's section_for_dot() picks;
 *  - an output section left with nothing in it (size 0, no data) is removed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "klink.h"

#ifndef SHF_X86_64_LARGE
#define SHF_X86_64_LARGE 0x10000000
#endif

/*
 * GNU ld's DATA_SEGMENT_ALIGN/RELRO_END/END machine.  A layout pass starts
 * in DS_NONE and moves through ALIGN_SEEN (and RELRO_SEEN) to END_SEEN.
 * After a layout that saw the end, one more layout is run either with the
 * data segment base moved so the relro part ends on a page boundary
 * (RELRO_ADJUST, -z relro) or with a page saved (ADJUST), else DONE.
 */
enum ds_phase { DS_NONE, DS_ALIGN_SEEN, DS_RELRO_SEEN, DS_END_SEEN, DS_ADJUST,
		DS_RELRO_ADJUST, DS_DONE };

struct dataseg {
	enum ds_phase phase;
	uint64_t base, end, relro_end, relro_offset;
	uint64_t maxpage, commonpage, relropage;
};

static uint64_t align_up(uint64_t v, uint64_t a);

/* One step of the walk: an output section or a top-level statement. */
struct lstep {
	bool after_end;			/* the script assigned `_end` before it */
	const struct stmt *stmt;	/* assignment/ASSERT/ENTRY (NULL for a section) */
	struct osec *os;	/* output section (NULL for a statement) */
	const struct stmt *overlay;	/* ST_OVERLAY this section belongs to */
	bool overlay_first, overlay_last;
};

struct region {
	const struct mem_region *decl;
	const char *name;
	uint64_t origin, length;
	uint64_t cursor;		/* next free VMA */
	uint64_t lma_cursor;
	struct osec *last;	/* last section placed in it */
	bool full_reported;		/* "will not fit" said (GNU ld's had_full_message) */
	unsigned flags, not_flags;	/* MEMORY attributes: RF_* wanted, RF_* refused */
	struct region *alias_of;	/* REGION_ALIAS: the region it names */
};

/* MEMORY attribute letters as BFD section flags (GNU ld's lang_set_flags). */
enum { RF_ALLOC = 1, RF_LOAD = 2, RF_READONLY = 4, RF_CODE = 8, RF_DATA = 16, RF_TLS = 32 };

struct assigner {
	struct ctx *ctx;
	struct link *l;
	struct ptrvec steps;		/* struct lstep * */
	struct eval_env env;
	int pass;
	bool final;			/* report errors in this pass */
	bool changed;
	uint64_t dot;			/* absolute location counter (top level) */
	uint64_t free_dot;		/* where a section without an address starts (GNU ld's
					   default region's current): `.` but past a section not
					   allocated, until the next top-level assignment */
	struct osec *last_alloc; /* previous allocated output section */
	uint64_t last_vma, last_lma;	/* its addresses (a dropped one's as GNU ld sized it) */
	const char *prev_region, *prev_lma_region;	/* of the previous output section statement */
	size_t cur_step;
	bool prefer_next;		/* an assignment to '.' since the last section */
	bool found_end;			/* past an assignment to _end */
	struct ptrvec regions;		/* struct region * */
	uint64_t fill;			/* current FILL inside a section */
	struct dataseg ds;		/* DATA_SEGMENT_* state */
};

/* ------------------------------------------------------------ evaluation hooks */

static struct assigner *A(void *p)
{
	return p;
}

static bool ev_symbol(void *p, const char *name, struct value *out)
{
	struct assigner *a = A(p);
	struct symbol *s = sym_lookup(a->ctx, name);
	if (!s)
		return false;
	switch (s->kind) {
	case SK_DEFINED:
		if (!s->sec || !s->sec->out) {
			out->val = s->value;
			out->sec = NULL;
			return true;
		}
		out->val = s->sec->offset + s->value;
		out->sec = (struct output_sect_ref *)s->sec->out;
		return true;
	case SK_ABS:
		out->val = s->value;
		out->sec = NULL;
		return true;
	case SK_SCRIPT:
		if (s->provide_pending)
			return false;
		out->val = s->value;
		out->sec = (struct output_sect_ref *)s->osec;
		return true;
	default:
		return false;
	}
}

static bool ev_defined(void *p, const char *name)
{
	struct assigner *a = A(p);
	struct symbol *s = sym_lookup(a->ctx, name);
	if (!s)
		return false;
	if (s->kind == SK_SCRIPT)
		return !s->provide_pending && s->defined_in_script_pass;
	return s->kind != SK_UNDEF;
}

static bool ev_section(void *p, const char *name, struct output_sect_ref **out)
{
	struct osec *os = osec_find(A(p)->ctx, name);
	if (!os)
		return false;
	*out = (struct output_sect_ref *)os;
	return true;
}

static uint64_t ev_addr(void *p, struct output_sect_ref *s)
{
	(void)p;
	return ((struct osec *)s)->vma;
}

static uint64_t ev_loadaddr(void *p, struct output_sect_ref *s)
{
	(void)p;
	return ((struct osec *)s)->lma;
}

static uint64_t ev_size(void *p, struct output_sect_ref *s)
{
	(void)p;
	struct osec *os = (struct osec *)s;
	return os->removed ? 0 : os->size;
}

static uint64_t ev_align(void *p, struct output_sect_ref *s)
{
	(void)p;
	return ((struct osec *)s)->align;
}

static bool ev_region(void *p, const char *name, uint64_t *origin, uint64_t *length)
{
	struct assigner *a = A(p);
	for (size_t i = 0; i < a->regions.n; i++) {
		struct region *r = a->regions.v[i];
		if (strcmp(r->name, name) == 0) {
			*origin = r->origin;
			*length = r->length;
			return true;
		}
	}
	return false;
}

static bool ev_segment_start(void *p, const char *name, uint64_t *out)
{
	return options_segment_start(&A(p)->ctx->opt, name, out);
}

static uint64_t ev_sizeof_headers(void *p)
{
	A(p)->l->load_phdrs = true;	/* GNU ld then loads the headers (segments.c) */
	return A(p)->l->sizeof_headers;
}

static uint64_t ev_ds_align(void *p, uint64_t dot, uint64_t maxpage, uint64_t commonpage)
{
	struct assigner *a = A(p);
	struct dataseg *ds = &a->ds;
	uint64_t v = align_up(dot, maxpage);

	if (ds->phase == DS_RELRO_ADJUST)
		return ds->base;
	if (ds->phase == DS_ADJUST) {
		if (commonpage < maxpage)
			v += (dot + commonpage - 1) & (maxpage - commonpage);
		return v;
	}
	if (!a->l->relro)
		v += dot & (maxpage - 1);
	if (ds->phase == DS_NONE) {
		ds->phase = DS_ALIGN_SEEN;
		ds->base = v;
		ds->commonpage = commonpage;
		ds->maxpage = maxpage;
		ds->relropage = maxpage;
		ds->relro_end = 0;
	}
	return v;
}

static uint64_t ev_ds_relro_end(void *p, uint64_t offset, uint64_t exp)
{
	struct dataseg *ds = &A(p)->ds;

	ds->relro_offset = offset;
	switch (ds->phase) {
	case DS_ALIGN_SEEN:
	case DS_RELRO_ADJUST:
	case DS_ADJUST:
	case DS_DONE:
		if (ds->phase == DS_ALIGN_SEEN || ds->phase == DS_RELRO_ADJUST)
			ds->relro_end = exp + offset;
		if (ds->phase == DS_RELRO_ADJUST && (ds->relro_end & (ds->relropage - 1))) {
			ds->relro_end = align_up(ds->relro_end, ds->relropage);
			exp = ds->relro_end - offset;
		}
		if (ds->phase == DS_ALIGN_SEEN)
			ds->phase = DS_RELRO_SEEN;
		return exp;
	default:
		return exp;
	}
}

static uint64_t ev_ds_end(void *p, uint64_t exp)
{
	struct dataseg *ds = &A(p)->ds;

	if (ds->phase == DS_ALIGN_SEEN || ds->phase == DS_RELRO_SEEN) {
		ds->phase = DS_END_SEEN;
		ds->end = exp;
	}
	return exp;
}

static const struct eval_ops ops = {
	.data_segment_align = ev_ds_align,
	.data_segment_relro_end = ev_ds_relro_end,
	.data_segment_end = ev_ds_end,
	.symbol = ev_symbol,
	.defined = ev_defined,
	.section = ev_section,
	.sec_addr = ev_addr,
	.sec_loadaddr = ev_loadaddr,
	.sec_size = ev_size,
	.sec_align = ev_align,
	.region = ev_region,
	.segment_start = ev_segment_start,
	.sizeof_headers = ev_sizeof_headers,
};

static bool eval(struct assigner *a, const struct expr *e, struct eval_result *r)
{
	a->env.quiet = !a->final;
	*r = expr_eval(e, &a->env);
	if (r->status == EV_OK || r->status == EV_BAD_REGION)
		return true;
	if (a->final)
		a->ctx->errors++;
	return false;
}

static uint64_t eval_abs(struct assigner *a, const struct expr *e, uint64_t dflt)
{
	struct eval_result r;
	if (!eval(a, e, &r))
		return dflt;
	return value_abs(&a->env, r.v);
}

/* ------------------------------------------------------------ ELF special sections */

/*
 * BFD gives a new output section named like an ELF special section that
 * section's type and flags (bfd/elf.c's special section tables); they last
 * until an input section is added.  MATCH: 0 exact, -1 any suffix, -2 the
 * prefix alone or followed by a dot.
 */
static const struct special_section specials[] = {
	{ ".bss", -2, SHT_NOBITS, SHF_ALLOC | SHF_WRITE },
	{ ".comment", 0, SHT_PROGBITS, 0 },
	{ ".data", -2, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".data1", 0, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".debug", 0, SHT_PROGBITS, 0 },
	{ ".debug_line", 0, SHT_PROGBITS, 0 },
	{ ".debug_info", 0, SHT_PROGBITS, 0 },
	{ ".debug_abbrev", 0, SHT_PROGBITS, 0 },
	{ ".debug_aranges", 0, SHT_PROGBITS, 0 },
	{ ".dynamic", 0, SHT_DYNAMIC, SHF_ALLOC },
	{ ".dynstr", 0, SHT_STRTAB, SHF_ALLOC },
	{ ".dynsym", 0, SHT_DYNSYM, SHF_ALLOC },
	{ ".fini", 0, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR },
	{ ".fini_array", -2, SHT_FINI_ARRAY, SHF_ALLOC | SHF_WRITE },
	{ ".gnu.linkonce.b.", -2, SHT_NOBITS, SHF_ALLOC | SHF_WRITE },
	{ ".gnu.lto_", -1, SHT_PROGBITS, SHF_EXCLUDE },
	{ ".got", 0, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".gnu.version", 0, SHT_GNU_versym, 0 },
	{ ".gnu.version_d", 0, SHT_GNU_verdef, 0 },
	{ ".gnu.version_r", 0, SHT_GNU_verneed, 0 },
	{ ".gnu.liblist", 0, SHT_GNU_LIBLIST, SHF_ALLOC },
	{ ".gnu.conflict", 0, SHT_RELA, SHF_ALLOC },
	{ ".gnu.hash", 0, SHT_GNU_HASH, SHF_ALLOC },
	{ ".hash", 0, SHT_HASH, SHF_ALLOC },
	{ ".init", 0, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR },
	{ ".init_array", -2, SHT_INIT_ARRAY, SHF_ALLOC | SHF_WRITE },
	{ ".interp", 0, SHT_PROGBITS, 0 },
	{ ".line", 0, SHT_PROGBITS, 0 },
	{ ".noinit", -2, SHT_NOBITS, SHF_ALLOC | SHF_WRITE },
	{ ".note.GNU-stack", 0, SHT_PROGBITS, 0 },
	{ ".note", -1, SHT_NOTE, 0 },
	{ ".persistent.bss", 0, SHT_NOBITS, SHF_ALLOC | SHF_WRITE },
	{ ".persistent", -2, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".preinit_array", -2, SHT_PREINIT_ARRAY, SHF_ALLOC | SHF_WRITE },
	{ ".plt", 0, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR },
	{ ".rodata", -2, SHT_PROGBITS, SHF_ALLOC },
	{ ".rodata1", 0, SHT_PROGBITS, SHF_ALLOC },
	{ ".rela", -1, SHT_RELA, 0 },
	{ ".rel", -1, SHT_REL, 0 },
	{ ".shstrtab", 0, SHT_STRTAB, 0 },
	{ ".strtab", 0, SHT_STRTAB, 0 },
	{ ".symtab", 0, SHT_SYMTAB, 0 },
	{ ".symtab_shndx", 0, SHT_SYMTAB_SHNDX, 0 },
	{ ".stab", 0, SHT_PROGBITS, 0 },
	{ ".stabstr", 0, SHT_STRTAB, 0 },
	{ ".text", -2, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR },
	{ ".tbss", -2, SHT_NOBITS, SHF_ALLOC | SHF_WRITE | SHF_TLS },
	{ ".tdata", -2, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE | SHF_TLS },
	{ NULL, 0, 0, 0 },
};

/* x86-64's large-model sections (elf64-x86-64.c) */
static const struct special_section specials_x86_64[] = {
	{ ".gnu.linkonce.lb", -2, SHT_NOBITS, SHF_ALLOC | SHF_WRITE | SHF_X86_64_LARGE },
	{ ".gnu.linkonce.lr", -2, SHT_PROGBITS, SHF_ALLOC | SHF_X86_64_LARGE },
	{ ".gnu.linkonce.lt", -2, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR | SHF_X86_64_LARGE },
	{ ".lbss", -2, SHT_NOBITS, SHF_ALLOC | SHF_WRITE | SHF_X86_64_LARGE },
	{ ".ldata", -2, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE | SHF_X86_64_LARGE },
	{ ".lrodata", -2, SHT_PROGBITS, SHF_ALLOC | SHF_X86_64_LARGE },
	{ NULL, 0, 0, 0 },
};

static const struct special_section *special_lookup(const struct special_section *t, const char *name)
{
	size_t len = strlen(name);
	for (; t->prefix; t++) {
		size_t pl = strlen(t->prefix);
		if (len < pl || memcmp(name, t->prefix, pl) != 0)
			continue;
		if (name[pl]) {
			if (t->match == 0)
				continue;
			if (t->match == -2 && name[pl] != '.')
				continue;
		}
		return t;
	}
	return NULL;
}

const struct special_section *special_section(const char *name, const struct arch *arch)
{
	if (arch && arch->target == TARGET_X86_64) {
		const struct special_section *t = special_lookup(specials_x86_64, name);
		if (t)
			return t;
	}
	return special_lookup(specials, name);
}

/* ------------------------------------------------------------ the walk */

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

static void set_changed(struct assigner *a, uint64_t *slot, uint64_t v)
{
	if (*slot != v) {
		*slot = v;
		a->changed = true;
	}
}

static struct region *find_region(struct assigner *a, const char *name)
{
	for (size_t i = 0; i < a->regions.n; i++) {
		struct region *r = a->regions.v[i];
		if (strcmp(r->name, name) == 0)
			return r->alias_of ? r->alias_of : r;
	}
	return NULL;
}

/* --section-start / -Ttext / -Tdata / -Tbss for this output section, if any. */
static const struct section_start *section_start_for(struct assigner *a, const char *name)
{
	const struct options *o = &a->ctx->opt;
	for (size_t i = o->nsection_starts; i-- > 0;)
		if (o->section_starts[i].section && strcmp(o->section_starts[i].section, name) == 0)
			return &o->section_starts[i];
	return NULL;
}

static bool alloc_kept(const struct osec *os)
{
	return !os->removed && !os->discard && (os->flags & SHF_ALLOC);
}

/* The first allocated output section of the output (GNU ld's fallback). */
static struct osec *first_alloc(struct assigner *a)
{
	for (size_t i = 0; i < a->steps.n; i++) {
		struct lstep *st = a->steps.v[i];
		if (st->os && alloc_kept(st->os))
			return st->os;
	}
	return NULL;
}

/*
 * GNU ld's section_for_dot(): the section a top-level `.`-derived value
 * belongs to.  The previous allocated section, unless `.` was assigned
 * since it (setting up the next section's address) and no `_end` has been
 * seen: then the next allocated one.
 */
static struct osec *section_for_dot(struct assigner *a)
{
	if (a->prefer_next && !a->found_end) {
		/* the next kept section, unless that lies past `_end` */
		struct lstep *next = NULL;
		for (size_t i = a->cur_step + 1; i < a->steps.n; i++) {
			struct lstep *st = a->steps.v[i];
			if (!st->os)
				continue;
			if (st->after_end || (!st->os->removed && !st->os->discard)) {
				next = st;
				break;
			}
		}
		if (!next || !next->after_end) {
			/* from that section on, the first allocated one */
			bool started = next == NULL;
			for (size_t i = a->cur_step + 1; next && i < a->steps.n; i++) {
				struct lstep *st = a->steps.v[i];
				if (st == next)
					started = true;
				if (started && st->os && alloc_kept(st->os))
					return st->os;
			}
			return first_alloc(a);
		}
	}
	for (size_t i = a->cur_step; i-- > 0;) {
		struct lstep *st = a->steps.v[i];
		/* not a TLS section: its addresses are not where `.' is */
		if (st->os && alloc_kept(st->os) && !(st->os->flags & SHF_TLS))
			return st->os;
	}
	return first_alloc(a);
}

/*
 * PROVIDE takes effect only for a symbol something refers to and nothing
 * else defines; GNU ld does not even evaluate the expression otherwise.
 */
static bool provide_skipped(struct assigner *a, const struct stmt *st)
{
	const struct assignment *as = &st->u.assign;
	if (as->kind != AK_PROVIDE && as->kind != AK_PROVIDE_HIDDEN)
		return false;
	struct symbol *s = sym_lookup(a->ctx, as->name);
	if (s && s->kind == SK_SCRIPT && s->provide && s->referenced)
		return false;
	if (!s || !s->referenced || (s->kind != SK_UNDEF && s->kind != SK_SCRIPT) ||
	    (s->kind == SK_SCRIPT && !s->provide)) {
		if (!s || s->kind == SK_UNDEF) {
			s = sym_intern(a->ctx, as->name);
			s->kind = SK_SCRIPT;
			s->provide = true;
			s->provide_pending = true;
			s->script_stmt = st;
		}
		return true;
	}
	return false;
}

static void define_script_symbol(struct assigner *a, const struct stmt *st,
				 struct osec *os, const struct eval_result *r,
				 uint64_t abs_val)
{
	const struct assignment *as = &st->u.assign;
	struct symbol *s = sym_intern(a->ctx, as->name);

	if (as->kind == AK_PROVIDE || as->kind == AK_PROVIDE_HIDDEN) {
		/* only when something refers to it and nothing else defines it */
		if (s->kind != SK_UNDEF && s->kind != SK_SCRIPT)
			return;
		if (s->kind == SK_SCRIPT && !s->provide)
			return;
		if (!s->referenced) {
			s->kind = SK_SCRIPT;
			s->provide = true;
			s->provide_pending = true;
			s->script_stmt = st;
			return;
		}
		s->provide = true;
	}
	s->provide_pending = false;
	sym_note_created(a->ctx, s);
	s->kind = SK_SCRIPT;
	s->script_stmt = st;
	s->defined_in_script_pass = true;
	if (as->kind == AK_PROVIDE_HIDDEN || as->kind == AK_HIDDEN)
		s->hidden_by_script = true;	/* GNU ld forces these local */
	if (!s->file)
		s->file = NULL;
	struct osec *rel = (struct osec *)r->v.sec;
	if (r->number && os) {
		rel = os;	/* a plain number inside a section: an offset into it */
	}
	uint64_t v;
	if (rel) {
		v = r->number && os ? r->v.val : r->v.val;
		if (s->osec != rel)
			a->changed = true;
		s->osec = rel;
	} else {
		v = abs_val;
		if (s->osec)
			a->changed = true;
		s->osec = NULL;
	}
	s->final_osec = rel ? NULL : (struct osec *)r->final_sec;
	/* GNU ld copies the type of the one symbol the expression read */
	s->script_type = STT_NOTYPE;
	if (r->assign_src) {
		const struct symbol *src = sym_lookup(a->ctx, r->assign_src);
		if (src && src != s && src->kind == SK_DEFINED)
			s->script_type = src->type;
		else if (src && src != s && src->kind == SK_SCRIPT)
			s->script_type = src->script_type;
	}
	if (s->value != v) {
		s->value = v;
		a->changed = true;
	}
}

/* A compound assignment `x op= e` is `x = x op e`. */
static struct expr *full_rhs(const struct assignment *as, const struct stmt *st)
{
	if (as->op == AS_SET)
		return as->value;
	int op;
	switch (as->op) {
	case AS_ADD: op = OP_ADD; break;
	case AS_SUB: op = OP_SUB; break;
	case AS_MUL: op = OP_MUL; break;
	case AS_DIV: op = OP_DIV; break;
	case AS_MOD: op = OP_MOD; break;
	case AS_SHL: op = OP_SHL; break;
	case AS_SHR: op = OP_SHR; break;
	case AS_AND: op = OP_AND; break;
	case AS_OR: op = OP_OR; break;
	default: op = OP_XOR; break;
	}
	struct expr *lhs = strcmp(as->name, ".") == 0 ? expr_dot(st->loc) : expr_sym(st->loc, as->name);
	return expr_binary(st->loc, op, lhs, as->value);
}

static void do_assert(struct assigner *a, const struct stmt *st)
{
	struct eval_result r;
	if (!eval(a, st->u.assert_.cond, &r))
		return;
	if (value_abs(&a->env, r.v) == 0 && a->final) {
		/* once, though --noinhibit-exec lets the layout run again */
		struct ptrvec *done = &a->ctx->link.asserts_failed;
		for (size_t i = 0; i < done->n; i++)
			if (done->v[i] == st)
				return;
		vec_push(done, (void *)st);
		link_error(a->ctx, "%s", st->u.assert_.msg);
	}
}

static bool is_num(const struct expr *e, uint64_t v)
{
	return e->kind == EX_NUM && e->u.num == v;
}

/*
 * An assignment to `.` keeps its output section even when empty, except
 * `. = 0`, `. = . + 0`, `. = sym` (a script symbol that is 0) and
 * `. = ALIGN(. != 0 ? x : 1)` evaluating to 0 (GNU ld's rule).
 */
static bool keeps_nothing(struct assigner *a, const struct assignment *as, const struct stmt *st,
			  uint64_t off)
{
	(void)st;
	if (off != 0)
		return false;
	const struct expr *e = as->value;
	if (as->op == AS_ADD || as->op == AS_SUB)
		return is_num(e, 0);
	if (as->op != AS_SET)
		return false;
	if (is_num(e, 0))
		return true;
	if (e->kind == EX_SYM) {
		struct symbol *s = sym_lookup(a->ctx, e->u.name);
		return s && s->kind == SK_SCRIPT && !s->osec && s->value == 0;
	}
	if (e->kind == EX_BINARY && e->u.bin.op == OP_ADD && e->u.bin.a->kind == EX_DOT && is_num(e->u.bin.b, 0))
		return true;
	if (e->kind == EX_CALL && e->u.call.fn == FN_ALIGN && !e->u.call.b && e->u.call.a->kind == EX_COND) {
		const struct expr *c = e->u.call.a;
		return c->u.cond.c->kind == EX_BINARY && c->u.cond.c->u.bin.op == OP_NE &&
		       c->u.cond.c->u.bin.a->kind == EX_DOT && is_num(c->u.cond.c->u.bin.b, 0) &&
		       is_num(c->u.cond.b, 1);
	}
	return false;
}

/* Top-level assignment (outside output sections). */
static void top_assign(struct assigner *a, const struct stmt *st)
{
	const struct assignment *as = &st->u.assign;
	bool is_dot = strcmp(as->name, ".") == 0;
	a->free_dot = a->dot;
	if (!is_dot) {
		const char *p = as->name;
		while (*p == '_')
			p++;
		if (strcmp(p, "end") == 0)
			a->found_end = true;
	}
	struct osec *sfd = section_for_dot(a);

	a->env.cur_sec = NULL;
	if (sfd) {
		a->env.dot.val = a->dot - sfd->vma;
		a->env.dot.sec = (struct output_sect_ref *)sfd;
	} else {
		a->env.dot.val = a->dot;
		a->env.dot.sec = NULL;
	}
	a->env.dot_valid = true;

	if (!is_dot && provide_skipped(a, st))
		return;
	struct eval_result r;
	struct expr *rhs = full_rhs(as, st);
	if (!eval(a, rhs, &r))
		return;
	uint64_t v = value_abs(&a->env, r.v);
	if (is_dot) {
		a->dot = a->free_dot = v;
		a->prefer_next = true;
		return;
	}
	define_script_symbol(a, st, NULL, &r, v);
}

/* An output section with TLS inputs. */
static bool holds_tls(const struct osec *os)
{
	for (size_t i = 0; i < os->items.n; i++) {
		const struct osec_item *it = os->items.v[i];
		for (size_t j = 0; j < it->secs.n; j++)
			if (((const struct input_section *)it->secs.v[j])->flags & SHF_TLS)
				return true;
	}
	return false;
}

static uint64_t own_alignment(struct assigner *a, struct osec *os);

/* The alignment of an output section: its inputs', ALIGN(), SUBALIGN aside. */
static uint64_t section_alignment(struct assigner *a, struct osec *os)
{
	uint64_t al = own_alignment(a, os);
	/*
	 * GNU ld (_bfd_elf_tls_setup) gives the first TLS output section the
	 * largest alignment of the run of TLS sections starting there, so
	 * that the TLS segment starts aligned.
	 */
	if (!holds_tls(os))
		return al;
	struct ptrvec *v = &a->l->osecs;
	size_t i = 0;
	while (i < v->n && (((struct osec *)v->v[i])->discard || !holds_tls(v->v[i])))
		i++;
	if (i == v->n || v->v[i] != os)
		return al;
	for (i++; i < v->n; i++) {
		struct osec *o = v->v[i];
		if (o->discard)
			continue;
		if (!holds_tls(o))
			break;
		uint64_t x = own_alignment(a, o);
		if (x > al)
			al = x;
	}
	return al;
}

/*
 * The alignment of the (empty) sections BFD's x86 back end makes, as an
 * output section of their name shows it: the GOTs and the dynamic
 * relocations word-aligned, .iplt not at all while empty.
 */
static uint64_t backend_alignment(const struct link *l, const char *name, uint64_t dflt)
{
	static const char *const words[] = { ".got", ".got.plt", ".igot.plt", ".rela.dyn", ".rel.dyn",
					     ".rela.got", ".rel.got", ".rela.iplt", ".rel.iplt" };
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(name, words[i]) == 0)
			return l->arch->is64 ? 8 : 4;
	return dflt;
}

/* The same, from the section alone. */
static uint64_t own_alignment(struct assigner *a, struct osec *os)
{
	uint64_t al = 1;
	for (size_t i = 0; i < os->items.n; i++) {
		struct osec_item *it = os->items.v[i];
		for (size_t j = 0; j < it->secs.n; j++) {
			struct input_section *s = it->secs.v[j];
			uint64_t sa = s->align;
			if (os->stmt && os->stmt->u.osec.subalign)
				sa = 1;
			if (sa > al)
				al = sa;
		}
	}
	if (os->stmt && os->stmt->u.osec.subalign) {
		uint64_t sa = eval_abs(a, os->stmt->u.osec.subalign, 1);
		if (sa > al)
			al = sa;
	}
	if (os->stmt && os->stmt->u.osec.align) {
		uint64_t x = eval_abs(a, os->stmt->u.osec.align, 1);
		if (x > al)
			al = x;
	}
	return al;
}

/* The BFD flags (RF_*) GNU ld's output section has from its inputs, before it is placed. */
static unsigned section_bfd_flags(const struct osec *os)
{
	unsigned f = 0;
	bool any = false, readonly = true;
	for (size_t i = 0; i < os->items.n; i++) {
		const struct osec_item *it = os->items.v[i];
		if (it->kind == IT_DATA)
			f |= RF_ALLOC | RF_LOAD;
		for (size_t j = 0; j < it->secs.n; j++) {
			const struct input_section *s = it->secs.v[j];
			if (s->merge_excluded)
				continue;
			any = true;
			if (s->flags & SHF_WRITE)
				readonly = false;
			if (s->flags & SHF_ALLOC) {
				f |= RF_ALLOC;
				if (s->type != SHT_NOBITS)
					f |= RF_LOAD;
			}
			if (s->flags & SHF_EXECINSTR)
				f |= RF_CODE;
			else if ((s->flags & SHF_ALLOC) && s->type != SHT_NOBITS)
				f |= RF_DATA;
			if (s->flags & SHF_TLS)
				f |= RF_TLS;
		}
	}
	if (any && readonly)
		f |= RF_READONLY;
	return f;
}

/*
 * The region GNU ld's lang_memory_default() gives a section with neither an
 * address nor `>region`: the first MEMORY region whose attributes it has
 * and none it refuses (an allocated-only section counts as data).  NULL:
 * its default region (the whole address space).
 */
static struct region *region_by_attrs(struct assigner *a, unsigned f)
{
	if ((f & (RF_ALLOC | RF_READONLY | RF_CODE)) == RF_ALLOC)
		f |= RF_DATA;
	for (size_t i = 0; i < a->regions.n; i++) {
		struct region *r = a->regions.v[i];
		if (!r->alias_of && (r->flags & f) && !(r->not_flags & f))
			return r;
	}
	return NULL;
}

/* A message about regions, printed once the layout is final (report_region_notes()). */
static void region_note(struct assigner *a, enum region_note_kind kind, const char *fmt, ...)
	KLINK_PRINTF(3, 4);
static void region_note(struct assigner *a, enum region_note_kind kind, const char *fmt, ...)
{
	va_list ap;
	struct region_note *n = xcalloc(1, sizeof *n);
	va_start(ap, fmt);
	if (vasprintf(&n->text, fmt, ap) < 0)
		fatal(a->ctx, "out of memory");
	va_end(ap);
	n->kind = kind;
	vec_push(&a->l->region_notes, n);
}

/*
 * GNU ld's os_region_check: the region's next free address CUR after a
 * section (based at BASE) must lie within it; a section given its own
 * address is named with that address each time, else the region's first
 * overflow is.
 */
static void region_check(struct assigner *a, const struct osec *os, struct region *r,
			 bool own_addr, uint64_t base)
{
	uint64_t cur = r->cursor;
	if (!((cur < r->origin || cur - r->origin > r->length) &&
	      (cur != r->origin + r->length || base == 0)))
		return;
	const char *out = a->ctx->opt.output ? a->ctx->opt.output : "a.out";
	if (own_addr) {
		region_note(a, RN_ERROR_EVERY_PASS, "address 0x%llx of %s section `%s' is not within region `%s'",
			    (unsigned long long)cur, out, os->name, r->name);
	} else if (!r->full_reported) {
		r->full_reported = true;
		region_note(a, RN_ERROR, "%s section `%s' will not fit in region `%s'", out, os->name, r->name);
	}
}

static void place_section(struct assigner *a, struct lstep *step)
{
	struct osec *os = step->os;
	const struct output_section *d = os->stmt && os->stmt->kind == ST_OUTSECT ? &os->stmt->u.osec : NULL;
	struct link *l = a->l;

	/* GNU ld: a kept allocated section becomes the current one for `.`;
	   a removed one leaves an earlier assignment to `.` looking ahead */
	if (!os->removed && !os->discard && (os->flags & SHF_ALLOC))
		a->prefer_next = false;
	if (os->discard)
		return;

	uint64_t align = section_alignment(a, os);
	os->align = align;
	uint64_t dot_before = a->dot;

	/* VMA */
	uint64_t vma;
	bool has_addr = false;
	struct region *reg = NULL;
	if (d && d->region)
		reg = find_region(a, d->region);
	uint64_t start_start = 0;
	bool was_removed = os->removed && !step->overlay;
	const struct section_start *ss = section_start_for(a, os->name);
	bool own_addr = ss || step->overlay || (d && d->addr);
	/* GNU ld: AT>region alone is the run-time region too */
	if (!reg && !own_addr && d && d->lma_region)
		reg = find_region(a, d->lma_region);
	unsigned bflags = section_bfd_flags(os);
	if (!reg && !own_addr && !was_removed && a->regions.n && (bflags & (RF_ALLOC | RF_LOAD))) {
		reg = region_by_attrs(a, bflags);
		/* IGNORE_SECTION: not allocated, or .tbss */
		bool ignored = !(bflags & RF_ALLOC) || ((bflags & RF_TLS) && !(bflags & RF_LOAD));
		if (!reg && !ignored && a->final) {
			if (a->ctx->opt.check_sections)
				region_note(a, RN_FATAL, "error: no memory region specified for loadable section `%s'",
					    os->name);
			else
				region_note(a, RN_WARNING, "no memory region specified for loadable section `%s'",
					    os->name);
		}
	}
	if (was_removed) {
		/* GNU ld drops empty sections before placing anything: they take no
		   room, their address is not evaluated; what they define is at `.` */
		vma = a->dot;
		has_addr = true;
	} else if (ss) {
		vma = ss->addr;			/* -Ttext/-Tdata/-Tbss, --section-start */
		has_addr = true;
		(void)start_start;
	} else if (step->overlay) {
		const struct overlay *ov = &step->overlay->u.overlay;
		if (step->overlay_first) {
			if (ov->addr) {
				a->env.cur_sec = NULL;
				a->env.dot.val = a->dot;
				a->env.dot.sec = NULL;
				vma = eval_abs(a, ov->addr, a->dot);
			} else {
				vma = align_up(a->dot, align);
			}
			l->overlay_base = vma;
			l->overlay_max = 0;
			l->overlay_lma = ov->lma ? eval_abs(a, ov->lma, vma) : vma;
		} else {
			vma = l->overlay_base;
		}
		has_addr = true;
	} else if (d && d->addr) {
		a->env.cur_sec = NULL;
		a->env.dot.val = a->dot;
		a->env.dot.sec = NULL;
		vma = eval_abs(a, d->addr, a->dot);
		has_addr = true;
	} else if (reg) {
		vma = align_up(reg->cursor, align);
	} else if (os->orphan && !(os->orphan_flags & SHF_ALLOC)) {
		vma = 0;		/* GNU ld gives non-allocated orphans address 0 */
		has_addr = true;
	} else {
		vma = align_up(a->free_dot, align);
	}
	set_changed(a, &os->vma, vma);

	/* the contents */
	uint64_t sdot = vma;
	uint64_t subalign = 0;
	if (d && d->subalign)
		subalign = eval_abs(a, d->subalign, 1);
	os->has_contents = false;
	bool dot_advanced = false, keep_dot = false, keep_input = false;
	for (size_t i = 0; i < os->items.n; i++) {
		struct osec_item *it = os->items.v[i];
		switch (it->kind) {
		case IT_INPUT:
			for (size_t j = 0; j < it->secs.n; j++) {
				struct input_section *s = it->secs.v[j];
				if (s->keep)
					keep_input = true;
				if (s->merge_excluded)
					continue;
				/* a dropped section has no room: its empty inputs are not aligned */
				if (!was_removed || s->size)
					sdot = align_up(sdot, subalign ? subalign : s->align);
				set_changed(a, &s->offset, sdot - vma);
				sdot += s->size;
				/* with --emit-relocs GNU ld keeps even empty input sections */
				if (s->size || a->ctx->opt.emit_relocs)
					os->has_contents = true;
			}
			break;
		case IT_ASSIGN: {
			const struct stmt *st = it->stmt;
			const struct assignment *as = &st->u.assign;
			if (strcmp(as->name, ".") != 0 && provide_skipped(a, st))
				break;
			a->env.cur_sec = (struct output_sect_ref *)os;
			a->env.dot.val = sdot - vma;
			a->env.dot.sec = (struct output_sect_ref *)os;
			a->env.dot_valid = true;
			struct eval_result r;
			if (!eval(a, full_rhs(as, st), &r))
				break;
			uint64_t v;
			if (r.number)
				v = vma + r.v.val;
			else
				v = value_abs(&a->env, r.v);
			if (strcmp(as->name, ".") == 0) {
				if (v > sdot)
					dot_advanced = true;
				if (!keeps_nothing(a, as, st, v - vma))
					keep_dot = true;
				if (v < sdot && a->final)
					error_plain(a->ctx, "%s:%s:%d cannot move location counter backwards (from %016llx to %016llx)",
						    a->ctx->prog, st->loc.file, st->loc.line, (unsigned long long)sdot,
						    (unsigned long long)v);
				if (v >= sdot)
					sdot = v;
				it->moves_dot = true;
				it->offset = sdot - vma;
			} else {
				define_script_symbol(a, st, os, &r, v);
			}
			break;
		}
		case IT_DATA: {
			struct eval_result r;
			a->env.cur_sec = (struct output_sect_ref *)os;
			a->env.dot.val = sdot - vma;
			a->env.dot.sec = (struct output_sect_ref *)os;
			if (eval(a, it->stmt->u.data.value, &r))
				it->data_value = r.number ? r.v.val : value_abs(&a->env, r.v);
			it->offset = sdot - vma;
			unsigned size = it->stmt->u.data.size == DK_SQUAD ? 8 : it->stmt->u.data.size;
			sdot += size;
			os->has_contents = true;
			break;
		}
		case IT_ASSERT:
			a->env.cur_sec = (struct output_sect_ref *)os;
			a->env.dot.val = sdot - vma;
			a->env.dot.sec = (struct output_sect_ref *)os;
			do_assert(a, it->stmt);
			break;
		default:
			break;
		}
	}
	uint64_t size = sdot - vma;
	set_changed(a, &os->size, size);

	bool removed = size == 0 && !os->has_contents && !os->keep_empty && !keep_dot && !keep_input;
	for (size_t i = 0; i < os->items.n && removed; i++) {
		struct osec_item *it = os->items.v[i];
		if (it->kind == IT_DATA)
			removed = false;
	}
	if (os->removed != removed) {
		os->removed = removed;
		a->changed = true;
	}

	/*
	 * Type and flags, the way BFD builds them.  A section named like an ELF
	 * special section starts with its type and flags (.data: PROGBITS,
	 * WA); the first input section replaces them.  The section is
	 * read-only while its first input (or a first data command) is and no
	 * writable input follows; data commands make it loaded, `.` moving
	 * forward makes it allocated; inputs add their flags.
	 */
	const struct special_section *sp = special_section(os->name, l->arch);
	uint32_t type = sp ? sp->type : SHT_NULL;
	uint64_t flags = sp ? sp->attr : 0;
	bool created = false, readonly = false, any_input = false, alloc = dot_advanced;
	bool load = false;
	uint64_t inflags = 0, merge = 0;
	bool merge_set = false;
	bool first_nobits = false, changed_to_progbits = false;
	for (size_t i = 0; i < os->items.n; i++) {
		struct osec_item *it = os->items.v[i];
		if (it->kind == IT_ASSIGN && !created) {
			created = true;
			readonly = false;
		}
		if (it->kind == IT_DATA) {
			if (!created) {
				created = true;
				readonly = true;
			}
			alloc = load = true;
		}
		for (size_t j = 0; j < it->secs.n; j++) {
			struct input_section *s = it->secs.v[j];
			bool ro = !(s->flags & SHF_WRITE);
			if (!any_input)
				first_nobits = s->type == SHT_NOBITS;
			else if (first_nobits && s->type != SHT_NOBITS)
				changed_to_progbits = true;
			if (!any_input) {
				readonly = ro;
				flags = 0;	/* the first input replaces special flags and type */
				/* and gives its OS and processor flags (SHF_GNU_RETAIN ...) */
				inflags |= s->flags & ((SHF_MASKOS | SHF_MASKPROC) & ~(uint64_t)SHF_EXCLUDE);
				if (type == SHT_PROGBITS || type == SHT_NOTE || type == SHT_NOBITS)
					type = SHT_NULL;
				if (type == SHT_NULL && s->type != SHT_NOBITS)
					type = s->type;
			} else if (!ro) {
				readonly = false;
			} else if (type != SHT_NULL && s->type != type && s->type != SHT_NOBITS &&
				   type != SHT_INIT_ARRAY && type != SHT_FINI_ARRAY && type != SHT_PREINIT_ARRAY) {
				type = SHT_PROGBITS;
			}
			if (any_input && type == SHT_NULL && s->type != SHT_NOBITS)
				type = s->type;
			any_input = created = true;
			if (s->flags & SHF_ALLOC)
				alloc = true;
			if (s->type != SHT_NOBITS)
				load = true;
			uint64_t m = s->flags & (SHF_MERGE | SHF_STRINGS);
			if (!merge_set) {
				merge = m;
				merge_set = true;
			} else if (m != merge || (m && s->entsize != os->entsize)) {
				merge = 0;
			}
			inflags |= s->flags & (SHF_EXECINSTR | SHF_TLS);
			if (s->entsize && (os->entsize == 0 || os->entsize == s->entsize))
				os->entsize = s->entsize;
		}
	}
	if (d && d->type == OT_NOLOAD) {
		load = false;
		alloc = true;
	} else if (changed_to_progbits && a->final && !os->type_warned) {
		/* BFD typed it from its first input */
		os->type_warned = true;
		warn(a->ctx, "section `%s' type changed to PROGBITS", os->name);
	}
	/*
	 * Whether BFD sizes it as allocated: then `.` moves past it.  A
	 * (COPY)/(INFO)/(DSECT)/(OVERLAY) section is one while it holds an
	 * allocated input section (data commands do not count there); GNU
	 * ld takes the flag off only afterwards.
	 */
	bool sized_alloc = alloc;
	if (d && (d->type == OT_INFO || d->type == OT_COPY || d->type == OT_DSECT || d->type == OT_OVERLAY)) {
		sized_alloc = false;
		for (size_t i = 0; i < os->items.n; i++) {
			const struct osec_item *it = os->items.v[i];
			for (size_t j = 0; j < it->secs.n; j++)
				if (((const struct input_section *)it->secs.v[j])->flags & SHF_ALLOC)
					sized_alloc = true;
		}
		alloc = false;
	}
	if (d && (d->type == OT_READONLY || d->type == OT_READONLY_TYPE))
		readonly = true;
	if (alloc)
		flags |= SHF_ALLOC;
	if (!readonly)
		flags |= SHF_WRITE;
	flags |= inflags | merge;
	if (d && d->type == OT_NOLOAD)
		type = SHT_NOBITS;
	else if (type == SHT_NULL)
		type = alloc && !load ? SHT_NOBITS : SHT_PROGBITS;
	else if (type == SHT_NOBITS && alloc && load)
		type = SHT_PROGBITS;
	if (d && (d->type == OT_TYPE || d->type == OT_READONLY_TYPE) && type != SHT_NOBITS && !any_input) {
		/* TYPE= holds only without input sections: the first one's type wins (BFD) */
		/* the section type names (TYPE = SHT_...) GNU ld's lexer knows there */
		static const struct { const char *name; uint32_t type; } sht[] = {
			{ "SHT_PROGBITS", SHT_PROGBITS }, { "SHT_NOBITS", SHT_NOBITS },
			{ "SHT_NOTE", SHT_NOTE }, { "SHT_INIT_ARRAY", SHT_INIT_ARRAY },
			{ "SHT_FINI_ARRAY", SHT_FINI_ARRAY }, { "SHT_PREINIT_ARRAY", SHT_PREINIT_ARRAY },
		};
		struct eval_result tr;
		bool named = false;
		for (size_t i = 0; i < sizeof sht / sizeof sht[0] && d->type_value->kind == EX_SYM; i++)
			if (strcmp(d->type_value->u.name, sht[i].name) == 0) {
				type = sht[i].type;
				named = true;
			}
		a->env.cur_sec = NULL;
		if (!named && eval(a, d->type_value, &tr))
			type = (uint32_t)tr.v.val;
	}
	if ((type == SHT_INIT_ARRAY || type == SHT_FINI_ARRAY || type == SHT_PREINIT_ARRAY) && !os->entsize)
		os->entsize = l->arch->is64 ? 8 : 4;
	/* -N: GNU ld leaves the output .text writable */
	if (a->ctx->opt.magic == MAGIC_OMAGIC && strcmp(os->name, ".text") == 0 && (flags & SHF_ALLOC)) {
		flags |= SHF_WRITE;
		readonly = false;
	}
	os->type = type;
	os->flags = flags;
	os->bfd_alloc = alloc;
	os->bfd_load = load && !(d && d->type == OT_NOLOAD);
	os->bfd_readonly = readonly;
	os->bfd_code = (inflags & SHF_EXECINSTR) != 0;
	os->bfd_tls = (inflags & SHF_TLS) != 0;

	/* LMA */
	uint64_t lma;
	struct region *lma_region = NULL;	/* another region to check */
	/*
	 * A dropped section's address as GNU ld sizes it: aligned, though `.`
	 * does not move.  One holding only the empty sections BFD's back end
	 * makes (layout.c's stand-ins: no items, but bfd_inputs) is allocated
	 * with their alignment.
	 */
	bool stand_in = removed && os->bfd_inputs && (os->bfd_flags & 1 /* layout.c BF_ALLOC */);
	uint64_t lalign = align;
	if (stand_in)
		lalign = backend_alignment(l, os->name, align);
	uint64_t nvma = was_removed && !step->overlay ? align_up(vma, lalign) : vma;
	bool lalloc = (flags & SHF_ALLOC) || stand_in;
	(void)has_addr;
	/*
	 * The load region: AT>, else the previous output section's when
	 * both have the same >region and this one no AT() (GNU ld).
	 */
	const char *lmr = d ? d->lma_region : NULL;
	if (d && !lmr && !d->lma && d->region && a->prev_region && strcmp(d->region, a->prev_region) == 0)
		lmr = a->prev_lma_region;
	if (d) {
		a->prev_region = d->region;
		a->prev_lma_region = lmr;
	}
	if (step->overlay) {
		lma = l->overlay_lma;
		l->overlay_lma += size;
		if (size > l->overlay_max)
			l->overlay_max = size;
	} else if (d && d->lma) {
		a->env.cur_sec = NULL;
		a->env.dot.val = a->dot;
		a->env.dot.sec = NULL;
		lma = eval_abs(a, d->lma, vma);
	} else if (lmr) {
		struct region *lr = find_region(a, lmr);
		/* the region's next address, aligned only by an explicit ALIGN();
		   in the run-time region itself, as the VMA was */
		lma = vma;
		if (lr && lr != reg)
			lma = d && d->align ? align_up(lr->cursor, eval_abs(a, d->align, 1)) : lr->cursor;
		/* ALIGN_WITH_INPUT: the LMA moves as aligning moved the VMA */
		if (lr && lr != reg && d && d->align_with_input && !has_addr && !ss)
			lma += vma - (reg ? reg->cursor : a->free_dot);
		if (lr)
			lr->cursor = lma + (type == SHT_NOBITS ? 0 : size);
		if (lr && lr != reg && a->final && !removed && (flags & SHF_ALLOC) && type != SHT_NOBITS)
			lma_region = lr;
	} else if (lalloc && a->last_alloc) {
		/*
		 * The VMA-LMA difference of the previous section, also under an
		 * explicit address; where `.` went back below the previous
		 * section, the LMA is the VMA (GNU ld warns "dot moved backwards"
		 * then, when that section had LMA != VMA).
		 */
		if (nvma < a->last_vma && size && nvma + size <= a->last_vma) {
			lma = nvma;
		} else {
			lma = nvma + a->last_lma - a->last_vma;
			/* an explicit ALIGN() aligns the LMA, and an orphan's alignment */
			if (d && d->align)
				lma = align_up(lma, eval_abs(a, d->align, 1));
			else if (os->orphan)
				lma = align_up(lma, lalign);
		}
	} else {
		lma = nvma;
	}
	if (!lalloc)
		lma = vma;
	set_changed(a, &os->lma, lma);

	/*
	 * The LMA of what follows keeps to the last section but .tbss (GNU
	 * ld).  A section dropped for being empty still counts when it had
	 * input sections (GNU ld sizes it, at its aligned address, before it
	 * drops it): unless it had some size, only if it ends at or past the
	 * previous one's start.
	 */
	bool had_inputs = stand_in;
	for (size_t i = 0; i < os->items.n && removed && !had_inputs; i++)
		had_inputs = ((struct osec_item *)os->items.v[i])->secs.n != 0;
	if ((removed ? had_inputs && lalloc : alloc) && !lmr &&
	    !(type == SHT_NOBITS && (flags & SHF_TLS)) &&
	    (size || (a->last_alloc ? nvma + size >= a->last_vma : nvma != lma))) {
		a->last_alloc = os;
		a->last_vma = nvma;
		a->last_lma = lma;
	}
	if (removed) {
		/* `.` does not move past a section that is dropped */
		a->dot = dot_before;
		return;
	}

	/* the regions must hold it (checked once the layout is final) */
	if (reg && (flags & SHF_ALLOC) && !step->overlay) {
		reg->cursor = vma + size;
		if (a->final)
			region_check(a, os, reg, own_addr, vma);
	}
	if (lma_region)
		region_check(a, os, lma_region, false, lma);

	/* where `.` is afterwards */
	if (step->overlay) {
		if (step->overlay_last)
			a->dot = l->overlay_base + l->overlay_max;
	} else if (reg) {
		reg->cursor = vma + size;
		a->dot = vma + size;
	} else if (os->type == SHT_NOBITS && (os->flags & SHF_TLS)) {
		a->dot = vma;		/* GNU ld: .tbss takes no address space */
	} else {
		a->dot = vma + size;
	}
	/* what is not allocated, whatever its address, leaves the next section where it was */
	if (sized_alloc || !os->stmt || step->overlay)
		a->free_dot = a->dot;
}

/* ------------------------------------------------------------ steps */

static void add_step(struct assigner *a, const struct stmt *st, struct osec *os)
{
	struct lstep *s = xcalloc(1, sizeof *s);
	s->stmt = st;
	s->os = os;
	vec_push(&a->steps, s);
}

/* Orphans layout.c inserted right after output section index K. */
/* The output section of an output section statement (a repeated name: the first one's). */
static struct osec *osec_for_stmt(struct link *l, const struct stmt *st)
{
	if (strcmp(st->u.osec.name, "/DISCARD/") != 0)
		return strmap_get(&l->osec_names, st->u.osec.name);
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *o = l->osecs.v[i];
		if (o->stmt == st)
			return o;
	}
	return NULL;
}

static void build_steps(struct assigner *a)
{
	struct link *l = a->l;

	/* the statement list of layout.c: SECTIONS statements with the orphans among them */
	for (size_t k = 0; k < l->layout_order.n; k++) {
		const struct layout_node *ln = l->layout_order.v[k];
		const struct stmt *st = ln->stmt;
		if (!st) {
			if (!ln->os->in_steps) {
				ln->os->in_steps = true;
				add_step(a, NULL, ln->os);
			}
			continue;
		}
		if (st->kind == ST_OUTSECT) {
			struct osec *os = osec_for_stmt(l, st);
			if (os && !os->in_steps) {
				os->in_steps = true;
				add_step(a, NULL, os);
			}
		} else if (st->kind == ST_OVERLAY) {
			size_t first = a->steps.n;
			for (size_t i = 0; i < l->osecs.n; i++) {
				struct osec *o = l->osecs.v[i];
				if (o->overlay == &st->u.overlay) {
					o->in_steps = true;
					add_step(a, NULL, o);
					struct lstep *s = a->steps.v[a->steps.n - 1];
					s->overlay = st;
				}
			}
			if (a->steps.n > first) {
				((struct lstep *)a->steps.v[first])->overlay_first = true;
				((struct lstep *)a->steps.v[a->steps.n - 1])->overlay_last = true;
			}
		} else if (st->kind == ST_ASSIGN || st->kind == ST_ASSERT) {
			add_step(a, st, NULL);
		}
	}
	/* output sections not reached by the walk (other scripts' SECTIONS) */
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (!os->in_steps)
			add_step(a, NULL, os);
	}
	for (size_t i = 0; i < l->osecs.n; i++)
		((struct osec *)l->osecs.v[i])->in_steps = false;	/* built again next time */
	/* sections the script places after its `_end` (GNU ld's after_end) */
	bool seen_end = false;
	for (size_t k = 0; k < a->steps.n; k++) {
		struct lstep *st = a->steps.v[k];
		if (st->os) {
			st->after_end = seen_end;
		} else if (st->stmt->kind == ST_ASSIGN) {
			const char *p = st->stmt->u.assign.name;
			while (*p == '_')
				p++;
			if (strcmp(p, "end") == 0)
				seen_end = true;
		}
	}
	/* the layout order of output sections is the walk's order */
	struct ptrvec order = { 0 };
	for (size_t k = 0; k < a->steps.n; k++) {
		struct lstep *s = a->steps.v[k];
		if (s->os)
			vec_push(&order, s->os);
	}
	l->osecs = order;
}

/* MEMORY attributes: r w x a i/l, and `!' turning the letters after it into refusals. */
static void region_attrs(struct assigner *a, struct region *r, const char *attrs)
{
	bool invert = false;
	for (const char *p = attrs ? attrs : ""; *p; p++) {
		unsigned f = 0;
		switch (*p) {
		case '!': invert = !invert; continue;
		case 'a': case 'A': f = RF_ALLOC; break;
		case 'r': case 'R': f = RF_READONLY; break;
		case 'w': case 'W': f = RF_DATA; break;
		case 'x': case 'X': f = RF_CODE; break;
		case 'i': case 'I': case 'l': case 'L': f = RF_LOAD; break;
		default:
			fatal(a->ctx, "invalid character %c (%d) in flags", *p, *p);
		}
		if (invert)
			r->not_flags |= f;
		else
			r->flags |= f;
	}
}

static void build_regions(struct assigner *a)
{
	for (size_t i = 0; i < a->ctx->nscripts; i++)
		for (const struct stmt *st = a->ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_MEMORY)
				for (const struct mem_region *m = st->u.regions; m; m = m->next) {
					struct region *r = xcalloc(1, sizeof *r);
					r->decl = m;
					r->name = m->name;
					region_attrs(a, r, m->attrs);
					vec_push(&a->regions, r);
				}
	for (size_t i = 0; i < a->ctx->nscripts; i++)
		for (const struct stmt *st = a->ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_REGION_ALIAS) {
				struct region *r = find_region(a, st->u.alias.region);
				if (!r) {
					error(a->ctx, "%s:%d: REGION_ALIAS %s: unknown memory region `%s'",
					      st->loc.file, st->loc.line, st->u.alias.alias,
					      st->u.alias.region);
					continue;
				}
				struct region *al = xcalloc(1, sizeof *al);
				al->alias_of = r;
				al->decl = r->decl;
				al->name = st->u.alias.alias;
				vec_push(&a->regions, al);
			}
}

static void reset_regions(struct assigner *a)
{
	for (size_t i = 0; i < a->regions.n; i++) {
		struct region *r = a->regions.v[i];
		if (r->alias_of)
			continue;
		a->env.cur_sec = NULL;
		a->env.dot_valid = false;
		r->origin = eval_abs(a, r->decl->origin, 0);
		r->length = eval_abs(a, r->decl->length, 0);
		r->cursor = r->lma_cursor = r->origin;
		r->last = NULL;
	}
	/* aliases share their region's cursor: re-point them by name */
}

static void one_pass(struct assigner *a)
{
	a->changed = false;
	a->dot = a->free_dot = 0;
	a->last_alloc = NULL;
	a->prev_region = a->prev_lma_region = NULL;
	a->prefer_next = false;
	a->found_end = false;
	reset_regions(a);
	for (size_t i = 0; i < a->l->symtab.order.n; i++) {
		struct symbol *s = a->l->symtab.order.v[i];
		s->defined_in_script_pass = false;
	}
	for (a->cur_step = 0; a->cur_step < a->steps.n; a->cur_step++) {
		struct lstep *st = a->steps.v[a->cur_step];
		if (st->os) {
			place_section(a, st);
			continue;
		}
		if (st->stmt->kind == ST_ASSIGN) {
			top_assign(a, st->stmt);
		} else if (st->stmt->kind == ST_ASSERT) {
			struct osec *sfd = section_for_dot(a);
			a->env.cur_sec = NULL;
			a->env.dot.val = sfd ? a->dot - sfd->vma : a->dot;
			a->env.dot.sec = (struct output_sect_ref *)sfd;
			do_assert(a, st->stmt);
		}
	}
}

/* Top-level assignments outside SECTIONS and --defsym: before the layout. */
static void global_assignments(struct assigner *a)
{
	a->env.cur_sec = NULL;
	a->env.dot.val = 0;
	a->env.dot.sec = NULL;
	a->env.dot_valid = false;
	for (size_t i = 0; i < a->ctx->nscripts; i++)
		for (const struct stmt *st = a->ctx->scripts[i]->stmts; st; st = st->next) {
			if (st->kind == ST_ASSIGN) {
				struct eval_result r;
				if (provide_skipped(a, st))
					continue;
				if (strcmp(st->u.assign.name, ".") == 0) {
					eval(a, st->u.assign.value, &r);	/* `. = ASSERT(...)` */
					continue;
				}
				if (eval(a, full_rhs(&st->u.assign, st), &r))
					define_script_symbol(a, st, NULL, &r, value_abs(&a->env, r.v));
			} else if (st->kind == ST_ASSERT) {
				do_assert(a, st);
			}
		}
	for (const struct stmt *st = a->ctx->defsyms; st; st = st->next) {
		struct eval_result r;
		if (eval(a, st->u.assign.value, &r))
			define_script_symbol(a, st, NULL, &r, value_abs(&a->env, r.v));
	}
}

static bool expr_calls(const struct expr *e, enum builtin fn)
{
	if (!e)
		return false;
	switch (e->kind) {
	case EX_UNARY:
		return expr_calls(e->u.un.a, fn);
	case EX_BINARY:
		return expr_calls(e->u.bin.a, fn) || expr_calls(e->u.bin.b, fn);
	case EX_COND:
		return expr_calls(e->u.cond.c, fn) || expr_calls(e->u.cond.a, fn) ||
		       expr_calls(e->u.cond.b, fn);
	case EX_CALL:
		return e->u.call.fn == fn || expr_calls(e->u.call.a, fn) || expr_calls(e->u.call.b, fn);
	default:
		return false;
	}
}

/*
 * GNU ld keeps -z relro only when some non-empty allocated input section
 * lies between the DATA_SEGMENT_ALIGN and DATA_SEGMENT_RELRO_END
 * statements (none at all without them, as in most -T scripts).
 */
static bool relro_has_sections(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	bool inside = false;

	/* the statement list: a second statement of a name (ONLY_IF_RW twins of
	   the built-in script) has its own patterns, which GNU ld matches again */
	for (size_t k = 0; k < l->layout_order.n; k++) {
		const struct layout_node *ln = l->layout_order.v[k];
		const struct stmt *st = ln->stmt;
		if (st && (st->kind == ST_ASSIGN)) {
			const struct expr *v = st->u.assign.value;
			if (!inside && expr_calls(v, FN_DATA_SEGMENT_ALIGN))
				inside = true;
			else if (inside && expr_calls(v, FN_DATA_SEGMENT_RELRO_END))
				break;
			continue;
		}
		if (!inside)
			continue;
		struct osec *os = st ? (st->kind == ST_OUTSECT ? osec_for_stmt(l, st) : NULL) : ln->os;
		if (!os || os->discard)
			continue;
		if (st && os->stmt != st) {
			for (const struct stmt *b = st->u.osec.body; b; b = b->next)
				if (b->kind == ST_INPUT_SECTION && rule_matches_placed(ctx, b))
					return true;
			continue;
		}
		for (size_t i = 0; i < os->items.n; i++) {
			const struct osec_item *it = os->items.v[i];
			for (size_t j = 0; j < it->secs.n; j++) {
				const struct input_section *is = it->secs.v[j];
				if (!is->discarded && is->size && (is->flags & SHF_ALLOC))
					return true;
			}
		}
	}
	return false;
}

/* Lay out until nothing changes, each pass starting the DATA_SEGMENT machine in PHASE. */
static void settle(struct assigner *a, enum ds_phase phase)
{
	const int max_passes = 20;
	int n;

	for (n = 0; n < max_passes; n++, a->pass++) {
		a->ds.phase = phase;
		global_assignments(a);
		one_pass(a);
		if (!a->changed && n > 0)
			break;
	}
	if (n == max_passes)
		error(a->ctx, "address assignment did not converge after %d passes (a layout that depends on itself?)",
		      max_passes);
}

/*
 * -z relro: where the data segment must start for the relro part to end on
 * a page boundary (each relro section moved up as far as its alignment
 * allows, from the last one back).  Returns the relro end wanted.
 */
static uint64_t relro_adjust(struct assigner *a)
{
	struct dataseg *ds = &a->ds;
	uint64_t relro_end = align_up(ds->relro_end, ds->relropage);
	uint64_t desired = relro_end - ds->relro_offset;
	uint64_t limit = ds->relro_end - ds->relro_offset;

	for (size_t i = a->l->osecs.n; i-- > 0;) {
		struct osec *os = a->l->osecs.v[i];
		if (!alloc_kept(os) || os->vma < ds->base || os->vma >= limit)
			continue;
		/* .tbss takes no address space here either */
		bool tbss = (os->flags & SHF_TLS) && os->type == SHT_NOBITS;
		uint64_t start = os->vma + (desired - (os->vma + (tbss ? 0 : os->size)));
		start &= ~((os->align ? os->align : 1) - 1);
		desired = start;
	}
	ds->phase = DS_RELRO_ADJUST;
	ds->base = desired;
	return relro_end;
}

/* Without relro: can the data segment start one page lower and still end in the same page? */
static bool saves_a_page(struct dataseg *ds)
{
	uint64_t cp = ds->commonpage;
	uint64_t first = -ds->base & (cp - 1);
	uint64_t last = ds->end & (cp - 1);

	return first && last && (ds->base & ~(cp - 1)) != (ds->end & ~(cp - 1)) &&
	       first + last <= cp;
}

/* Whether -z relro stays in effect (before SIZEOF_HEADERS is estimated). */
void decide_relro(struct ctx *ctx)
{
	struct link *l = &ctx->link;

	l->relro = ctx->opt.z.relro != TRI_NO && l->arch->target != TARGET_ARM &&
		   ctx->opt.type != LINK_RELOCATABLE && relro_has_sections(ctx);
}

void assign_addresses(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct assigner *a = xcalloc(1, sizeof *a);
	a->ctx = ctx;
	a->l = l;
	a->env.ops = &ops;
	a->env.ctx = a;
	a->env.maxpagesize = l->script_maxpage;
	a->env.commonpagesize = l->commonpage;
	a->env.addr_bits = l->arch->is64 ? 64 : 32;
	a->env.prog = ctx->prog;

	build_regions(a);
	build_steps(a);

	l->relro_start = l->relro_end = 0;
	settle(a, DS_NONE);
	if (a->ds.phase == DS_END_SEEN) {
		struct dataseg *ds = &a->ds;
		if (l->relro && ds->relro_end) {
			uint64_t initial_base = ds->base;
			uint64_t want_end = relro_adjust(a);
			settle(a, DS_RELRO_ADJUST);
			/* assignments that grew the padding: back to the first base */
			if (ds->relro_end > want_end) {
				ds->base = initial_base;
				settle(a, DS_RELRO_ADJUST);
			}
		} else if (saves_a_page(ds)) {
			settle(a, DS_ADJUST);
		} else {
			ds->phase = DS_DONE;
		}
		l->relro_start = ds->base;
		l->relro_end = ds->relro_end;
	} else {
		a->ds.phase = DS_DONE;
	}
	/* the final pass reports what is wrong */
	enum ds_phase keep = a->ds.phase;
	a->final = true;
	l->region_notes.n = 0;
	global_assignments(a);
	one_pass(a);
	a->ds.phase = keep;
	/* the regions that did not hold their sections, for check_section_addresses() */
	l->region_overflows.n = 0;
	for (size_t i = 0; i < a->regions.n; i++) {
		struct region *r = a->regions.v[i];
		if (r->alias_of || !r->full_reported)
			continue;
		struct region_overflow *o = xcalloc(1, sizeof *o);
		o->name = r->name;
		o->over = r->cursor - (r->origin + r->length);
		vec_push(&l->region_overflows, o);
	}
	/*
	 * A symbol given an absolute value from `.` at the top level of SECTIONS
	 * was absolute for every expression; now it becomes relative to the
	 * section GNU ld's section_for_dot() picked (its address is unchanged).
	 */
	for (size_t i = 0; i < l->symtab.order.n; i++) {
		struct symbol *s = l->symtab.order.v[i];
		if (s->kind == SK_SCRIPT && !s->osec && s->final_osec) {
			s->value -= s->final_osec->vma;
			s->osec = s->final_osec;
		}
	}
	l->assign_state = a;
}

/*
 * GNU ld checks the regions each time it sizes the sections: once, and
 * again for each new try after the program headers turned out another
 * size.  A section outside the region it was given an address in is named
 * every time; the rest is said in the first pass only.  "no memory region
 * specified" stops the link unless --no-check-sections.
 */
void report_region_notes(struct ctx *ctx, int passes)
{
	struct link *l = &ctx->link;
	for (int pass = 0; pass < passes; pass++)
		for (size_t i = 0; i < l->region_notes.n; i++) {
			const struct region_note *n = l->region_notes.v[i];
			if (pass > 0 && n->kind != RN_ERROR_EVERY_PASS)
				continue;
			switch (n->kind) {
			case RN_WARNING:
				warn(ctx, "%s", n->text);
				break;
			case RN_FATAL:
				fatal(ctx, "%s", n->text);
			default:
				message(ctx, "%s", n->text);
				l->deferred_errors++;
				break;
			}
		}
}

/*
 * For the map: a top-level `.` assignment evaluated again with `.` at DOT,
 * as GNU ld does while it prints (DATA_SEGMENT_* as in its final phase).
 */
bool map_eval(struct ctx *ctx, const struct stmt *st, uint64_t dot, uint64_t *out)
{
	struct assigner *a = ctx->link.assign_state;
	if (!a)
		return false;
	struct dataseg keep = a->ds;
	bool final = a->final;
	a->final = false;
	a->ds.phase = DS_DONE;
	a->env.cur_sec = NULL;
	a->env.dot.val = dot;
	a->env.dot.sec = NULL;
	a->env.dot_valid = true;
	struct eval_result r;
	bool ok = eval(a, full_rhs(&st->u.assign, st), &r);
	if (ok)
		*out = value_abs(&a->env, r.v);
	a->ds = keep;
	a->final = final;
	return ok;
}

/* A size as --print-memory-usage shows it: in the largest unit that divides it. */
static void print_usage_size(FILE *out, uint64_t sz)
{
	if ((sz & 0x3fffffff) == 0)
		fprintf(out, "%10llu GB", (unsigned long long)(sz >> 30));
	else if ((sz & 0xfffff) == 0)
		fprintf(out, "%10llu MB", (unsigned long long)(sz >> 20));
	else if ((sz & 0x3ff) == 0)
		fprintf(out, "%10llu KB", (unsigned long long)(sz >> 10));
	else
		fprintf(out, " %10llu B", (unsigned long long)sz);	/* B lines up with KB */
}

/* --print-memory-usage: GNU ld's table of the MEMORY regions, on stdout. */
void print_memory_usage(struct ctx *ctx)
{
	struct assigner *a = ctx->link.assign_state;
	FILE *out = ctx->out ? ctx->out : stdout;

	if (!ctx->opt.print_memory_usage || !a)
		return;
	fputs("Memory region         Used Size  Region Size  %age Used\n", out);
	for (size_t i = 0; i < a->regions.n; i++) {
		const struct region *r = a->regions.v[i];
		if (r->alias_of)
			continue;
		uint64_t used = r->cursor - r->origin;
		fprintf(out, "%16s: ", r->name);
		print_usage_size(out, used);
		print_usage_size(out, r->length);
		if (r->length)
			fprintf(out, "    %6.2f%%", (double)used * 100.0 / (double)r->length);
		fputc('\n', out);
	}
}

bool map_region(struct ctx *ctx, const char *name, uint64_t *origin, uint64_t *length)
{
	struct assigner *a = ctx->link.assign_state;
	return a && ev_region(a, name, origin, length);
}
