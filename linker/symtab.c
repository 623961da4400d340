/*
 * symtab.c - the global symbol table and GNU ld's resolution rules for a
 * static link: strong beats weak, a definition beats common, commons merge
 * to the largest size and alignment, two strong definitions are an error.
 * Also the COMDAT signature set and the "in function" place descriptions
 * used by messages.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

/* ------------------------------------------------------------ string map */

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;	/* FNV-1a */
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	return h;
}

static void strmap_grow(struct strmap *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 1024;
	const char **keys = xcalloc(ncap, sizeof *keys);
	void **vals = xcalloc(ncap, sizeof *vals);
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = hash_str(m->keys[i]) & (ncap - 1);
		while (keys[j])
			j = (j + 1) & (ncap - 1);
		keys[j] = m->keys[i];
		vals[j] = m->vals[i];
	}
	free(m->keys);
	free(m->vals);
	m->keys = keys;
	m->vals = vals;
	m->cap = ncap;
}

void *strmap_get(const struct strmap *m, const char *key)
{
	if (!m->cap)
		return NULL;
	size_t j = hash_str(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0)
			return m->vals[j];
		j = (j + 1) & (m->cap - 1);
	}
	return NULL;
}

void *strmap_put(struct strmap *m, const char *key, void *val)
{
	if ((m->n + 1) * 2 > m->cap)
		strmap_grow(m);
	size_t j = hash_str(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0)
			return m->vals[j];
		j = (j + 1) & (m->cap - 1);
	}
	m->keys[j] = key;
	m->vals[j] = val;
	m->n++;
	return val;
}

/* ------------------------------------------------------------ symbols */

struct symbol *sym_lookup(struct ctx *ctx, const char *name)
{
	return strmap_get(&ctx->link.symtab.map, name);
}

struct symbol *sym_intern(struct ctx *ctx, const char *name)
{
	struct symbol *s = strmap_get(&ctx->link.symtab.map, name);
	if (s)
		return s;
	s = xcalloc(1, sizeof *s);
	s->name = name;
	s->kind = SK_UNDEF;
	s->bind = STB_GLOBAL;
	strmap_put(&ctx->link.symtab.map, name, s);
	vec_push(&ctx->link.symtab.order, s);
	return s;
}

void sym_note_created(struct ctx *ctx, struct symbol *s)
{
	if (!s->bfd_seq)
		s->bfd_seq = ++ctx->link.symtab.created;
}

/* bfd_hash_hash() of GNU BFD: its values decide the bucket order. */
static unsigned long bfd_hash_value(const char *string)
{
	const unsigned char *p = (const unsigned char *)string;
	unsigned long hash = 0;
	unsigned int c, len;
	while ((c = *p++) != 0) {
		hash += c + (c << 17);
		hash ^= hash >> 2;
	}
	len = (unsigned int)(p - (const unsigned char *)string) - 1;
	hash += len + (len << 17);
	hash ^= hash >> 2;
	return hash;
}

static int cmp_seq(const void *a, const void *b)
{
	const struct symbol *x = *(const struct symbol *const *)a, *y = *(const struct symbol *const *)b;
	return x->bfd_seq < y->bfd_seq ? -1 : x->bfd_seq > y->bfd_seq;
}

