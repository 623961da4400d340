/*
 * layout.c - map_sections(): which output section each input section goes
 * to.  The SECTIONS rules are tried in script order and the first match wins
 * (GNU ld's rule); within one rule sections keep input order (file, then
 * section index) unless SORT asks otherwise.  Sections no rule names are
 * orphans, placed the way GNU ld places them: after the output section of
 * the same name, else after the last output section of the same kind.
 *
 * Matching is indexed by the literal prefix of each section pattern, so
 * the work is about (input sections x name length), not (sections x rules).
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "klink.h"

/* One input-section statement with what it belongs to. */
struct rule {
	const struct stmt *stmt;	/* ST_INPUT_SECTION */
	struct osec *os;
	struct osec_item *item;
	int index;			/* script order */
};

/* A section pattern of a rule, indexed by its literal prefix. */
struct pat_ref {
	struct rule *rule;
	const struct pattern *pat;	/* NULL: the rule has no section list (file only) */
	struct pat_ref *next;		/* same prefix */
};

struct matcher {
	struct strmap by_prefix;	/* prefix -> struct pat_ref list */
	size_t max_prefix;
	struct ptrvec rules;
};

static bool has_wild(const char *s)
{
	return strpbrk(s, "*?[\\") != NULL;
}

static size_t literal_prefix_len(const char *s)
{
	size_t n = strcspn(s, "*?[\\");
	return n;
}

static bool name_match(const char *pat, const char *name)
{
	if (!has_wild(pat))
		return strcmp(pat, name) == 0;
	return fnmatch(pat, name, 0) == 0;
}

/*
 * File patterns: "archive:member" forms match archive members; a plain
 * pattern matches an object's path or a member's name.
 */
static bool file_match(const char *pat, const struct input_file *f)
{
	const char *colon = strchr(pat, ':');
	if (colon) {
		char *arch = xstrndup(pat, (size_t)(colon - pat));
		const char *mem = colon + 1;
		bool ok;
		if (f->kind != FK_ARCHIVE_MEMBER)
			ok = !*arch && *mem && name_match(mem, f->path);
		else
			ok = (!*arch || name_match(arch, f->archive)) &&
			     (!*mem || name_match(mem, f->member));
		free(arch);
		return ok;
	}
	if (strcmp(pat, "*") == 0)
		return true;
	if (f->kind == FK_ARCHIVE_MEMBER)
		return name_match(pat, f->member);
	return name_match(pat, f->path);
}

static bool excluded(const struct namelist *ex, const struct input_file *f)
{
	for (; ex; ex = ex->next)
		if (file_match(ex->name, f))
			return true;
	return false;
}

static const struct {
	const char *name;
	uint64_t bit;
} shf_names[] = {
	{ "SHF_WRITE", SHF_WRITE }, { "SHF_ALLOC", SHF_ALLOC },
	{ "SHF_EXECINSTR", SHF_EXECINSTR }, { "SHF_MERGE", SHF_MERGE },
	{ "SHF_STRINGS", SHF_STRINGS }, { "SHF_INFO_LINK", SHF_INFO_LINK },
	{ "SHF_LINK_ORDER", SHF_LINK_ORDER }, { "SHF_OS_NONCONFORMING", SHF_OS_NONCONFORMING },
	{ "SHF_GROUP", SHF_GROUP }, { "SHF_TLS", SHF_TLS }, { "SHF_COMPRESSED", SHF_COMPRESSED },
	{ "SHF_EXCLUDE", SHF_EXCLUDE },
};

static bool flags_match(const struct flag_expr *fl, uint64_t flags)
{
	for (; fl; fl = fl->next) {
		uint64_t bit = 0;
		for (size_t i = 0; i < sizeof shf_names / sizeof shf_names[0]; i++)
			if (strcmp(fl->name, shf_names[i].name) == 0)
				bit = shf_names[i].bit;
		if (!bit)
			bit = strtoull(fl->name, NULL, 0);
		bool has = (flags & bit) == bit;
		if (has == fl->negate)
			return false;
	}
	return true;
}

/* Does rule R take input section S (through pattern P, or file-only)? */
static bool rule_takes(const struct rule *r, const struct pattern *p, const struct input_section *s)
{
	const struct input_spec *in = &r->stmt->u.input;
	if (!file_match(in->file->text, s->file))
		return false;
	if (in->file->exclude && excluded(in->file->exclude, s->file))
		return false;
	if (in->flags && !flags_match(in->flags, s->flags))
		return false;
	if (!p)
		return true;
	if (!name_match(p->text, s->name))
		return false;
	if (p->exclude && excluded(p->exclude, s->file))
		return false;
	return true;
}

