/*
 * merge.c - SHF_MERGE sections merged the way GNU ld 2.40's BFD merges them.
 *
 * Input sections with SHF_MERGE that go to the same output section with the
 * same flags, entry size and alignment form a group.  Their entries
 * (strings or fixed-size constants) are entered in link order (file, then
 * section).  An entry already seen is dropped; a string that is the tail of
 * a longer one (with compatible alignment) lives inside it.  Each input
 * section keeps, in order, the entries it saw first; a section left with
 * none is excluded from the layout.  The details below follow BFD so that
 * the bytes come out the same:
 *  - a string's alignment is that of its offset in its section, at most
 *    the section's; NUL padding after a string is dropped, except that the
 *    first aligned padding NUL of a section enters "" into the table;
 *  - a string seen again with a larger alignment moves: the older copy is
 *    dropped and the new one is kept where it is seen now;
 *  - offsets are mapped back by looking up the string they fall in.
 * Sections with relocations, or whose sizes and alignments do not fit the
 * entry size, are not merged.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

struct mentry {
	const uint8_t *bytes;		/* the entry, terminator included */
	uint32_t len;			/* 0: dropped (moved to a more aligned copy) */
	uint32_t align;			/* 0: dropped, or kept inside suffix_of */
	struct input_section *owner;	/* section it was first seen in */
	uint64_t index;			/* offset in the owner's new contents */
	struct mentry *suffix_of;
	struct mentry *next;		/* order of entering */
	struct mentry *hnext;		/* hash chain */
	uint64_t hash;
};

/* Per merged input section. */
struct merge_map {
	struct mgroup *group;
	const uint8_t *data;		/* original contents */
	uint64_t rawsize;
	struct mentry *first_str;	/* first kept entry; NULL: excluded */
};

