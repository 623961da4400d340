/*
 * gc.c - --gc-sections: drop the input sections nothing reaches.
 *
 * Runs after symbol resolution and before scan_relocs/map_sections, where
 * GNU ld runs its section garbage collection (before it checks
 * relocations and maps input sections to output sections), so dropped
 * sections get no GOT slots and make no orphan output sections.
 *
 * Roots, as GNU ld 2.40 has them for an executable:
 *   - the sections defining the entry symbol (-e, else a script's ENTRY;
 *     there is no "_start" default at this point), the -u, EXTERN and
 *     --require-defined symbols;
 *   - every input section a KEEP() statement names;
 *   - SHT_NOTE sections outside groups and without a linked-to section;
 *   - sections the linker made itself (.got, .got.plt, build-id; a file's
 *     COMMON is not one: it goes when none of its symbols is referred to);
 *   - with --gc-keep-exported, sections defining exported globals.
 * From a marked section the mark follows its relocations (a reference to
 * __start_SEC/__stop_SEC marks every input section named SEC), its group
 * mates and the sections linked to it.  Then, per file that keeps some
 * allocated non-note section, its non-allocated sections without
 * relocations and its debug sections are kept too.  Everything else is
 * dropped, and --print-gc-sections names the non-empty ones.
 *
 * Each section is marked once and each relocation is looked at once
 * (worklist), so the pass is linear in sections + relocations.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

struct gc {
	struct ctx *ctx;
	struct ptrvec work;		/* marked, relocations not yet followed */
	struct strmap by_name;		/* C-identifier section name -> struct ptrvec * */
	struct strmap aliases;		/* script symbol -> the expression assigned to it */
};

static void mark(struct gc *g, struct input_section *s)
{
	/* (a duplicate COMDAT member is still a section to GNU ld's collector) */
	if (!s || s->gc_mark || (s->discarded && !(s->group_dropped && !(s->flags & SHF_EXCLUDE))))
		return;
	s->gc_mark = true;
	vec_push(&g->work, s);
}

/* Made by the linker (.got, build-id ...): always kept.  A file's COMMON is not. */
static bool linker_made(const struct input_section *s)
{
	return s->index == 0 && strcmp(s->name, "COMMON") != 0;
}


/* Script assignments, so that a reference to `a' where the script says `a = b' reaches b. */
static void note_aliases(struct gc *g, const struct stmt *st)
{
	for (; st; st = st->next) {
		switch (st->kind) {
		case ST_ASSIGN:
			if (strcmp(st->u.assign.name, ".") != 0 && st->u.assign.op == AS_SET)
				strmap_put(&g->aliases, st->u.assign.name, st->u.assign.value);
			break;
		case ST_SECTIONS:
			note_aliases(g, st->u.block);
			break;
		case ST_OUTSECT:
			note_aliases(g, st->u.osec.body);
			break;
		case ST_OVERLAY:
			note_aliases(g, st->u.overlay.sections);
			break;
		default:
			break;
		}
	}
}

/*
 * The symbol `a = b' makes `a' stand for.  Only a plain name counts: GNU ld
 * gives `b + 4' no input section when it collects (checked with ld.bfd 2.40).
 */
static const char *alias_target(const struct expr *e)
{
	return e && e->kind == EX_SYM ? e->u.name : NULL;
}

/* Mark what symbol S stands for. */
static void mark_symbol(struct gc *g, struct symbol *s, int depth)
{
	if (!s)
		return;
	switch (s->kind) {
	case SK_DEFINED:
		mark(g, s->sec);
		return;
	case SK_COMMON:
		mark(g, g->ctx->link.common_sec);
		return;
	case SK_UNDEF:
	case SK_SCRIPT:
		break;
	default:
		return;
	}
	if (s->start_stop_sec) {
		/* every input section of that name */
		struct ptrvec *v = strmap_get(&g->by_name, s->start_stop_sec->name);
		for (size_t i = 0; v && i < v->n; i++)
			mark(g, v->v[i]);
		return;
	}
	if (s->local || depth > 16)
		return;
	const struct expr *e = strmap_get(&g->aliases, s->name);
	const char *to = alias_target(e);
	if (to && strcmp(to, s->name) != 0)
		mark_symbol(g, sym_lookup(g->ctx, to), depth + 1);
}

