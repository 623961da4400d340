/*
 * merge.c - SHF_MERGE sections merged as GNU ld 2.40 merges them.
 *
 * Input sections with SHF_MERGE going to the same output section with the
 * same flags, entry size and alignment form a group.  Their entries
 * (strings, or fixed-size constants) are entered in link order (file, then
 * section); an entry already seen is dropped, and a string that is the tail
 * of another string of the group is dropped too and points into the longer
 * one.  Each input section keeps the entries it saw first, in order, so
 * its size shrinks; offsets into it are mapped to where their entry went.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

struct mentry {
	const uint8_t *bytes;		/* the entry, terminator included */
	size_t len;
	unsigned align;
	struct input_section *owner;	/* section that keeps it */
	uint64_t index;			/* its offset in owner's new contents */
	struct mentry *suffix_of;	/* kept inside this longer string */
	struct mentry *next;		/* insertion order */
	struct mentry *hnext;		/* hash chain */
	uint64_t hash;
	bool kept;
};

/* Per input section: where each original entry went. */
struct merge_map {
	uint64_t *starts;		/* original start offsets, ascending */
	struct mentry **ents;
	size_t n;
};

struct mgroup {
	uint64_t flags, entsize, align;
	struct osec *out;
	struct ptrvec secs;
	struct mentry **table;
	size_t cap, count;
	struct mentry *first, *last;
};

static uint64_t hash_bytes(const uint8_t *p, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ull;
	}
	return h;
}

static void grow(struct mgroup *g)
{
	size_t ncap = g->cap ? g->cap * 2 : 1024;
	struct mentry **t = xcalloc(ncap, sizeof *t);
	for (size_t i = 0; i < g->cap; i++)
		for (struct mentry *e = g->table[i], *n; e; e = n) {
			n = e->hnext;
			e->hnext = t[e->hash & (ncap - 1)];
			t[e->hash & (ncap - 1)] = e;
		}
	free(g->table);
	g->table = t;
	g->cap = ncap;
}

static struct mentry *add_entry(struct mgroup *g, struct input_section *s, const uint8_t *p,
				size_t len, unsigned align)
{
	if ((g->count + 1) * 2 > g->cap)
		grow(g);
	uint64_t h = hash_bytes(p, len);
	for (struct mentry *e = g->table[h & (g->cap - 1)]; e; e = e->hnext)
		if (e->hash == h && e->len == len && memcmp(e->bytes, p, len) == 0) {
			if (e->align < align)
				e->align = align;
			return e;
		}
	struct mentry *e = xcalloc(1, sizeof *e);
	e->bytes = p;
	e->len = len;
	e->align = align;
	e->owner = s;
	e->hash = h;
	e->kept = true;
	e->hnext = g->table[h & (g->cap - 1)];
	g->table[h & (g->cap - 1)] = e;
	g->count++;
	if (g->last)
		g->last->next = e;
	else
		g->first = e;
	g->last = e;
	return e;
}

/* Split S into entries and enter them. */
static void record_section(struct ctx *ctx, struct mgroup *g, struct input_section *s)
{
	struct merge_map *m = xcalloc(1, sizeof *m);
	const uint8_t *data = s->data;
	size_t size = s->size, es = s->entsize;
	size_t cap = 16;
	m->starts = xmalloc(cap * sizeof *m->starts);
	m->ents = xmalloc(cap * sizeof *m->ents);
	uint64_t mask = s->align ? s->align - 1 : 0;
	size_t pos = 0;
	while (pos < size) {
		size_t len;
		if (s->flags & SHF_STRINGS) {
			len = 0;
			for (;;) {
				if (pos + len + es > size) {
					len = size - pos;	/* unterminated tail: kept as is */
					break;
				}
				bool zero = true;
				for (size_t k = 0; k < es; k++)
					if (data[pos + len + k])
						zero = false;
				len += es;
				if (zero)
					break;
			}
		} else {
			len = es <= size - pos ? es : size - pos;
		}
		/* the alignment of the entry: of its offset, at most the section's */
		uint64_t al = pos ? (pos & -pos) : mask + 1;
		if (al > mask + 1 || !al)
			al = mask + 1;
		if (m->n == cap) {
			cap *= 2;
			m->starts = xrealloc(m->starts, cap * sizeof *m->starts);
			m->ents = xrealloc(m->ents, cap * sizeof *m->ents);
		}
		m->starts[m->n] = pos;
		m->ents[m->n] = add_entry(g, s, data + pos, len, (unsigned)al);
		m->n++;
		pos += len;
	}
	s->merge = m;
	(void)ctx;
}