struct mgroup {
	uint64_t flags, entsize, align;
	struct osec *out;
	bool strings;
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
	size_t ncap = g->cap ? g->cap * 2 : 4096;
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

/* The live entry with these bytes, or NULL. */
static struct mentry *find_entry(const struct mgroup *g, const uint8_t *p, size_t len)
{
	if (!g->cap)
		return NULL;
	uint64_t h = hash_bytes(p, len);
	for (struct mentry *e = g->table[h & (g->cap - 1)]; e; e = e->hnext)
		if (e->hash == h && e->len == len && memcmp(e->bytes, p, len) == 0)
			return e;
	return NULL;
}

static struct mentry *add_entry(struct mgroup *g, struct input_section *s, const uint8_t *p,
				size_t len, unsigned align)
{
	struct mentry *old = find_entry(g, p, len);
	if (old) {
		if (old->align >= align)
			return old;
		old->len = 0;	/* a more aligned copy replaces it */
		old->align = 0;
	}
	if ((g->count + 1) * 2 > g->cap)
		grow(g);
	struct mentry *e = xcalloc(1, sizeof *e);
	e->bytes = p;
	e->len = (uint32_t)len;
	e->align = align;
	e->owner = s;
	e->hash = hash_bytes(p, len);
	e->hnext = g->table[e->hash & (g->cap - 1)];
	g->table[e->hash & (g->cap - 1)] = e;
	g->count++;
	if (g->last)
		g->last->next = e;
	else
		g->first = e;
	g->last = e;
	return e;
}

/* Length of the string at P (terminator included), the section's end standing for zeros. */
static size_t string_len(const uint8_t *p, const uint8_t *end, size_t es)
{
	size_t len = 0;
	for (;;) {
		bool zero = true;
		for (size_t k = 0; k < es; k++)
			if (p + len + k < end && p[len + k])
				zero = false;
		len += es;
		if (zero)
			return len;
	}
}

static bool all_zero(const uint8_t *p, const uint8_t *end, size_t es)
{
	for (size_t k = 0; k < es; k++)
		if (p + k < end && p[k])
			return false;
	return true;
}

static const uint8_t zeros[64];

static void record_section(struct mgroup *g, struct input_section *s)
{
	const uint8_t *data = s->data, *end = s->data + s->size;
	size_t es = s->entsize;
	uint64_t mask = s->align ? s->align - 1 : 0;

	if (!g->strings) {
		for (const uint8_t *p = data; p < end; p += es)
			add_entry(g, s, p, es, 1);
		return;
	}
	bool nul = false;
	for (const uint8_t *p = data; p < end;) {
		uint64_t off = (uint64_t)(p - data);
		uint64_t al = off ? (off & -off) : 0;
		if (!al || al > mask)
			al = mask + 1;
		size_t len = string_len(p, end, es);
		/* an unterminated last string gets its terminator from the table's copy */
		const uint8_t *bytes = p;
		if (p + len > end) {
			uint8_t *copy = xcalloc(len, 1);
			memcpy(copy, p, (size_t)(end - p));
			bytes = copy;
		}
		struct mentry *e = add_entry(g, s, bytes, len, (unsigned)al);
		p += e->len ? e->len : len;
		while (p < end && all_zero(p, end, es)) {
			if (!nul && !((uint64_t)(p - data) & mask)) {
				nul = true;
				add_entry(g, s, es == 1 ? (const uint8_t *)"" : zeros, es, (unsigned)mask + 1);
			}
			p += es;
		}
	}
}

static int revcmp(const void *a, const void *b)
{
	const struct mentry *x = *(const struct mentry *const *)a;
	const struct mentry *y = *(const struct mentry *const *)b;
	size_t l = x->len < y->len ? x->len : y->len;
	const uint8_t *s = x->bytes + x->len, *t = y->bytes + y->len;
	while (l--) {
		s--;
		t--;
		if (*s != *t)
			return (int)*s - (int)*t;
	}
	return (int)x->len - (int)y->len;
}

static int revcmp_align(const void *a, const void *b, void *arg)
{
	const struct mentry *x = *(const struct mentry *const *)a;
	const struct mentry *y = *(const struct mentry *const *)b;
	unsigned al = *(const unsigned *)arg;
	int tail = (int)(x->len & (al - 1)) - (int)(y->len & (al - 1));
	if (tail)
		return tail;
	return revcmp(a, b);
}

static int revcmp_r(const void *a, const void *b, void *arg)
{
	(void)arg;
	return revcmp(a, b);
}

/* Strings ending other strings live inside them; then positions. */
static struct input_section *merge_strings(struct mgroup *g)
{
	size_t es = g->entsize;
	struct mentry **a = xmalloc((g->count ? g->count : 1) * sizeof *a);
	size_t n = 0;
	unsigned common = 0;
	for (struct mentry *e = g->first; e; e = e->next)
		if (e->align) {
			a[n++] = e;
			e->len -= (uint32_t)es;		/* compare without the terminator */
			if (common != e->align)
				common = common ? (unsigned)-1 : e->align;
		}
	if (n) {
		if (common != (unsigned)-1 && common > es)
			qsort_r(a, n, sizeof *a, revcmp_align, &common);
		else
			qsort_r(a, n, sizeof *a, revcmp_r, NULL);
		struct mentry *e = a[n - 1];
		e->len += (uint32_t)es;
		for (size_t i = n - 1; i-- > 0;) {
			struct mentry *c = a[i];
			c->len += (uint32_t)es;
			if (e->align >= c->align && !((e->len - c->len) & (c->align - 1)) && e->len > c->len &&
			    memcmp(e->bytes + (e->len - c->len), c->bytes, c->len) == 0) {
				c->suffix_of = e;
				c->align = 0;
			} else {
				e = c;
			}
		}
	}
	free(a);

