/*
 * linkersyms.c - symbols GNU ld defines itself when the inputs refer to
 * them and nothing else defines them:
 *
 *   __start_SEC, __stop_SEC   for SEC a C identifier: the start and end of
 *                             the output section SEC.  Like GNU ld 2.40 they
 *                             are taken up before --gc-sections from the
 *                             input sections named SEC (a reference keeps
 *                             all of them), get protected visibility (the
 *                             -z start-stop-visibility default), and stay
 *                             undefined when no output section is named SEC.
 *   __ehdr_start              the ELF header, when a PT_LOAD maps it: hidden
 *                             (a local in the output), relative to the first
 *                             section of that segment.  When no segment loads
 *                             the headers it stays undefined.
 *
 * No hash entries are created here: only symbols the inputs (or -u) made are
 * defined, so the .symtab order is not touched.
 * (etext, edata, end, __executable_start ... come from the default script.)
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

/* A section name __start_/__stop_ symbols can be made for. */
bool c_identifier(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

/* "SEC" of "__start_SEC" / "__stop_SEC", or NULL. */
static const char *start_stop_section(const char *name)
{
	if (strncmp(name, "__start_", 8) == 0)
		return name + 8;
	if (strncmp(name, "__stop_", 7) == 0)
		return name + 7;
	return NULL;
}

static bool wanted(const struct symbol *s)
{
	return s->kind == SK_UNDEF && s->referenced && !s->local && !s->script_assigned;
}

/*
 * _TLS_MODULE_BASE_ (gcc's TLS descriptors for local-dynamic code): GNU ld's
 * x86 back end makes it, when something refers to it and there is TLS, a
 * local TLS symbol at the thread pointer - the TLS segment's aligned end.
 */
static struct symbol *tls_module_base(struct ctx *ctx)
{
	struct symbol *s = sym_lookup(ctx, "_TLS_MODULE_BASE_");
	return s && (s->kind == SK_UNDEF || s->tls_module_base) ? s : NULL;
}

static void define_tls_module_base(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct symbol *s = tls_module_base(ctx);
	if (!s || !wanted(s) || (l->arch->target != TARGET_X86_64 && l->arch->target != TARGET_I386))
		return;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *is = f->sections[i];
			if (!is || is->discarded || !(is->flags & SHF_TLS) || !(is->flags & SHF_ALLOC))
				continue;
			sym_note_created(ctx, s);
			s->kind = SK_DEFINED;
			s->sec = is;		/* placed for real by finish_linker_symbols() */
			s->value = 0;
			s->type = STT_TLS;
			s->file = is->file;
			s->hidden_by_script = true;	/* linker-made and local */
			s->tls_module_base = true;
			return;
		}
	}
}

/* Its place: the first input of the first TLS output section, at the thread pointer. */
static void place_tls_module_base(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct symbol *s = tls_module_base(ctx);
	uint64_t start, tp;
	if (!s || !s->tls_module_base || !tls_segment(ctx, &start, &tp))
		return;
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard || !(os->flags & SHF_ALLOC) || !(os->flags & SHF_TLS))
			continue;
		for (size_t k = 0; k < os->items.n; k++) {
			const struct osec_item *it = os->items.v[k];
			if (it->secs.n) {
				struct input_section *is = it->secs.v[0];
				s->sec = is;
				s->value = tp - (os->vma + is->offset);
				return;
			}
		}
	}
}

void define_start_stop(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct strmap first = { 0 };	/* section name -> its first input section */
	bool any = false;

	define_tls_module_base(ctx);

	for (size_t i = 0; i < l->symtab.order.n && !any; i++) {
		struct symbol *s = l->symtab.order.v[i];
		any = wanted(s) && start_stop_section(s->name);
	}
	if (!any)
		return;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (s && s->index && c_identifier(s->name))
				strmap_put(&first, s->name, s);
		}
	}
	for (size_t i = 0; i < l->symtab.order.n; i++) {
		struct symbol *s = l->symtab.order.v[i];
		const char *sec = start_stop_section(s->name);
		if (!sec || !wanted(s) || !c_identifier(sec))
			continue;
		struct input_section *is = strmap_get(&first, sec);
		if (!is)
			continue;
		s->start_stop_sec = is;
		s->script_assigned = true;	/* defined at link time (GOT relaxation may go direct) */
		if (s->visibility == STV_DEFAULT)
			s->visibility = STV_PROTECTED;
	}
	free(first.keys);
	free(first.vals);
}

void place_start_stop(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	for (size_t i = 0; i < l->symtab.order.n; i++) {
		struct symbol *s = l->symtab.order.v[i];
		if (!s->start_stop_sec || s->kind != SK_UNDEF)
			continue;
		struct osec *os = osec_find(ctx, start_stop_section(s->name));
		if (!os || os->discard)
			continue;	/* stays undefined, as in GNU ld */
		s->kind = SK_SCRIPT;
		s->osec = os;
		s->value = 0;
		s->provide_pending = false;
	}
}

static void define_ehdr_start(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct symbol *s = sym_lookup(ctx, "__ehdr_start");
	if (!s || !wanted(s))
		return;
	layout_segments_quiet(ctx);
	const struct segment *seg = NULL;
	for (size_t i = 0; i < l->segments.n && !seg; i++) {
		const struct segment *m = l->segments.v[i];
		if (m->type == PT_LOAD && m->includes_filehdr)
			seg = m;
	}
	if (!seg)
		return;		/* the headers are not loaded: undefined */
	struct osec *os = NULL;
	for (size_t i = 0; i < seg->sections.n && !os; i++) {
		struct osec *c = seg->sections.v[i];
		if (!c->removed && !c->discard)
			os = c;
	}
	for (size_t i = 0; i < l->osecs.n && !os; i++) {
		struct osec *c = l->osecs.v[i];
		if (!c->removed && !c->discard && (c->flags & SHF_ALLOC) && !(c->flags & SHF_TLS))
			os = c;
	}
	s->kind = SK_SCRIPT;
	s->osec = os;
	s->value = os ? seg->vaddr - os->vma : seg->vaddr;
	s->hidden_by_script = true;	/* hidden: a local of the output */
}

void finish_linker_symbols(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	for (size_t i = 0; i < l->symtab.order.n; i++) {
		struct symbol *s = l->symtab.order.v[i];
		if (s->start_stop_sec && s->kind == SK_SCRIPT && s->osec && strncmp(s->name, "__stop_", 7) == 0)
			s->value = s->osec->size;
	}
	define_ehdr_start(ctx);
	place_tls_module_base(ctx);
}