static void index_pattern(struct matcher *m, struct rule *r, const struct pattern *p)
{
	const char *text = p ? p->text : "";
	size_t n = p ? literal_prefix_len(text) : 0;
	char *key = xstrndup(text, n);
	struct pat_ref *ref = xcalloc(1, sizeof *ref);
	ref->rule = r;
	ref->pat = p;
	struct pat_ref *head = strmap_get(&m->by_prefix, key);
	if (!head) {
		strmap_put(&m->by_prefix, key, ref);
	} else {
		/* keep script order within a bucket */
		while (head->next)
			head = head->next;
		head->next = ref;
	}
	if (n > m->max_prefix)
		m->max_prefix = n;
}

/* The first rule (script order) taking S, or NULL; *PAT gets the pattern. */
static struct rule *find_rule(struct matcher *m, const struct input_section *s,
			      const struct pattern **pat)
{
	struct rule *best = NULL;
	size_t len = strlen(s->name);
	char buf[256];
	char *key = len < sizeof buf ? buf : xmalloc(len + 1);
	for (size_t n = 0; n <= len && n <= m->max_prefix; n++) {
		memcpy(key, s->name, n);
		key[n] = 0;
		for (struct pat_ref *r = strmap_get(&m->by_prefix, key); r; r = r->next) {
			if (best && r->rule->index >= best->index)
				break;	/* buckets are in script order */
			if (rule_takes(r->rule, r->pat, s)) {
				best = r->rule;
				*pat = r->pat;
				break;
			}
		}
	}
	if (key != buf)
		free(key);
	return best;
}

/* ------------------------------------------------------------ output sections */

struct osec *osec_new(struct ctx *ctx, const char *name, const struct stmt *st)
{
	struct osec *os = xcalloc(1, sizeof *os);
	os->name = name;
	os->stmt = st;
	os->order = (int)ctx->link.osecs.n;
	os->type = SHT_NULL;
	os->align = 1;
	os->segment = -1;
	os->discard = strcmp(name, "/DISCARD/") == 0;
	return os;
}

static struct osec_item *item_new(struct osec *os, enum item_kind k, const struct stmt *st)
{
	struct osec_item *it = xcalloc(1, sizeof *it);
	it->kind = k;
	it->stmt = st;
	vec_push(&os->items, it);
	return it;
}

struct osec *osec_find(struct ctx *ctx, const char *name)
{
	for (size_t i = 0; i < ctx->link.osecs.n; i++) {
		struct osec *os = ctx->link.osecs.v[i];
		if (strcmp(os->name, name) == 0)
			return os;
	}
	return NULL;
}

/* Build output sections and their items from the body of one description. */
static void add_body(struct ctx *ctx, struct matcher *m, struct osec *os,
		     const struct stmt *body)
{
	for (const struct stmt *b = body; b; b = b->next) {
		switch (b->kind) {
		case ST_INPUT_SECTION: {
			struct rule *r = xcalloc(1, sizeof *r);
			r->stmt = b;
			r->os = os;
			r->item = item_new(os, IT_INPUT, b);
			r->index = (int)m->rules.n;
			vec_push(&m->rules, r);
			if (b->u.input.file_only)
				index_pattern(m, r, NULL);
			else
				for (const struct pattern *p = b->u.input.sections; p; p = p->next)
					index_pattern(m, r, p);
			break;
		}
		case ST_ASSIGN:
			item_new(os, IT_ASSIGN, b);
			os->has_assignment = true;
			break;
		case ST_DATA:
			item_new(os, IT_DATA, b);
			break;
		case ST_FILL:
			item_new(os, IT_FILL, b);
			break;
		case ST_ASSERT:
			item_new(os, IT_ASSERT, b);
			break;
		default:
			item_new(os, IT_OTHER, b);
			break;
		}
	}
	(void)ctx;
}

/*
 * The layout: a list of "layout statements" in order (output sections and
 * the assignments between them), built from SECTIONS.
 */