	/* positions; a section's size is set when the next section's entries start */
	uint64_t size = 0;
	struct input_section *cur = g->first->owner;
	for (struct mentry *e = g->first; e; e = e->next) {
		if (e->owner != cur) {
			cur->size = size;
			cur = e->owner;
		}
		if (e->align) {
			if (!cur->merge->first_str) {
				cur->merge->first_str = e;
				size = 0;
			}
			size = (size + e->align - 1) & ~((uint64_t)e->align - 1);
			e->index = size;
			size += e->len;
		}
	}
	cur->size = size;
	/* suffixes point into their longer string */
	for (struct mentry *e = g->first; e; e = e->next)
		if (!e->align && e->len && e->suffix_of) {
			struct mentry *l = e->suffix_of;
			e->owner = l->owner;
			e->align = l->align;
			e->index = l->index + (l->len - e->len);
		}
	return cur;
}

static struct input_section *merge_constants(struct mgroup *g)
{
	uint64_t size = 0;
	struct input_section *cur = NULL;
	for (struct mentry *e = g->first; e; e = e->next) {
		if (!e->owner->merge->first_str) {
			if (cur)
				cur->size = size;
			e->owner->merge->first_str = e;
			size = 0;
		}
		size = (size + e->align - 1) & ~((uint64_t)e->align - 1);
		e->index = size;
		size += e->len;
		cur = e->owner;
	}
	cur->size = size;
	return cur;
}

static void finish_group(struct mgroup *g)
{
	uint64_t align = g->align ? g->align : 1;
	for (size_t i = 0; i < g->secs.n; i++) {
		struct input_section *s = g->secs.v[i];
		if (s->merge->rawsize & (align - 1))
			align = 0;
	}
	if (!g->first)
		return;
	struct input_section *last = g->strings ? merge_strings(g) : merge_constants(g);
	if (align)
		last->size = (last->size + align - 1) & ~(align - 1);

	for (size_t i = 0; i < g->secs.n; i++) {
		struct input_section *s = g->secs.v[i];
		if (!s->merge->first_str) {
			s->merge_excluded = true;	/* nothing of its own left */
			continue;
		}
		s->buf = xcalloc(s->size ? s->size : 1, 1);
	}
	for (struct mentry *e = g->first; e; e = e->next)
		if (e->align && !e->suffix_of && e->len && !e->owner->merge_excluded)
			memcpy(e->owner->buf + e->index, e->bytes, e->len);
}

/* May S take part in merging (BFD's conditions)? */
static bool mergeable(const struct input_section *s)
{
	if (!(s->flags & SHF_MERGE) || !s->entsize || !s->size || s->type == SHT_NOBITS || !s->data)
		return false;
	if (s->size % s->entsize || s->nrelocs)
		return false;
	uint64_t align = s->align ? s->align : 1;
	if (s->entsize < align && ((s->entsize & (s->entsize - 1)) || !(s->flags & SHF_STRINGS)))
		return false;
	if (s->entsize > align && (s->entsize & (align - 1)))
		return false;
	return true;
}

/*
 * Where original offset OFF of merged section S went: the section that now
 * holds it and the offset there (BFD's _bfd_merged_section_offset).
 */
struct input_section *merged_offset(struct input_section *s, uint64_t off, uint64_t *out)
{
	const struct merge_map *m = s->merge;
	if (!m) {
		*out = off;
		return s;
	}
	if (off >= m->rawsize) {
		*out = m->first_str ? s->size : 0;
		return s;
	}
	const struct mgroup *g = m->group;
	size_t es = g->entsize;
	const uint8_t *data = m->data, *end = m->data + m->rawsize;
	const uint8_t *p;
	if (g->strings) {
		if (es == 1) {
			p = data + off;
			while (p > data && p[-1])
				p--;
		} else {
			p = data + (off / es) * es;
			p -= es;
			while (p >= data && !all_zero(p, end, es))
				p -= es;
			p += es;
		}
	} else {
		p = data + (off / es) * es;
	}
	size_t len = g->strings ? string_len(p, end, es) : es;
	const struct mentry *e = find_entry(g, p, len);
	if (!e) {
		/* an offset into padding after a NUL (BFD: relative to the first entry) */
		e = g->first;
		p = data + (off / es + 1) * es - e->len;
	}
	*out = e->index + (uint64_t)((data + off) - p);
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
			if (!s || s->discarded || !s->out || !mergeable(s))
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
				g->strings = (fl & SHF_STRINGS) != 0;
				g->entsize = s->entsize;
				g->align = s->align;
				g->out = s->out;
				vec_push(&groups, g);
			}
			struct merge_map *m = xcalloc(1, sizeof *m);
			m->group = g;
			m->data = s->data;
			m->rawsize = s->size;
			s->merge = m;
			vec_push(&g->secs, s);
		}
	}
	for (size_t k = 0; k < groups.n; k++) {
		struct mgroup *g = groups.v[k];
		for (size_t i = 0; i < g->secs.n; i++)
			record_section(g, g->secs.v[i]);
		finish_group(g);
	}
	if (getenv("KLINK_DEBUG_MERGE"))
		for (size_t k = 0; k < groups.n; k++) {
			struct mgroup *g = groups.v[k];
			for (size_t i = 0; i < g->secs.n; i++) {
				struct input_section *s = g->secs.v[i];
				fprintf(stderr, "merge %s %s %s 0x%llx%s\n", g->out->name, s->name, s->file->display,
					(unsigned long long)s->size, s->merge_excluded ? " excluded" : "");
			}
		}

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