void symtab_bfd_order(struct ctx *ctx, struct ptrvec *out)
{
	/* the primes BFD grows its tables through, and its default size */
	static const unsigned long primes[] = {
		31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521, 131071,
		262139, 524287, 1048573, 2097143, 4194301, 8388593, 16777213, 33554393,
		67108859, 134217689, 268435399, 536870909, 1073741789, 2147483647,
	};
	struct ptrvec *all = &ctx->link.symtab.order;
	struct symbol **ins = xmalloc((all->n ? all->n : 1) * sizeof *ins);
	size_t n = 0;
	for (size_t i = 0; i < all->n; i++) {
		struct symbol *s = all->v[i];
		if (s->bfd_seq)
			ins[n++] = s;
	}
	if (n > 1)
		qsort(ins, n, sizeof *ins, cmp_seq);

	unsigned long size = 4051;
	struct symbol **table = xcalloc(size, sizeof *table);
	unsigned long *hv = xmalloc((n ? n : 1) * sizeof *hv);
	for (size_t i = 0; i < n; i++)
		hv[i] = bfd_hash_value(ins[i]->name);
	for (size_t i = 0; i < n; i++) {
		struct symbol *s = ins[i];
		s->out_index = (uint32_t)i;	/* remembers the hash while emulating */
		unsigned long b = hv[i] % size;
		s->bfd_next = table[b];
		table[b] = s;
		if (i + 1 > size * 3 / 4) {
			unsigned long ns = size;
			for (size_t k = 0; k < sizeof primes / sizeof primes[0]; k++)
				if (primes[k] > size) {
					ns = primes[k];
					break;
				}
			struct symbol **nt = xcalloc(ns, sizeof *nt);
			for (unsigned long k = 0; k < size; k++) {
				/* BFD moves each run of entries with the same full hash value
				   as one block: their order stays, other entries' reverses */
				struct symbol *e = table[k];
				while (e) {
					struct symbol *end = e;
					while (end->bfd_next && hv[end->bfd_next->out_index] == hv[e->out_index])
						end = end->bfd_next;
					struct symbol *next = end->bfd_next;
					unsigned long nb = hv[e->out_index] % ns;
					end->bfd_next = nt[nb];
					nt[nb] = e;
					e = next;
				}
			}
			free(table);
			table = nt;
			size = ns;
		}
	}
	for (unsigned long k = 0; k < size; k++)
		for (struct symbol *e = table[k]; e; e = e->bfd_next) {
			e->out_index = 0;
			vec_push(out, e);
		}
	free(table);
	free(hv);
	free(ins);
}

bool group_signature_new(struct ctx *ctx, const char *sig)
{
	if (strmap_get(&ctx->link.group_sigs, sig))
		return false;
	strmap_put(&ctx->link.group_sigs, sig, (void *)sig);
	return true;
}

/* The most constraining of two visibilities (default < protected < hidden < internal). */
static uint8_t merge_visibility(uint8_t a, uint8_t b)
{
	if (a == STV_DEFAULT)
		return b;
	if (b == STV_DEFAULT)
		return a;
	return a < b ? a : b;
}

static const char *section_label(const struct symbol *s)
{
	if (s->kind == SK_ABS)
		return "*ABS*";
	if (s->kind == SK_COMMON)
		return "COMMON";
	return s->sec ? s->sec->name : "*UND*";
}

static void multiple_definition(struct ctx *ctx, struct symbol *old, struct input_file *f,
				struct input_section *sec, uint64_t value, const char *name)
{
	char *here = sec ? describe_place(sec, value) : NULL;
	char first[512];
	snprintf(first, sizeof first, "%s:(%s+0x%llx)", old->file ? old->file->display : "?",
		 section_label(old), (unsigned long long)old->value);
	/* GNU ld goes on (later errors are reported too) and writes no output */
	if (here)
		message(ctx, "%s: multiple definition of `%s'; %s: first defined here", here, name, first);
	else
		message(ctx, "%s: multiple definition of `%s'; %s: first defined here", f->display,
			name, first);
	ctx->link.deferred_errors++;
	free(here);
}

/* --wrap: an undefined SYM means __wrap_SYM, an undefined __real_SYM means SYM. */
static const char *wrapped_name(struct ctx *ctx, const char *name)
{
	const struct strlist *w = &ctx->opt.wrap;
	for (size_t i = 0; i < w->n; i++) {
		if (strcmp(w->v[i], name) == 0) {
			size_t n = strlen(name) + 8;
			char *p = xmalloc(n);
			snprintf(p, n, "__wrap_%s", name);
			return p;
		}
		if (strncmp(name, "__real_", 7) == 0 && strcmp(w->v[i], name + 7) == 0)
			return name + 7;
	}
	return name;
}