static void build_from_sections(struct ctx *ctx, struct matcher *m, const struct stmt *list)
{
	for (const struct stmt *st = list; st; st = st->next) {
		if (st->kind == ST_OUTSECT) {
			struct osec *os = NULL;
			if (strcmp(st->u.osec.name, "/DISCARD/") != 0)
				os = osec_find(ctx, st->u.osec.name);
			bool is_new = !os;
			if (!os) {
				os = osec_new(ctx, st->u.osec.name, st);
				vec_push(&ctx->link.osecs, os);
			}
			add_body(ctx, m, os, st->u.osec.body);
			(void)is_new;
		} else if (st->kind == ST_OVERLAY) {
			for (const struct stmt *c = st->u.overlay.sections; c; c = c->next) {
				struct osec *os = osec_new(ctx, c->u.osec.name, c);
				os->overlay = &st->u.overlay;
				vec_push(&ctx->link.osecs, os);
				add_body(ctx, m, os, c->u.osec.body);
			}
		}
	}
}

/* ------------------------------------------------------------ sorting */

static uint64_t init_priority(const char *name)
{
	const char *dot = strrchr(name, '.');
	if (!dot || !dot[1])
		return 65535;
	char *end;
	unsigned long v = strtoul(dot + 1, &end, 10);
	if (*end)
		return 65535;
	if (strncmp(name, ".ctors", 6) == 0 || strncmp(name, ".dtors", 6) == 0)
		return 65535 - v;
	return v;
}

struct sort_ent {
	struct input_section *s;
	size_t pos;
};

static int cmp_sections(const void *a, const void *b, void *arg)
{
	const struct sort_ent *x = a, *y = b;
	int c = 0;
	switch (*(const enum sort_kind *)arg) {
	case SORT_BY_NAME:
		c = strcmp(x->s->name, y->s->name);
		break;
	case SORT_BY_ALIGNMENT:
		c = x->s->align > y->s->align ? -1 : x->s->align < y->s->align ? 1 : 0;
		break;
	case SORT_BY_INIT_PRIORITY: {
		uint64_t p = init_priority(x->s->name), q = init_priority(y->s->name);
		c = p < q ? -1 : p > q ? 1 : 0;
		break;
	}
	default:
		break;
	}
	if (c)
		return c;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static void sort_item(struct osec_item *it, enum sort_kind k1, enum sort_kind k2)
{
	size_t n = it->secs.n;
	struct sort_ent *e = xcalloc(n ? n : 1, sizeof *e);
	for (size_t i = 0; i < n; i++) {
		e[i].s = it->secs.v[i];
		e[i].pos = i;
	}
	/* nested sorts: sort by the inner key, then stably by the outer one */
	if (k2 && k2 != SORT_NONE) {
		qsort_r(e, n, sizeof *e, cmp_sections, &k2);
		for (size_t i = 0; i < n; i++)
			e[i].pos = i;
	}
	qsort_r(e, n, sizeof *e, cmp_sections, &k1);
	for (size_t i = 0; i < n; i++)
		it->secs.v[i] = e[i].s;
	free(e);
}

/* ------------------------------------------------------------ orphans */

enum orphan_class { OC_TEXT, OC_RODATA, OC_TDATA, OC_DATA, OC_BSS, OC_NOTE, OC_NONALLOC };

static enum orphan_class classify(uint32_t type, uint64_t flags)
{
	if (!(flags & SHF_ALLOC))
		return OC_NONALLOC;
	if (flags & SHF_TLS)
		return OC_TDATA;
	if (type == SHT_NOBITS)
		return OC_BSS;
	if (type == SHT_NOTE)
		return OC_NOTE;
	if (flags & SHF_EXECINSTR)
		return OC_TEXT;
	if (!(flags & SHF_WRITE))
		return OC_RODATA;
	return OC_DATA;
}

/* Output section flags/type from what it holds (before address assignment). */
static void osec_kind(struct osec *os, uint32_t *type, uint64_t *flags)
{
	*type = SHT_NULL;
	*flags = 0;
	for (size_t i = 0; i < os->items.n; i++) {
		struct osec_item *it = os->items.v[i];
		if (it->kind == IT_DATA) {
			*flags |= SHF_ALLOC | SHF_WRITE;
			*type = SHT_PROGBITS;
		}
		for (size_t j = 0; j < it->secs.n; j++) {
			struct input_section *s = it->secs.v[j];
			*flags |= s->flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_TLS);
			if (*type == SHT_NULL || (*type == SHT_NOBITS && s->type != SHT_NOBITS))
				*type = s->type;
		}
	}
}