static void mark_named(struct gc *g, const char *name)
{
	if (name)
		mark_symbol(g, sym_lookup(g->ctx, name), 0);
}

/* The entry symbol as GNU ld knows it when it collects: -e, else a script's ENTRY. */
static const char *entry_name(struct ctx *ctx)
{
	if (ctx->opt.entry)
		return ctx->opt.entry;
	const char *name = NULL;	/* the last ENTRY wins */
	for (size_t i = 0; i < ctx->nscripts; i++)
		for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_ENTRY)
				name = st->u.name;
	if (!name && ctx->link.layout_script)
		for (const struct stmt *st = ctx->link.layout_script->stmts; st; st = st->next)
			if (st->kind == ST_ENTRY)
				name = st->u.name;
	return name;
}

static void mark_roots(struct gc *g)
{
	struct ctx *ctx = g->ctx;
	struct link *l = &ctx->link;

	mark_named(g, entry_name(ctx));
	for (size_t i = 0; i < ctx->opt.undefined.n; i++)
		mark_named(g, ctx->opt.undefined.v[i]);
	for (size_t i = 0; i < ctx->opt.require_defined.n; i++)
		mark_named(g, ctx->opt.require_defined.v[i]);
	for (size_t i = 0; i < ctx->nscripts; i++)
		for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_EXTERN)
				for (const struct namelist *n = st->u.names; n; n = n->next)
					mark_named(g, n->name);

	struct ptrvec keep = { 0 };
	find_keep_sections(ctx, &keep);
	for (size_t i = 0; i < keep.n; i++)
		mark(g, keep.v[i]);
	free(keep.v);

	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s)
				continue;
			if (linker_made(s))
				mark(g, s);
			else if (s->type == SHT_NOTE && !(s->flags & (SHF_GROUP | SHF_LINK_ORDER)))
				mark(g, s);
		}
	}

	if (ctx->opt.gc_keep_exported)
		for (size_t i = 0; i < l->symtab.order.n; i++) {
			struct symbol *s = l->symtab.order.v[i];
			if (s->kind == SK_DEFINED && s->visibility != STV_HIDDEN &&
			    s->visibility != STV_INTERNAL)
				mark(g, s->sec);
		}
}

static bool is_eh_frame(const struct input_section *s)
{
	return strcmp(s->name, ".eh_frame") == 0;
}

/* Follow the relocations of S; its group mates go too. */
static void follow(struct gc *g, struct input_section *s)
{
	for (struct input_section *m = s->group_next; m && m != s; m = m->group_next)
		mark(g, m);
	/*
	 * GNU ld does not keep code because .eh_frame refers to it (it marks
	 * the FDEs of the code it keeps instead).
	 */
	if (is_eh_frame(s))
		return;
	for (size_t i = 0; i < s->nrelocs; i++) {
		const struct reloc *r = &s->relocs[i];
		if (r->sym == 0 || r->sym >= s->file->nsyms)
			continue;
		struct symbol *sym = s->file->syms[r->sym];
		if (!sym)
			continue;
		if (sym->local)
			mark(g, sym->kind == SK_DEFINED ? sym->sec : NULL);
		else
			mark_symbol(g, sym, 0);
	}
}

static void drain(struct gc *g)
{
	while (g->work.n) {
		struct input_section *s = g->work.v[--g->work.n];
		follow(g, s);
	}
}

/* Sections linked to a kept one (SHF_LINK_ORDER) are kept with it. */
static bool mark_linked(struct gc *g)
{
	struct link *l = &g->ctx->link;
	bool any = false;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->gc_mark || s->discarded || !(s->flags & SHF_LINK_ORDER))
				continue;
			if (s->link < f->nsections && f->sections[s->link] && f->sections[s->link]->gc_mark) {
				mark(g, s);
				any = true;
			}
		}
	}
	return any;
}