struct symbol *sym_add_global(struct ctx *ctx, struct input_file *f, const char *name,
			      const GElf_Sym *gs)
{
	if (gs->st_shndx == SHN_UNDEF && ctx->opt.wrap.n)
		name = wrapped_name(ctx, name);
	struct symbol *s = sym_intern(ctx, name);
	sym_note_created(ctx, s);
	uint8_t bind = GELF_ST_BIND(gs->st_info);
	uint8_t type = GELF_ST_TYPE(gs->st_info);
	uint16_t shndx = gs->st_shndx;

	/* -y SYMBOL: each file that mentions it, as GNU ld says it */
	for (size_t i = 0; i < ctx->opt.trace_symbols.n; i++)
		if (strcmp(ctx->opt.trace_symbols.v[i], name) == 0) {
			message(ctx, "%s: %s %s", f->display,
				shndx == SHN_UNDEF ? "reference to" : "definition of", name);
			break;
		}

	if (bind == STB_GNU_UNIQUE)
		bind = STB_GLOBAL;
	s->visibility = merge_visibility(s->visibility, GELF_ST_VISIBILITY(gs->st_other));

	struct input_section *sec = NULL;
	bool is_def = shndx != SHN_UNDEF && shndx != SHN_COMMON;
	if (is_def && shndx != SHN_ABS && shndx < SHN_LORESERVE) {
		sec = shndx < f->nsections ? f->sections[shndx] : NULL;
		/* a definition in a dropped COMDAT member is only a reference */
		if (sec && sec->group_dropped)
			is_def = false;
	}

	if (!is_def && shndx != SHN_COMMON) {
		/* a reference */
		if (!s->referenced)
			s->weak_undef_seen = bind == STB_WEAK;
		else if (bind != STB_WEAK)
			s->weak_undef_seen = false;
		s->referenced = true;
		if (s->kind == SK_UNDEF && !s->file) {
			s->file = f;
			s->bind = bind;
			s->type = type;
		} else if (s->kind == SK_UNDEF && bind != STB_WEAK) {
			s->bind = STB_GLOBAL;
		}
		return s;
	}

	if (shndx == SHN_COMMON) {
		if (s->kind == SK_UNDEF) {
			s->kind = SK_COMMON;
			s->file = f;
			s->value = gs->st_size;
			s->size = gs->st_size;
			s->common_align = gs->st_value ? gs->st_value : 1;
			s->bind = STB_GLOBAL;
			s->type = STT_OBJECT;
			s->other = gs->st_other;
		} else if (s->kind == SK_COMMON) {
			if (gs->st_size > s->size) {
				s->size = s->value = gs->st_size;
				s->file = f;
			}
			if (gs->st_value > s->common_align)
				s->common_align = gs->st_value;
		} else if (s->bind == STB_WEAK && s->kind != SK_SCRIPT) {
			/* a common overrides a weak definition */
			s->kind = SK_COMMON;
			s->file = f;
			s->sec = NULL;
			s->value = s->size = gs->st_size;
			s->common_align = gs->st_value ? gs->st_value : 1;
			s->bind = STB_GLOBAL;
			s->type = STT_OBJECT;
		} else if (s->kind == SK_DEFINED && s->sec) {
			/* a common after a definition: only a reference, but GNU ld
			   compares alignments and takes its size and type when the
			   definition had none */
			uint64_t def_align = s->sec->align ? s->sec->align : 1;
			uint64_t calign = gs->st_value ? gs->st_value : 1;
			if (s->value)
				while (def_align > 1 && (s->value & (def_align - 1)))
					def_align >>= 1;
			if (def_align < calign)
				warn(ctx, "alignment %llu of symbol `%s' in %s is smaller than %llu in %s",
				     (unsigned long long)def_align, name, s->file->display,
				     (unsigned long long)calign, f->display);
			if (gs->st_size && !s->size)
				s->size = gs->st_size;
			if (s->type == STT_NOTYPE)
				s->type = STT_OBJECT;
		}
		return s;
	}

	/* a definition */
	bool take;
	if (s->kind == SK_COMMON && sec) {
		/* GNU ld compares the common with the definition that replaces it */
		uint64_t def_align = sec->align ? sec->align : 1;
		if (gs->st_value)
			while (def_align > 1 && (gs->st_value & (def_align - 1)))
				def_align >>= 1;
		if (def_align < s->common_align)
			warn(ctx, "alignment %llu of symbol `%s' in %s is smaller than %llu in %s",
			     (unsigned long long)def_align, name, f->display,
			     (unsigned long long)s->common_align, s->file->display);
		if (gs->st_size && s->size && gs->st_size != s->size)
			warn(ctx, "size of symbol `%s' changed from %llu in %s to %llu in %s", name,
			     (unsigned long long)s->size, s->file->display,
			     (unsigned long long)gs->st_size, f->display);
	}
	if (s->kind == SK_UNDEF || s->kind == SK_COMMON)
		take = true;
	else if (s->bind == STB_WEAK && bind != STB_WEAK)
		take = true;
	else if (bind == STB_WEAK || s->bind == STB_WEAK)
		take = false;
	else {
		if (!ctx->opt.allow_multiple_definition && !ctx->opt.z.muldefs)
			multiple_definition(ctx, s, f, sec, gs->st_value, name);
		take = false;
	}
	if (!take)
		return s;
	/* a definition replacing a common keeps its size and type if it has none */
	bool was_common = s->kind == SK_COMMON;
	uint64_t common_size = s->size;
	s->kind = shndx == SHN_ABS || (!sec && shndx != SHN_ABS) ? SK_ABS : SK_DEFINED;
	s->file = f;
	s->sec = sec;
	s->bind = bind;
	s->type = type;
	s->other = gs->st_other;
	s->value = gs->st_value;
	s->size = gs->st_size;
	s->shndx = shndx;
	if (was_common) {
		if (!s->size)
			s->size = common_size;
		if (s->type == STT_NOTYPE)
			s->type = STT_OBJECT;
	}
	return s;
}