static const char *const class_anchor[] = {
	[OC_TEXT] = ".text", [OC_RODATA] = ".rodata", [OC_TDATA] = ".tdata",
	[OC_DATA] = ".data", [OC_BSS] = ".bss", [OC_NOTE] = ".interp", [OC_NONALLOC] = NULL,
};

/* Position (index in osecs) after which an orphan of class C goes. */
static long orphan_anchor(struct ctx *ctx, enum orphan_class c)
{
	struct ptrvec *v = &ctx->link.osecs;
	if (c == OC_NONALLOC)
		return (long)v->n - 1;
	/* the named anchor section first */
	for (long i = (long)v->n - 1; i >= 0; i--) {
		struct osec *os = v->v[i];
		if (class_anchor[c] && strcmp(os->name, class_anchor[c]) == 0)
			return i;
	}
	/* else the last output section holding the same kind of sections */
	for (long i = (long)v->n - 1; i >= 0; i--) {
		struct osec *os = v->v[i];
		uint32_t t;
		uint64_t f;
		if (os->discard)
			continue;
		osec_kind(os, &t, &f);
		if (t == SHT_NULL)
			continue;
		enum orphan_class oc = classify(t, f);
		if (oc == c || (c == OC_NOTE && oc == OC_RODATA))
			return i;
	}
	/* readonly data and notes fall back to after code, bss to after data */
	if (c == OC_RODATA || c == OC_NOTE)
		return orphan_anchor(ctx, OC_TEXT);
	if (c == OC_BSS || c == OC_TDATA)
		return orphan_anchor(ctx, OC_DATA);
	if (c == OC_DATA) {
		long r = orphan_anchor(ctx, OC_RODATA);
		return r;
	}
	/* nothing alike: after the last allocated section */
	for (long i = (long)v->n - 1; i >= 0; i--) {
		struct osec *os = v->v[i];
		uint32_t t;
		uint64_t f;
		osec_kind(os, &t, &f);
		if (f & SHF_ALLOC)
			return i;
	}
	return (long)v->n - 1;
}

static void place_orphan(struct ctx *ctx, struct input_section *s, struct ptrvec *last_orphan_after)
{
	struct link *l = &ctx->link;
	const char *name = strcmp(s->name, "COMMON") == 0 ? ".bss" : s->name;
	enum orphan_mode mode = ctx->opt.orphan_handling;

	if (mode == ORPHAN_DISCARD) {
		s->discarded = true;
		return;
	}
	struct osec *os = osec_find(ctx, name);
	if (mode == ORPHAN_WARN || mode == ORPHAN_ERROR) {
		const char *fmt = "%s: orphan section `%s' from `%s' being placed in section `%s'";
		if (mode == ORPHAN_WARN)
			warn(ctx, fmt + 4, s->name, s->file->display, name);
		else
			error(ctx, fmt + 4, s->name, s->file->display, name);
	}
	if (!os) {
		os = osec_new(ctx, name, NULL);
		os->orphan = true;
		os->orphan_flags = s->flags;
		enum orphan_class c = classify(s->type, s->flags);
		long at = orphan_anchor(ctx, c);
		/* after the orphans already placed behind the same anchor */
		struct osec *anchor = at >= 0 ? l->osecs.v[at] : NULL;
		for (size_t i = 0; i < last_orphan_after->n; i += 2)
			if (last_orphan_after->v[i] == anchor) {
				struct osec *prev = last_orphan_after->v[i + 1];
				for (size_t k = 0; k < l->osecs.n; k++)
					if (l->osecs.v[k] == prev)
						at = (long)k;
			}
		vec_push(&l->osecs, NULL);
		memmove(&l->osecs.v[at + 2], &l->osecs.v[at + 1],
			(l->osecs.n - (size_t)at - 2) * sizeof(void *));
		l->osecs.v[at + 1] = os;
		bool found = false;
		for (size_t i = 0; i < last_orphan_after->n; i += 2)
			if (last_orphan_after->v[i] == anchor) {
				last_orphan_after->v[i + 1] = os;
				found = true;
			}
		if (!found) {
			vec_push(last_orphan_after, anchor);
			vec_push(last_orphan_after, os);
		}
	}
	struct osec_item *it = NULL;
	if (os->items.n) {
		struct osec_item *lastit = os->items.v[os->items.n - 1];
		if (lastit->kind == IT_INPUT && lastit->stmt == NULL)
			it = lastit;
	}
	if (!it)
		it = item_new(os, IT_INPUT, NULL);
	vec_push(&it->secs, s);
	s->out = os;
	s->rule = NULL;
}

