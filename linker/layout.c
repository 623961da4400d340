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
	return strmap_get(&ctx->link.osec_names, name);
}

/* A new output section in the link's list (the first of a name is the one found by name). */
static void osec_add(struct ctx *ctx, struct osec *os)
{
	vec_push(&ctx->link.osecs, os);
	if (!os->discard)
		strmap_put(&ctx->link.osec_names, os->name, os);
}

/* A rule for an input-section statement, indexed by its patterns. */
static struct rule *new_rule(struct matcher *m, const struct stmt *b, struct osec *os,
			     struct osec_item *item)
{
	struct rule *r = xcalloc(1, sizeof *r);
	r->stmt = b;
	r->os = os;
	r->item = item;
	r->index = (int)m->rules.n;
	vec_push(&m->rules, r);
	if (b->u.input.file_only)
		index_pattern(m, r, NULL);
	else
		for (const struct pattern *p = b->u.input.sections; p; p = p->next)
			index_pattern(m, r, p);
	return r;
}

/* Build output sections and their items from the body of one description. */
static void add_body(struct ctx *ctx, struct matcher *m, struct osec *os,
		     const struct stmt *body)
{
	for (const struct stmt *b = body; b; b = b->next) {
		switch (b->kind) {
		case ST_INPUT_SECTION:
			new_rule(m, b, os, item_new(os, IT_INPUT, b));
			break;
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
static struct onode *node_new(const struct stmt *st, struct osec *os);
static void node_insert_before(struct onode *at, struct onode *n);

/* LIST: the statement list orphans are inserted into (NULL for scripts not followed). */
static void build_from_sections(struct ctx *ctx, struct matcher *m, const struct stmt *stmts,
				struct onode *list)
{
	for (const struct stmt *st = stmts; st; st = st->next) {
		if (st->kind == ST_OUTSECT) {
			struct osec *os = NULL;
			if (strcmp(st->u.osec.name, "/DISCARD/") != 0)
				os = osec_find(ctx, st->u.osec.name);
			if (!os) {
				os = osec_new(ctx, st->u.osec.name, st);
				osec_add(ctx, os);
			}
			add_body(ctx, m, os, st->u.osec.body);
			if (list)
				node_insert_before(list, node_new(st, os->discard ? NULL : os));
		} else if (st->kind == ST_OVERLAY) {
			for (const struct stmt *c = st->u.overlay.sections; c; c = c->next) {
				struct osec *os = osec_new(ctx, c->u.osec.name, c);
				os->overlay = &st->u.overlay;
				osec_add(ctx, os);
				add_body(ctx, m, os, c->u.osec.body);
				if (list)
					node_insert_before(list, node_new(st, os));
			}
		} else if (list) {
			node_insert_before(list, node_new(st, NULL));
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

/*
 * GNU ld's orphan placement (its ELF emulation), with BFD's view of the
 * sections: each orphan falls in a class (text, rodata, tdata, data, bss,
 * rel, note, non-alloc; debugging sections have none).  A class goes after
 * the output section of its anchor name when the script has one, else after
 * the last output section whose BFD flags are alike (and, first, of the same
 * ELF type), else at the start; orphans of a class already placed are
 * followed.  An orphan goes after its anchor and the symbol assignments
 * that follow it, but before an assignment to `.' that leads to the next
 * output section.  Debugging sections go at the end.
 */
enum {
	BF_ALLOC = 1, BF_LOAD = 2, BF_READONLY = 4, BF_CODE = 8, BF_DATA = 16,
	BF_HAS_CONTENTS = 32, BF_THREAD_LOCAL = 64, BF_DEBUGGING = 128,
};

bool debugging_name(const char *n)
{
	return strncmp(n, ".debug", 6) == 0 || strncmp(n, ".zdebug", 7) == 0 ||
	       strncmp(n, ".gnu.linkonce.wi.", 17) == 0 || strncmp(n, ".line", 5) == 0 ||
	       strncmp(n, ".stab", 5) == 0 || strncmp(n, ".gnu.debuglto_", 14) == 0;
}

static unsigned bfd_flags_of(const struct input_section *s)
{
	unsigned f = 0;
	if (s->flags & SHF_ALLOC)
		f |= BF_ALLOC;
	if (s->type != SHT_NOBITS)
		f |= BF_HAS_CONTENTS;
	if ((f & BF_ALLOC) && s->type != SHT_NOBITS)
		f |= BF_LOAD;
	if (!(s->flags & SHF_WRITE))
		f |= BF_READONLY;
	if (s->flags & SHF_EXECINSTR)
		f |= BF_CODE;
	else if (f & BF_LOAD)
		f |= BF_DATA;
	if (s->flags & SHF_TLS)
		f |= BF_THREAD_LOCAL;
	if (!(f & BF_ALLOC) && debugging_name(s->name))
		f |= BF_DEBUGGING;
	return f;
}

/* An input section reaches output section OS: its BFD flags as GNU ld merges them. */
static void bfd_add_input(struct osec *os, unsigned f, uint32_t type)
{
	if (!os->has_bfd) {
		os->has_bfd = true;
		os->bfd_flags = f;
		os->bfd_type = type;
		os->bfd_inputs = true;
		return;
	}
	/* a writable input makes the section writable */
	os->bfd_flags &= f | ~(unsigned)BF_READONLY;
	if (!os->bfd_inputs) {
		os->bfd_inputs = true;
		if (!os->bfd_type)
			os->bfd_type = type;
	} else {
		f &= ~(unsigned)BF_READONLY;	/* only the first input sets it */
	}
	os->bfd_flags |= f;
}

/* The BFD section a script output section has before orphans are placed. */
static void bfd_state_from_script(struct ctx *ctx, struct osec *os)
{
	for (size_t i = 0; i < os->items.n; i++) {
		struct osec_item *it = os->items.v[i];
		if (it->kind == IT_INPUT) {
			for (size_t j = 0; j < it->secs.n; j++) {
				const struct input_section *s = it->secs.v[j];
				bfd_add_input(os, bfd_flags_of(s), s->type);
			}
		} else if (it->kind == IT_DATA) {
			unsigned f = BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD;
			if (!os->has_bfd) {
				const struct special_section *ss = special_section(os->name, ctx->link.arch);
				os->has_bfd = true;
				os->bfd_flags = f | BF_READONLY;
				os->bfd_type = ss ? ss->type : SHT_NULL;
			} else {
				os->bfd_flags |= f;
			}
		} else if (it->kind == IT_ASSIGN && !os->has_bfd) {
			const struct special_section *ss = special_section(os->name, ctx->link.arch);
			os->has_bfd = true;
			os->bfd_type = ss ? ss->type : SHT_NULL;
		}
	}
}

/* The statement list GNU ld inserts orphan output sections into. */
struct onode {
	struct onode *prev, *next;
	const struct stmt *stmt;	/* a statement of SECTIONS, or NULL */
	struct osec *os;		/* the output section of the node (orphan or script) */
};

enum oclass { OC_TEXT, OC_RODATA, OC_TDATA, OC_DATA, OC_BSS, OC_REL, OC_NOTE, OC_NONALLOC, OC_N };

static const char *const class_anchor[OC_N] = {
	[OC_TEXT] = ".text", [OC_RODATA] = ".rodata", [OC_TDATA] = ".tdata",
	[OC_DATA] = ".data", [OC_BSS] = ".bss", [OC_REL] = NULL, [OC_NOTE] = ".interp",
	[OC_NONALLOC] = ".comment",
};

struct orphans {
	struct onode head;		/* the list: head.next first, head.prev last */
	struct ptrvec osnodes;		/* nodes of output sections, in list order when searched */
	struct osec *anchor[OC_N];	/* GNU ld's remembered output section per class */
	bool init;			/* the anchors' statement flags are set */
	struct onode *last[OC_N];	/* the last orphan placed for the class */
};

static void node_insert_before(struct onode *at, struct onode *n)
{
	n->next = at;
	n->prev = at->prev;
	at->prev->next = n;
	at->prev = n;
}

static struct onode *node_new(const struct stmt *st, struct osec *os)
{
	struct onode *n = xcalloc(1, sizeof *n);
	n->stmt = st;
	n->os = os;
	if (os && !os->layout_node)
		os->layout_node = n;	/* a repeated name: its first statement */
	return n;
}

static struct onode *node_of(struct orphans *o, const struct osec *os)
{
	(void)o;
	return os->layout_node;
}

/* The output sections in list order (GNU ld's lang_os_list). */
static size_t os_list(struct orphans *o)
{
	o->osnodes.n = 0;
	for (struct onode *n = o->head.next; n != &o->head; n = n->next)
		if (n->os)
			vec_push(&o->osnodes, n);
	return o->osnodes.n;
}

/*
 * An orphan note goes after the last output section holding notes of its
 * alignment class (4 bytes or less, or more: what one PT_NOTE can group),
 * when there is one; otherwise after .interp.
 */
static struct osec *note_with_same_alignment(struct orphans *o, const struct input_section *s)
{
	size_t n = os_list(o);
	struct osec *found = NULL;
	bool wide = s->align > 4;
	for (size_t i = 0; i < n; i++) {
		struct osec *look = ((struct onode *)o->osnodes.v[i])->os;
		if (!look->has_bfd || !look->bfd_inputs || look->bfd_type != SHT_NOTE || !(look->bfd_flags & BF_ALLOC))
			continue;
		uint64_t al = 0;
		for (size_t k = 0; k < look->items.n; k++) {
			struct osec_item *it = look->items.v[k];
			for (size_t j = 0; j < it->secs.n; j++) {
				const struct input_section *in = it->secs.v[j];
				if (in->align > al)
					al = in->align;
			}
		}
		if (al && (al > 4) == wide)
			found = look;
	}
	return found;
}

/* The flags GNU ld sees on an output section statement: its BFD section's, else its own. */
static unsigned look_flags(const struct osec *look)
{
	return look->has_bfd ? look->bfd_flags : look->stmt_flags;
}

/* The last output section whose flags agree with SF on MASK (of the same ELF type if BY_TYPE). */
static struct osec *last_alike(struct orphans *o, size_t n, const struct input_section *s,
			       unsigned sf, bool by_type, unsigned mask)
{
	struct osec *found = NULL;
	for (size_t i = 0; i < n; i++) {
		struct osec *look = ((struct onode *)o->osnodes.v[i])->os;
		if (by_type && look->has_bfd && look->bfd_type != s->type)
			continue;
		if (!((look_flags(look) ^ sf) & mask))
			found = look;
	}
	return found;
}

/* GNU ld's lang_output_section_find_by_flags (with the ELF type check first). */
static struct osec *find_by_flags(struct orphans *o, const struct input_section *s, unsigned sf,
				  bool by_type, struct osec **exact)
{
	size_t n = os_list(o);
	struct osec *found =
		last_alike(o, n, s, sf, by_type,
			   BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_READONLY | BF_CODE | BF_THREAD_LOCAL);
	if (found) {
		if (exact)
			*exact = found;
		return found;
	}
	if ((sf & BF_CODE) && (sf & BF_ALLOC)) {
		found = last_alike(o, n, s, sf, by_type,
				   BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_CODE | BF_THREAD_LOCAL);
	} else if ((sf & BF_READONLY) && (sf & BF_ALLOC)) {
		found = last_alike(o, n, s, sf, by_type, BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_READONLY);
	} else if ((sf & BF_THREAD_LOCAL) && (sf & BF_ALLOC)) {
		/* .tdata after .data, .tbss after .tdata; no type check */
		bool seen_tls = false;
		for (size_t i = 0; i < n; i++) {
			struct osec *look = ((struct onode *)o->osnodes.v[i])->os;
			unsigned lf = look_flags(look);
			unsigned differ = lf ^ (sf | BF_LOAD | BF_HAS_CONTENTS);
			if (!(differ & (BF_THREAD_LOCAL | BF_ALLOC))) {
				if (!(lf & BF_LOAD) && (sf & BF_LOAD))
					break;
				found = look;
				seen_tls = true;
			} else if (seen_tls) {
				break;
			} else if (!(differ & (BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD))) {
				found = look;
			}
		}
		return found;
	} else if ((sf & BF_HAS_CONTENTS) && (sf & BF_ALLOC)) {
		found = last_alike(o, n, s, sf, by_type,
				   BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_THREAD_LOCAL);
	} else if (sf & BF_ALLOC) {
		found = last_alike(o, n, s, sf, by_type, BF_ALLOC);
	} else {
		/* non-alloc: after the last non-debugging one (no type check) */
		return last_alike(o, n, s, sf, false, BF_DEBUGGING);
	}
	if (found || !by_type)
		return found;
	return find_by_flags(o, s, sf, false, NULL);
}

/* GNU ld's output_rel_find for a static link: where relocation sections go. */
static struct osec *rel_anchor(struct orphans *o, bool rela)
{
	struct osec *last = NULL, *last_alloc = NULL, *last_ro_alloc = NULL;
	struct osec *last_rel = NULL, *last_rel_alloc = NULL;
	size_t n = os_list(o);

	for (size_t i = 0; i < n; i++) {
		struct osec *look = ((struct onode *)o->osnodes.v[i])->os;
		if (strncmp(look->name, ".rel", 4) == 0 && (look->name[4] == 'a') == rela) {
			last_rel = look;
			if (look->has_bfd && (look->bfd_flags & BF_ALLOC))
				last_rel_alloc = look;
		}
		last = look;
		if (look->has_bfd && (look->bfd_flags & BF_ALLOC)) {
			last_alloc = look;
			if (look->bfd_flags & BF_READONLY)
				last_ro_alloc = look;
		}
	}
	return last_rel_alloc ? last_rel_alloc : last_rel ? last_rel :
	       last_ro_alloc ? last_ro_alloc : last_alloc ? last_alloc : last;
}

static bool is_dot_assignment(const struct onode *n)
{
	return n->stmt && n->stmt->kind == ST_ASSIGN && strcmp(n->stmt->u.assign.name, ".") == 0;
}

/*
 * Where an orphan goes after AFTER (NULL: the start): past the statements
 * that follow AFTER up to the next output section, but before an assignment
 * to `.' among them (GNU ld's insert_os_after).  Returns the node to insert
 * before (the list head: at the end).
 */
static struct onode *insert_point(struct orphans *o, struct osec *after)
{
	struct onode *from = after ? node_of(o, after) : &o->head;
	bool ignore_first = after == NULL;
	struct onode *assign = NULL;
	struct onode *n;

	for (n = from->next; n != &o->head; n = n->next) {
		if (n->os) {
			if (assign && (!n->os->has_bfd || !n->os->bfd_inputs ||
				       (n->os->bfd_flags & BF_ALLOC)))
				n = assign;
			break;
		}
		if (n->stmt && n->stmt->kind == ST_ASSIGN) {
			if (!assign && is_dot_assignment(n)) {
				if (!ignore_first)
					assign = n;
				ignore_first = false;
			}
			continue;
		}
		if (n->stmt && n->stmt->kind == ST_ASSERT)
			continue;
		break;
	}
	return n;
}

static enum oclass orphan_class(const struct input_section *s, unsigned f, bool *debug)
{
	*debug = false;
	if (!(f & (BF_ALLOC | BF_DEBUGGING)))
		return OC_NONALLOC;
	if (!(f & BF_ALLOC)) {
		*debug = true;
		return OC_NONALLOC;
	}
	if ((f & BF_LOAD) && s->type == SHT_NOTE)
		return OC_NOTE;
	if (!(f & (BF_LOAD | BF_HAS_CONTENTS | BF_THREAD_LOCAL)))
		return OC_BSS;
	if (f & BF_THREAD_LOCAL)
		return OC_TDATA;
	if (!(f & BF_READONLY))
		return OC_DATA;
	if ((f & BF_LOAD) && (s->type == SHT_RELA || s->type == SHT_REL))
		return OC_REL;
	if (!(f & BF_CODE))
		return OC_RODATA;
	return OC_TEXT;
}

/* The output section name GNU ld gives an orphan in a final link. */
static const char *orphan_name(const struct input_section *s)
{
	if (strcmp(s->name, "COMMON") == 0)
		return ".bss";
	if (s->flags & SHF_ALLOC) {
		if (s->type == SHT_RELA)
			return ".rela.dyn";
		if (s->type == SHT_REL)
			return ".rel.dyn";
	}
	return s->name;
}

/* Place one orphan (S->phantom: a section BFD makes that klink has no bytes for). */
static void place_orphan(struct ctx *ctx, struct orphans *o, struct input_section *s)
{
	struct link *l = &ctx->link;
	enum orphan_mode mode = ctx->opt.orphan_handling;
	const char *name = orphan_name(s);

	if (mode == ORPHAN_DISCARD) {
		s->discarded = true;
		return;
	}
	if (mode == ORPHAN_ERROR)
		error(ctx, "error: unplaced orphan section `%s' from `%s'", s->name, s->file->display);
	unsigned f = bfd_flags_of(s);
	if (!o->init) {
		/* GNU ld gives the script's anchor sections that have no flags yet
		   the flags of their class (so an empty .rodata attracts notes) */
		static const unsigned class_flags[OC_N] = {
			[OC_TEXT] = BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_READONLY | BF_CODE,
			[OC_RODATA] = BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_READONLY | BF_DATA,
			[OC_TDATA] = BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_DATA | BF_THREAD_LOCAL,
			[OC_DATA] = BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_DATA,
			[OC_BSS] = BF_ALLOC,
			[OC_NOTE] = BF_HAS_CONTENTS | BF_ALLOC | BF_LOAD | BF_READONLY | BF_DATA,
			[OC_NONALLOC] = BF_HAS_CONTENTS,
		};
		o->init = true;
		for (int c = 0; c < OC_N; c++) {
			if (!class_anchor[c])
				continue;
			struct osec *a = strmap_get(&l->osec_names, class_anchor[c]);
			o->anchor[c] = a;
			if (a && !a->stmt_flags)
				a->stmt_flags = class_flags[c];
		}
	}
	struct osec *os = strmap_get(&l->osec_names, name);
	if (!os) {
		bool debug;
		enum oclass c = orphan_class(s, f, &debug);
		struct osec *after = NULL;
		bool place = !debug;
		if (place) {
			/* GNU ld keeps looking the anchor up until it has one */
			if (!o->anchor[c])
				o->anchor[c] = c == OC_REL ? rel_anchor(o, s->type == SHT_RELA)
							   : strmap_get(&l->osec_names, class_anchor[c]);
			after = o->anchor[c];
			if (!after && !o->last[c])
				after = find_by_flags(o, s, f, true, &o->anchor[c]);
		}
		struct osec *note_after = place && c == OC_NOTE ? note_with_same_alignment(o, s) : NULL;
		os = osec_new(ctx, name, NULL);
		os->orphan = true;
		os->orphan_flags = s->flags;
		osec_add(ctx, os);
		struct onode *n = node_new(NULL, os);
		if (!place) {
			node_insert_before(&o->head, n);	/* at the end */
			os->map_at_end = true;
		}
		else if (note_after)
			node_insert_before(insert_point(o, note_after), n);
		else if (o->last[c])
			node_insert_before(o->last[c]->next, n);
		else
			node_insert_before(insert_point(o, after), n);
		/* GNU ld appends an unallocated orphan without a place to its list */
		if (place && !(f & BF_ALLOC) && (o->last[c] ? o->last[c]->os && o->last[c]->os->map_at_end : !after))
			os->map_at_end = true;
		if (place && !note_after)
			o->last[c] = n;
	}
	if (mode == ORPHAN_WARN)
		warn(ctx, "orphan section `%s' from `%s' being placed in section `%s'", s->name,
		     s->file->display, name);
	if (s->phantom || s->stack_note) {
		s->map_out = os;
		vec_push(&l->map_phantoms, s);
		if (!os->has_bfd || !os->bfd_inputs)
			bfd_add_input(os, f, s->type);
		return;
	}
	bfd_add_input(os, f, s->type);
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

/* The sections BFD's x86 back end makes in the first input (empty in a static link). */
struct phantom {
	const char *name;
	uint32_t type;
	uint64_t flags;
};

static const struct phantom x86_64_phantoms[] = {
	{ ".rela.got", SHT_RELA, SHF_ALLOC }, { ".got", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".got.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".iplt", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR },
	{ ".rela.iplt", SHT_RELA, SHF_ALLOC }, { ".igot.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ NULL, 0, 0 },
};
static const struct phantom i386_phantoms[] = {
	{ ".rel.got", SHT_REL, SHF_ALLOC }, { ".got", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".got.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ ".iplt", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR },
	{ ".rel.iplt", SHT_REL, SHF_ALLOC }, { ".igot.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE },
	{ NULL, 0, 0 },
};

/*
 * Whether an input-section statement's section patterns name a non-empty
 * allocated input section that went to the output (anywhere): GNU ld
 * matches the statements between DATA_SEGMENT_ALIGN and _RELRO_END again
 * to decide whether -z relro applies.
 */
bool rule_matches_placed(struct ctx *ctx, const struct stmt *rule)
{
	const struct input_spec *in = &rule->u.input;
	struct link *l = &ctx->link;

	if (in->file_only || !in->sections)
		return false;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			const struct input_section *s = f->sections[i];
			if (!s || s->discarded || !s->out || !s->size || !(s->flags & SHF_ALLOC))
				continue;
			for (const struct pattern *p = in->sections; p; p = p->next)
				if (p->quoted ? strcmp(p->text, s->name) == 0 : fnmatch(p->text, s->name, 0) == 0)
					return true;
		}
	}
	return false;
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

/* The file BFD's x86 back end makes its own sections in (as synthetic_section()). */
static struct input_file *dynobj(struct link *l)
{
	for (size_t i = 0; i < l->files.n; i++) {
		struct input_file *c = l->files.v[i];
		if ((c->kind == FK_OBJECT || c->kind == FK_ARCHIVE_MEMBER) && c->nsections > 1)
			return c;
	}
	return NULL;
}

/* One input section through the rules: placed, discarded, or an orphan to place later. */
static void map_one(struct ctx *ctx, struct matcher *m, struct input_section *s, struct ptrvec *orphans)
{
	const struct pattern *p = NULL;
	struct rule *r = find_rule(m, s, &p);
	if (s->stack_note) {
		if (!r)
			vec_push(orphans, s);	/* for --orphan-handling's messages */
		else if (r->os->discard)
			s->map_discarded = true;
		return;
	}
	if (!r) {
		vec_push(orphans, s);
		return;
	}
	s->rule = r->stmt;
	s->keep = r->stmt->u.input.keep;
	if (r->os->discard) {
		s->discarded = true;
		s->out = NULL;
		return;
	}
	s->out = r->os;
	vec_push(&r->item->secs, s);
}

void map_sections(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct matcher m = { 0 };
	struct orphans o = { 0 };
	o.head.next = o.head.prev = &o.head;

	for (const struct stmt *st = l->layout_script ? l->layout_script->stmts : NULL; st; st = st->next)
		if (st->kind == ST_SECTIONS)
			build_from_sections(ctx, &m, st->u.block, &o.head);
	for (size_t i = 0; i < ctx->nscripts; i++)
		if (ctx->scripts[i] != l->layout_script)
			for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
				if (st->kind == ST_SECTIONS)
					build_from_sections(ctx, &m, st->u.block, NULL);

	/*
	 * Inputs in order; the sections BFD makes itself follow the first
	 * input's own (klink's .got/.got.plt when it has made them, else
	 * empty stand-ins that only matter for orphan placement and messages).
	 */
	struct ptrvec orphans = { 0 };
	struct input_file *dyn = dynobj(l);
	const struct phantom *ph = l->arch && l->arch->target == TARGET_I386 ? i386_phantoms
			     : l->arch && l->arch->target == TARGET_X86_64 ? x86_64_phantoms : NULL;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || (!s->stack_note && skip_input(ctx, s)))
				continue;
			if (f == dyn && ph && (s == l->got_isec || s == l->gotplt_isec || s == l->iplt_isec ||
					       s == l->igotplt_isec || s == l->reliplt_isec))
				continue;
			map_one(ctx, &m, s, &orphans);
		}
		if (f != dyn || !ph)
			continue;
		for (const struct phantom *p = ph; p->name; p++) {
			struct input_section *real = NULL;
			if (l->got_isec && strcmp(p->name, ".got") == 0)
				real = l->got_isec;
			if (l->gotplt_isec && strcmp(p->name, ".got.plt") == 0)
				real = l->gotplt_isec;
			if (l->iplt_isec && strcmp(p->name, ".iplt") == 0)
				real = l->iplt_isec;
			if (l->igotplt_isec && strcmp(p->name, ".igot.plt") == 0)
				real = l->igotplt_isec;
			if (l->reliplt_isec && strcmp(p->name, l->reliplt_isec->name) == 0)
				real = l->reliplt_isec;
			if (real) {
				if (!skip_input(ctx, real))
					map_one(ctx, &m, real, &orphans);
				continue;
			}
			struct input_section *s = xcalloc(1, sizeof *s);
			s->file = f;
			s->name = p->name;
			s->type = p->type;
			s->flags = p->flags;
			s->align = 1;
			s->discarded = true;	/* never placed: empty, BFD drops it */
			const struct pattern *pat = NULL;
			struct rule *r = find_rule(&m, s, &pat);
			if (r) {
				if (!r->os->discard) {
					bfd_add_input(r->os, bfd_flags_of(s), s->type);
					s->rule = r->stmt;
					s->map_out = r->os;
					vec_push(&l->map_phantoms, s);
				}
			} else {
				s->phantom = true;
				vec_push(&orphans, s);
			}
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

	/* GNU ld places orphans once every rule has its inputs */
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (!os->discard)
			bfd_state_from_script(ctx, os);
	}
	for (size_t i = 0; i < orphans.n; i++)
		place_orphan(ctx, &o, orphans.v[i]);
	/* output sections in statement order (orphans where they went), then the
	   ones no statement of the followed script names */
	struct ptrvec order = { 0 };
	for (struct onode *n = o.head.next; n != &o.head; n = n->next)
		if (n->os && n->os->layout_node == n)
			vec_push(&order, n->os);
	for (size_t i = 0; i < l->osecs.n; i++)
		if (!((struct osec *)l->osecs.v[i])->layout_node)
			vec_push(&order, l->osecs.v[i]);
	l->osecs = order;

	/* the layout order for assign.c: statements, with the orphans among them */
	l->layout_order.n = 0;
	for (struct onode *n = o.head.next; n != &o.head; n = n->next) {
		if (n->stmt && n->stmt->kind == ST_OVERLAY && n->prev != &o.head && n->prev->stmt == n->stmt)
			continue;	/* one node per OVERLAY */
		struct layout_node *ln = xcalloc(1, sizeof *ln);
		ln->stmt = n->stmt;
		ln->os = n->stmt ? NULL : n->os;
		vec_push(&l->layout_order, ln);
	}
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
		new_rule(m, b, NULL, NULL);
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
