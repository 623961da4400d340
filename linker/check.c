/*
 * check.c - GNU ld's checks of a finished layout, with its messages:
 *
 *  - check_section_addresses(): allocated output sections must not wrap
 *    around the address space, nor overlap in their load addresses (nor in
 *    their run-time addresses, unless two start at the same address: then
 *    GNU ld takes them for overlays); then by how much each MEMORY region
 *    that could not hold its sections overflowed.  --no-check-sections
 *    turns all of it off.
 *  - check_nocrossrefs(): NOCROSSREFS(a b ...) forbids any relocation in a
 *    section placed in one listed output section from referring to a symbol
 *    defined in another; NOCROSSREFS_TO(t a b ...) forbids only references
 *    to symbols of t; OVERLAY ... NOCROSSREFS lists the overlay's sections.
 *    Global symbols are checked in the order of GNU ld's cross-reference
 *    hash table, the files referring to each newest first; then the local
 *    and section symbols of each file, in load order.
 *
 * Both are GNU ld's "%X" errors: reported, the link goes on, and no output
 * is written at the end (link.deferred_errors, counted in write_output()).
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

/* ------------------------------------------------------------ section addresses */

struct checked {
	struct osec *os;
	bool warned;
};

static int by_lma(const void *a, const void *b)
{
	const struct osec *x = ((const struct checked *)a)->os, *y = ((const struct checked *)b)->os;
	if (x->lma != y->lma)
		return x->lma < y->lma ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int by_vma(const void *a, const void *b)
{
	const struct osec *x = ((const struct checked *)a)->os, *y = ((const struct checked *)b)->os;
	if (x->vma != y->vma)
		return x->vma < y->vma ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static bool kept(const struct osec *os)
{
	return !os->removed && !os->discard && !os->reloc_for;
}

void check_section_addresses(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	if (!ctx->opt.check_sections)
		return;
	bool is64 = l->arch->is64;
	uint64_t mask = is64 ? ~(uint64_t)0 : 0xffffffffu;
	int w = is64 ? 16 : 8;

	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (!kept(os) || !(os->flags & SHF_ALLOC))
			continue;
		uint64_t end = (os->vma + os->size) & mask;
		if (end && end < (os->vma & mask)) {
			message(ctx, "section %s VMA wraps around address space", os->name);
			l->deferred_errors++;
			continue;
		}
		end = (os->lma + os->size) & mask;
		if (end && end < (os->lma & mask)) {
			message(ctx, "section %s LMA wraps around address space", os->name);
			l->deferred_errors++;
		}
	}

	/* allocated sections with a size, but .tbss */
	struct checked *v = xcalloc(l->osecs.n + 1, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (!kept(os) || !(os->flags & SHF_ALLOC) || !os->size ||
		    ((os->flags & SHF_TLS) && os->type == SHT_NOBITS))
			continue;
		v[n++].os = os;
	}
	if (n > 1) {
		/* load addresses of what is loaded never overlap, overlays or not */
		if (n > 1)
			qsort(v, n, sizeof *v, by_lma);
		const struct osec *p = NULL;
		uint64_t ps = 0, pe = 0;
		for (size_t i = 0; i < n; i++) {
			const struct osec *s = v[i].os;
			if (s->type == SHT_NOBITS)
				continue;
			uint64_t ss = s->lma, se = s->lma + s->size - 1;
			if (p && (ss <= pe || pe < ps)) {
				message(ctx, "section %s LMA [%0*llx,%0*llx] overlaps section %s LMA [%0*llx,%0*llx]",
					s->name, w, (unsigned long long)ss, w, (unsigned long long)se, p->name, w,
					(unsigned long long)ps, w, (unsigned long long)pe);
				l->deferred_errors++;
				v[i].warned = true;
			}
			p = s;
			ps = ss;
			pe = se;
		}
		/* two sections at the same address: overlays, whose addresses may overlap */
		if (n > 1)
			qsort(v, n, sizeof *v, by_vma);
		bool overlays = false;
		for (size_t i = 1; i < n && !overlays; i++)
			overlays = v[i].os->vma == v[i - 1].os->vma;
		p = NULL;
		for (size_t i = 0; i < n && !overlays; i++) {
			const struct osec *s = v[i].os;
			uint64_t ss = s->vma, se = s->vma + s->size - 1;
			if (p && !v[i].warned && (ss <= pe || pe < ps)) {
				message(ctx, "section %s VMA [%0*llx,%0*llx] overlaps section %s VMA [%0*llx,%0*llx]",
					s->name, w, (unsigned long long)ss, w, (unsigned long long)se, p->name, w,
					(unsigned long long)ps, w, (unsigned long long)pe);
				l->deferred_errors++;
			}
			p = s;
			ps = ss;
			pe = se;
		}
	}
	free(v);

	for (size_t i = 0; i < l->region_overflows.n; i++) {
		const struct region_overflow *o = l->region_overflows.v[i];
		message(ctx, "region `%s' overflowed by %llu byte%s", o->name, (unsigned long long)o->over,
			o->over == 1 ? "" : "s");
		l->deferred_errors++;
	}
}

/* ------------------------------------------------------------ NOCROSSREFS */

struct xref_list {
	struct ptrvec names;		/* output section names (const char *) */
	bool only_first;		/* NOCROSSREFS_TO: only references to names[0] */
	struct xref_list *next;
};

static void add_list(struct xref_list **head, bool only_first, const struct namelist *names,
		     const struct stmt *overlay_secs)
{
	struct xref_list *x = xcalloc(1, sizeof *x);
	x->only_first = only_first;
	for (; names; names = names->next)
		vec_push(&x->names, (void *)names->name);
	for (; overlay_secs; overlay_secs = overlay_secs->next)
		if (overlay_secs->kind == ST_OUTSECT)
			vec_push(&x->names, (void *)overlay_secs->u.osec.name);
	/* GNU ld puts each new list first */
	x->next = *head;
	*head = x;
}

static void collect_lists(struct xref_list **head, const struct stmt *st)
{
	for (; st; st = st->next) {
		if (st->kind == ST_NOCROSSREFS || st->kind == ST_NOCROSSREFS_TO)
			add_list(head, st->kind == ST_NOCROSSREFS_TO, st->u.names, NULL);
		else if (st->kind == ST_SECTIONS)
			collect_lists(head, st->u.block);
		else if (st->kind == ST_OVERLAY && st->u.overlay.nocrossrefs)
			add_list(head, false, NULL, st->u.overlay.sections);
	}
}

static bool listed(const struct xref_list *x, const char *name)
{
	for (size_t i = 0; i < x->names.n; i++)
		if (strcmp(x->names.v[i], name) == 0)
			return true;
	return false;
}

/* The output section an input section went to, or NULL. */
static struct osec *placed_in(const struct input_section *s)
{
	if (!s || s->discarded || !s->out || s->out->discard)
		return NULL;
	return s->out;
}

/*
 * The relocations of file F that refer to a symbol defined in output
 * section DEF: to the global NAME (GLOBAL), or to a local symbol NAME or,
 * NAME being NULL, a section symbol, of input section DEFSEC.  Those in
 * another section of list X are errors.
 */
static void check_refs(struct ctx *ctx, struct input_file *f, const struct xref_list *x,
		       const struct osec *def, const char *name, bool global,
		       const struct input_section *defsec)
{
	for (size_t i = 0; i < f->nsections; i++) {
		struct input_section *s = f->sections[i];
		struct osec *out = placed_in(s);
		if (!out || !s->nrelocs || strcmp(out->name, def->name) == 0 || !listed(x, out->name))
			continue;
		for (size_t k = 0; k < s->nrelocs; k++) {
			const struct reloc *r = &s->relocs[k];
			if (!r->sym || r->sym >= f->nsyms || !f->syms[r->sym])
				continue;
			const struct symbol *sym = f->syms[r->sym];
			const char *symname;
			if (global) {
				if (r->sym < f->first_global || strcmp(sym->name, name) != 0)
					continue;
				symname = sym->name;
			} else {
				if (r->sym >= f->first_global || sym->sec != defsec)
					continue;
				if (name ? sym->is_section_sym || strcmp(sym->name, name) != 0 : !sym->is_section_sym)
					continue;
				symname = sym->is_section_sym ? sym->sec->name : sym->name;
			}
			char *where = reloc_place(ctx, s, r->offset);
			message(ctx, "%s: prohibited cross reference from %s to `%s' in %s", where, out->name,
				symname, def->name);
			free(where);
			ctx->link.deferred_errors++;
		}
	}
}

/* The output section a global symbol is defined in, or NULL. */
static const struct osec *defined_in(const struct symbol *s)
{
	switch (s->kind) {
	case SK_DEFINED:
	case SK_COMMON:
		return placed_in(s->sec);
	case SK_SCRIPT:
		return s->provide_pending ? NULL : s->osec;
	default:
		return NULL;
	}
}

void check_nocrossrefs(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct xref_list *lists = NULL;
	for (size_t i = 0; i < ctx->nscripts; i++)
		collect_lists(&lists, ctx->scripts[i]->stmts);
	if (!lists)
		return;

	struct ptrvec globals = { 0 };
	symtab_bfd_order(ctx, &globals);
	for (size_t g = 0; g < globals.n; g++) {
		const struct symbol *s = globals.v[g];
		const struct osec *def = defined_in(s);
		if (!def)
			continue;
		for (const struct xref_list *x = lists; x; x = x->next)
			for (size_t k = 0; k < x->names.n; k++) {
				if (strcmp(x->names.v[k], def->name) == 0)
					for (size_t fi = l->files.n; fi-- > 0;)
						check_refs(ctx, l->files.v[fi], x, def, s->name, true, NULL);
				if (x->only_first)
					break;
			}
	}
	free(globals.v);

	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 1; i < f->first_global && i < f->nsyms; i++) {
			const struct symbol *s = f->syms[i];
			if (!s || s->type == STT_FILE || s->kind != SK_DEFINED)
				continue;
			const struct osec *def = placed_in(s->sec);
			if (!def)
				continue;
			for (const struct xref_list *x = lists; x; x = x->next)
				for (size_t k = 0; k < x->names.n; k++) {
					if (strcmp(x->names.v[k], def->name) == 0)
						check_refs(ctx, f, x, def, s->is_section_sym ? NULL : s->name, false,
							   s->sec);
					if (x->only_first)
						break;
				}
		}
	}
}