/* ------------------------------------------------------------ the pass */

/* Input sections that are never placed in an executable. */
static bool skip_input(struct ctx *ctx, const struct input_section *s)
{
	if (s->discarded)
		return true;
	if (ctx->opt.strip == STRIP_DEBUG || ctx->opt.strip == STRIP_ALL) {
		if (!(s->flags & SHF_ALLOC) &&
		    (strncmp(s->name, ".debug", 6) == 0 || strncmp(s->name, ".zdebug", 7) == 0 ||
		     strncmp(s->name, ".gnu.debuglink", 14) == 0 || strncmp(s->name, ".line", 5) == 0 ||
		     strncmp(s->name, ".stab", 5) == 0))
			return true;
	}
	return false;
}

void map_sections(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct matcher m = { 0 };
	struct ptrvec orphan_after = { 0 };

	for (const struct stmt *st = l->layout_script ? l->layout_script->stmts : NULL; st; st = st->next)
		if (st->kind == ST_SECTIONS)
			build_from_sections(ctx, &m, st->u.block);
	for (size_t i = 0; i < ctx->nscripts; i++)
		if (ctx->scripts[i] != l->layout_script)
			for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
				if (st->kind == ST_SECTIONS)
					build_from_sections(ctx, &m, st->u.block);

	struct ptrvec orphans = { 0 };
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || skip_input(ctx, s))
				continue;
			const struct pattern *p = NULL;
			struct rule *r = find_rule(&m, s, &p);
			if (!r) {
				vec_push(&orphans, s);
				continue;
			}
			s->rule = r->stmt;
			s->keep = r->stmt->u.input.keep;
			if (r->os->discard) {
				s->discarded = true;
				s->out = NULL;
				continue;
			}
			s->out = r->os;
			vec_push(&r->item->secs, s);
		}
	}

	/* SORT_* and --sort-section */
	for (size_t i = 0; i < m.rules.n; i++) {
		struct rule *r = m.rules.v[i];
		const struct input_spec *in = &r->stmt->u.input;
		enum sort_kind k1 = SORT_NONE_GIVEN, k2 = SORT_NONE_GIVEN;
		for (const struct pattern *p = in->sections; p; p = p->next)
			if (p->sort && !k1) {
				k1 = p->sort;
				k2 = p->sort2;
			}
		if (!k1 && ctx->opt.sort_section != SORT_SECTION_NONE && !in->file_only)
			k1 = ctx->opt.sort_section == SORT_SECTION_NAME ? SORT_BY_NAME : SORT_BY_ALIGNMENT;
		else if (k1 && !k2 && ctx->opt.sort_section != SORT_SECTION_NONE && k1 != SORT_NONE) {
			/* --sort-section nests inside an explicit sort of the other kind */
			enum sort_kind o = ctx->opt.sort_section == SORT_SECTION_NAME ? SORT_BY_NAME
										      : SORT_BY_ALIGNMENT;
			if (o != k1)
				k2 = o;
		}
		if (k1 && k1 != SORT_NONE && r->item->secs.n > 1)
			sort_item(r->item, k1, k2);
	}

	for (size_t i = 0; i < orphans.n; i++)
		place_orphan(ctx, orphans.v[i], &orphan_after);
}

/* ------------------------------------------------------------ the default layout */

/* default-scripts.c (generated from script-parser/default-*.lds) */
struct default_script {
	const char *name;
	const char *text;
};
extern const struct default_script klink_default_scripts[];

/* Does every @TAG@ in front of LINE hold?  Sets *REST to the text after the tags. */
static bool tags_hold(const char *line, const char **rest, const bool *val, const char *const *names)
{
	const char *p = line;
	while (*p == '@') {
		const char *q = strchr(p + 1, '@');
		if (!q)
			break;
		size_t n = (size_t)(q - p - 1);
		bool known = false;
		for (int i = 0; names[i]; i++)
			if (strlen(names[i]) == n && strncmp(p + 1, names[i], n) == 0) {
				known = true;
				if (!val[i])
					return false;
			}
		if (!known)
			return false;
		p = q + 1;
	}
	*rest = p;
	return true;
}

/*
 * The built-in script for the target and options: the template
 * script-parser/default-x86.lds with its @TAG@ lines chosen and %NAME%
 * words filled in (see the template's header).
 */