/*
 * Where a place in an input section is, for messages: the function around
 * it when there is one (the nearest function or untyped symbol at or before
 * it), as GNU ld prints them.
 */
char *describe_place(struct input_section *sec, uint64_t offset)
{
	struct input_file *f = sec->file;
	const char *best = NULL;
	uint64_t best_value = 0;
	for (size_t i = 1; i < f->nsyms; i++) {
		/* the symbol as this file defines it (a global may be defined elsewhere) */
		const struct input_section *ssec;
		uint64_t value;
		uint8_t type;
		const char *sname;
		if (i >= f->first_global) {
			if (!f->gdefs || !f->gdefs[i].sec)
				continue;
			ssec = f->gdefs[i].sec;
			value = f->gdefs[i].value;
			type = f->gdefs[i].type;
			sname = f->gdefs[i].name;
		} else {
			const struct symbol *s = f->syms[i];
			if (!s || s->kind != SK_DEFINED)
				continue;
			ssec = s->sec;
			value = s->value;
			type = s->type;
			sname = s->name;
		}
		if (ssec != sec)
			continue;
		if (type != STT_FUNC && type != STT_NOTYPE && type != STT_GNU_IFUNC)
			continue;
		if (value > offset || !sname[0])
			continue;
		/* ARM mapping symbols ($a, $t, $d, $x.suffix) are never the function */
		if (f->machine == EM_ARM && sname[0] == '$' && strchr("atdx", sname[1]) && sname[1] &&
		    (sname[2] == '\0' || sname[2] == '.'))
			continue;
		if (!best || value > best_value) {
			best = sname;
			best_value = value;
		}
	}
	size_t n = strlen(f->display) + strlen(sec->name) + (best ? strlen(best) : 0) + 64;
	char *buf = xmalloc(n);
	if (best)
		snprintf(buf, n, "%s: in function `%s':\n(%s+0x%llx)", f->display, best,
			 sec->name, (unsigned long long)offset);
	else
		snprintf(buf, n, "%s:(%s+0x%llx)", f->display, sec->name, (unsigned long long)offset);
	return buf;
}