static bool is_debug(const struct input_section *s)
{
	static const char *const prefixes[] = { ".debug", ".zdebug", ".gnu.linkonce.wi.", ".line",
						".stab", NULL };
	if (s->flags & SHF_ALLOC)
		return false;
	for (int i = 0; prefixes[i]; i++)
		if (strncmp(s->name, prefixes[i], strlen(prefixes[i])) == 0)
			return true;
	return false;
}

/* A file that keeps some allocated section keeps its debug and other non-allocated sections. */
static void mark_extra(struct gc *g)
{
	struct link *l = &g->ctx->link;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		bool some_kept = false;
		for (size_t i = 0; i < f->nsections && !some_kept; i++) {
			struct input_section *s = f->sections[i];
			some_kept = s && !linker_made(s) && s->gc_mark && (s->flags & SHF_ALLOC) &&
				    s->type != SHT_NOTE;
		}
		if (!some_kept)
			continue;
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->gc_mark || s->discarded || (s->flags & (SHF_GROUP | SHF_LINK_ORDER)))
				continue;
			if (is_debug(s) || (!(s->flags & SHF_ALLOC) && !s->nrelocs))
				s->gc_mark = true;	/* kept as is: their relocations are not followed */
		}
	}
}

/* GNU ld names a group member "NAME[SIGNATURE]" */
static void removing(struct ctx *ctx, const char *name, const struct section_group *grp,
		     const struct input_file *f)
{
	if (grp)
		message(ctx, "removing unused section '%s[%s]' in file '%s'", name, grp->signature,
			f->display);
	else
		message(ctx, "removing unused section '%s' in file '%s'", name, f->display);
}

/*
 * Drop what is not marked.  A group section (not placed itself) goes with
 * its first member, and is named in its place among the file's sections.
 */
static void sweep_file(struct ctx *ctx, struct input_file *f)
{
	bool print = ctx->opt.print_gc_sections;
	struct section_group **groups = NULL;

	if (print)
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || !s->group || s->group->first != s || s->group->shndx >= f->nsections)
				continue;
			if (!groups)
				groups = xcalloc(f->nsections, sizeof *groups);
			groups[s->group->shndx] = s->group;
		}
	for (size_t i = 0; i < f->nsections; i++) {
		struct input_section *s = f->sections[i];
		if (!s) {
			const struct section_group *grp = groups ? groups[i] : NULL;
			const struct input_section *first = grp ? grp->first : NULL;
			if (first && !first->gc_mark && !(first->flags & SHF_EXCLUDE))
				removing(ctx, grp->name, NULL, f);
			continue;
		}
		/* duplicate COMDAT groups are still there for GNU ld's collector: named too */
		if (s->gc_mark || (s->discarded && !(s->group_dropped && !(s->flags & SHF_EXCLUDE))))
			continue;
		s->discarded = true;
		if (print && s->size)
			removing(ctx, s->name, s->group, f);
	}
	free(groups);
}

void gc_sections(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct gc g = { .ctx = ctx };

	if (!ctx->opt.gc_sections || ctx->opt.type == LINK_RELOCATABLE)
		return;

	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->discarded || !c_identifier(s->name))
				continue;
			struct ptrvec *v = strmap_get(&g.by_name, s->name);
			if (!v)
				v = strmap_put(&g.by_name, s->name, xcalloc(1, sizeof *v));
			vec_push(v, s);
		}
	}
	note_aliases(&g, ctx->defsyms);
	for (size_t i = 0; i < ctx->nscripts; i++)
		note_aliases(&g, ctx->scripts[i]->stmts);
	if (l->layout_script)
		note_aliases(&g, l->layout_script->stmts);

	mark_roots(&g);
	drain(&g);
	while (mark_linked(&g))
		drain(&g);
	mark_extra(&g);

	/* the sweep, file by file in section order (the order of the messages) */
	for (size_t fi = 0; fi < l->files.n; fi++)
		sweep_file(ctx, l->files.v[fi]);
	free(g.work.v);
}