struct script *default_script_for(struct ctx *ctx)
{
	const struct arch *a = ctx->link.arch;
	const char *tmpl = NULL;
	for (const struct default_script *d = klink_default_scripts; d->name; d++)
		if (strcmp(d->name, "x86") == 0 && (a->target == TARGET_X86_64 || a->target == TARGET_I386))
			tmpl = d->text;
	if (!tmpl)
		fatal(ctx, "no built-in linker script for %s; use -T", a->emulation);

	bool is64 = a->is64;
	bool paged = ctx->opt.magic == MAGIC_DEMAND_PAGED;
	bool omagic = ctx->opt.magic == MAGIC_OMAGIC;
	bool sep = ctx->link.separate_code;
	bool now = ctx->opt.z.now == TRI_YES && ctx->opt.z.relro != TRI_NO;
	static const char *const names[] = { "64", "32", "SEP", "NOSEP", "PAGED", "NOPAGED", "COMB",
					     "SPLIT", "LAZY", "NOW", NULL };
	bool val[] = { is64, !is64, sep, !sep, !omagic, omagic, paged, !paged, !now, now };
	char text_start[32];
	snprintf(text_start, sizeof text_start, "0x%llx", (unsigned long long)a->text_start);
	const char *subst[][2] = {
		{ "%TEXT%", text_start }, { "%RELA%", a->rela ? "rela" : "rel" },
		{ "%GOTPLT%", is64 ? "24" : "12" }, { "%WORD%", is64 ? "64" : "32" },
	};

	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	for (const char *line = tmpl; *line;) {
		const char *eol = strchr(line, '\n');
		size_t n = eol ? (size_t)(eol - line) : strlen(line);
		char *l = xstrndup(line, n);
		const char *rest;
		if (tags_hold(l, &rest, val, names)) {
			for (const char *p = rest; *p;) {
				bool done = false;
				for (size_t k = 0; k < sizeof subst / sizeof subst[0]; k++)
					if (strncmp(p, subst[k][0], strlen(subst[k][0])) == 0) {
						fputs(subst[k][1], f);
						p += strlen(subst[k][0]);
						done = true;
						break;
					}
				if (!done)
					fputc(*p++, f);
			}
			fputc('\n', f);
		}
		free(l);
		line += n + (eol ? 1 : 0);
	}
	fclose(f);
	struct script *s = script_parse(ctx->prog, "<built-in>", out, len, SM_SCRIPT, NULL);
	if (!s)
		fatal(ctx, "internal error: the built-in script for %s does not parse", a->emulation);
	ctx->link.builtin_script_text = out;
	return s;
}

/* ------------------------------------------------------------ --gc-sections roots */

static void index_keep_rules(struct matcher *m, const struct stmt *body)
{
	for (const struct stmt *b = body; b; b = b->next) {
		if (b->kind != ST_INPUT_SECTION || !b->u.input.keep)
			continue;
		struct rule *r = xcalloc(1, sizeof *r);
		r->stmt = b;
		r->index = (int)m->rules.n;
		vec_push(&m->rules, r);
		if (b->u.input.file_only)
			index_pattern(m, r, NULL);
		else
			for (const struct pattern *p = b->u.input.sections; p; p = p->next)
				index_pattern(m, r, p);
	}
}

static void index_keep_sections(struct matcher *m, const struct stmt *list)
{
	for (const struct stmt *st = list; st; st = st->next) {
		if (st->kind == ST_SECTIONS)
			index_keep_sections(m, st->u.block);
		else if (st->kind == ST_OUTSECT)
			index_keep_rules(m, st->u.osec.body);
		else if (st->kind == ST_OVERLAY)
			for (const struct stmt *c = st->u.overlay.sections; c; c = c->next)
				index_keep_rules(m, c->u.osec.body);
	}
}

/*
 * The input sections some KEEP() statement names, whichever rule ends up
 * placing them (GNU ld marks them while walking the KEEP statements alone).
 */
void find_keep_sections(struct ctx *ctx, struct ptrvec *out)
{
	struct link *l = &ctx->link;
	struct matcher m = { 0 };

	if (l->layout_script)
		index_keep_sections(&m, l->layout_script->stmts);
	for (size_t i = 0; i < ctx->nscripts; i++)
		if (ctx->scripts[i] != l->layout_script)
			index_keep_sections(&m, ctx->scripts[i]->stmts);
	if (!m.rules.n)
		return;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			const struct pattern *p = NULL;
			if (s && !skip_input(ctx, s) && find_rule(&m, s, &p))
				vec_push(out, s);
		}
	}
}