/*
 * After all inputs are in: give every common symbol a place in a COMMON
 * section of the file that defined it (matched by `*(COMMON)`), as GNU ld
 * does, unless -r without -d keeps them common.
 */
static unsigned log2_align(uint64_t a)
{
	unsigned p = 0;
	while (p < 63 && (1ull << (p + 1)) <= a)
		p++;
	return p;
}

/*
 * Give common symbol S its place at the end of the COMMON section of the
 * file holding its (largest) definition.
 */
static void allocate_common(struct symbol *s)
{
	struct input_file *f = s->file;
	struct input_section *cs = NULL;
	if (f->nsections && f->sections[f->nsections - 1] &&
	    strcmp(f->sections[f->nsections - 1]->name, "COMMON") == 0 &&
	    f->sections[f->nsections - 1]->index == 0)
		cs = f->sections[f->nsections - 1];
	if (!cs) {
		cs = xcalloc(1, sizeof *cs);
		cs->file = f;
		cs->name = "COMMON";
		cs->type = SHT_NOBITS;
		cs->flags = SHF_ALLOC | SHF_WRITE;
		cs->align = 1;
		f->sections = xrealloc(f->sections, (f->nsections + 1) * sizeof *f->sections);
		f->sections[f->nsections++] = cs;
	}
	uint64_t a = s->common_align ? s->common_align : 1;
	cs->size = (cs->size + a - 1) & ~(a - 1);
	if (a > cs->align)
		cs->align = a;
	s->kind = SK_DEFINED;
	s->sec = cs;
	s->value = cs->size;
	cs->size += s->size;
}

/*
 * After all inputs are in: give every common symbol a place in a COMMON
 * section of the file that defined it (matched by `*(COMMON)`), as GNU ld
 * does, unless -r without -d keeps them common.  GNU ld walks its symbol
 * hash table to do it, so the order within a file's COMMON is the table's;
 * --sort-common walks it once per alignment (2^4 and more, 2^3 ... 2^0
 * descending; 2^0 ... 2^4, then the larger ones ascending).
 */
void resolve_symbols(struct ctx *ctx)
{
	struct link *l = &ctx->link;

	if (ctx->opt.type == LINK_RELOCATABLE && !ctx->opt.force_common_definition)
		return;
	struct ptrvec order = { 0 };
	symtab_bfd_order(ctx, &order);
	for (size_t i = 0; i < l->symtab.order.n; i++) {
		struct symbol *s = l->symtab.order.v[i];
		if (!s->bfd_seq)
			vec_push(&order, s);
	}
	enum sort_common_mode sc = ctx->opt.sort_common;
	int passes = sc == SORT_COMMON_NONE ? 1 : 6;
	for (int pass = 0; pass < passes; pass++) {
		/* the alignment power this pass takes (at least / at most) */
		unsigned power = sc == SORT_COMMON_DESCENDING ? (pass < 5 ? 4u - (unsigned)pass : 0u)
							      : (pass < 5 ? (unsigned)pass : ~0u);
		for (size_t i = 0; i < order.n; i++) {
			struct symbol *s = order.v[i];
			if (s->kind != SK_COMMON)
				continue;
			unsigned p = log2_align(s->common_align ? s->common_align : 1);
			if (sc == SORT_COMMON_DESCENDING && p < power)
				continue;
			if (sc == SORT_COMMON_ASCENDING && p > power)
				continue;
			allocate_common(s);
			vec_push(&l->commons, s);
		}
	}
	free(order.v);
}