static int revcmp(const void *a, const void *b)
{
	const struct mentry *x = *(const struct mentry *const *)a;
	const struct mentry *y = *(const struct mentry *const *)b;
	size_t l = x->len < y->len ? x->len : y->len;
	const uint8_t *s = x->bytes + x->len - 1, *t = y->bytes + y->len - 1;
	while (l--) {
		if (*s != *t)
			return (int)*s - (int)*t;
		s--;
		t--;
	}
	return x->len < y->len ? -1 : x->len > y->len;
}

/* Strings that end another string of the group live inside it. */
static void merge_suffixes(struct mgroup *g)
{
	struct mentry **a = xmalloc((g->count ? g->count : 1) * sizeof *a);
	size_t n = 0;
	for (struct mentry *e = g->first; e; e = e->next)
		a[n++] = e;
	qsort(a, n, sizeof *a, revcmp);
	if (!n)
		return;
	struct mentry *e = a[n - 1];
	for (size_t i = n - 1; i-- > 0;) {
		struct mentry *c = a[i];
		if (e->len > c->len && memcmp(e->bytes + e->len - c->len, c->bytes, c->len) == 0 &&
		    ((e->len - c->len) % c->align) == 0) {
			c->suffix_of = e;
			c->kept = false;
		} else {
			e = c;
		}
	}
	free(a);
}

static void finish_group(struct ctx *ctx, struct mgroup *g)
{
	if (g->flags & SHF_STRINGS)
		merge_suffixes(g);
	/* sizes and positions: each section keeps what it saw first */
	for (size_t i = 0; i < g->secs.n; i++)
		((struct input_section *)g->secs.v[i])->size = 0;
	for (struct mentry *e = g->first; e; e = e->next) {
		if (!e->kept)
			continue;
		struct input_section *s = e->owner;
		s->size = (s->size + e->align - 1) & ~((uint64_t)e->align - 1);
		e->index = s->size;
		s->size += e->len;
	}
	for (size_t i = 0; i < g->secs.n; i++) {
		struct input_section *s = g->secs.v[i];
		s->buf = xcalloc(s->size ? s->size : 1, 1);
	}
	for (struct mentry *e = g->first; e; e = e->next)
		if (e->kept)
			memcpy(e->owner->buf + e->index, e->bytes, e->len);
	/* suffixes point into their longer string */
	for (struct mentry *e = g->first; e; e = e->next)
		if (!e->kept) {
			struct mentry *l = e->suffix_of;
			while (l->suffix_of)
				l = l->suffix_of;
			e->owner = l->owner;
			e->index = l->index + (l->len - e->len);
		}
	(void)ctx;
}

/*
 * Where original offset OFF of merged section S went: the section that now
 * holds it and the offset there.  Offsets outside every entry (past the
 * end) map relative to the end of S.
 */
struct input_section *merged_offset(struct input_section *s, uint64_t off, uint64_t *out)
{
	const struct merge_map *m = s->merge;
	if (!m || !m->n) {
		*out = off;
		return s;
	}
	size_t lo = 0, hi = m->n;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (m->starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	const struct mentry *e = m->ents[lo];
	*out = e->index + (off - m->starts[lo]);
	return e->owner;
}

void merge_sections(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct ptrvec groups = { 0 };

	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->discarded || !s->out || !(s->flags & SHF_MERGE) || !s->entsize ||
			    !s->data || s->type == SHT_NOBITS)
				continue;
			uint64_t fl = s->flags & (SHF_MERGE | SHF_STRINGS);
			struct mgroup *g = NULL;
			for (size_t k = 0; k < groups.n && !g; k++) {
				struct mgroup *c = groups.v[k];
				if (c->flags == fl && c->entsize == s->entsize && c->align == s->align &&
				    c->out == s->out)
					g = c;
			}
			if (!g) {
				g = xcalloc(1, sizeof *g);
				g->flags = fl;
				g->entsize = s->entsize;
				g->align = s->align;
				g->out = s->out;
				vec_push(&groups, g);
			}
			vec_push(&g->secs, s);
			record_section(ctx, g, s);
		}
	}
	for (size_t k = 0; k < groups.n; k++)
		finish_group(ctx, groups.v[k]);

	/* symbols defined in merged sections follow their entry */
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 1; i < f->nsyms; i++) {
			struct symbol *s = f->syms[i];
			if (!s || s->kind != SK_DEFINED || !s->sec || !s->sec->merge || s->is_section_sym)
				continue;
			if (!s->local && s->file != f)
				continue;	/* a global defined elsewhere */
			if (s->merged)
				continue;
			uint64_t off;
			s->sec = merged_offset(s->sec, s->value, &off);
			s->value = off;
			s->merged = true;
		}
	}
}
