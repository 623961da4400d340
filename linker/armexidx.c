/*
 * armexidx.c - the ARM exception index table (.ARM.exidx) as GNU ld edits it.
 *
 * Each .ARM.exidx input section (SHF_LINK_ORDER, sh_link = the code section
 * it describes) is a table of 8-byte entries: a PREL31 offset to the start of
 * a function, then its unwind word (EXIDX_CANTUNWIND = 1, an inline
 * description with bit 31 set, or a PREL31 offset into .ARM.extab).  An
 * entry covers the code up to the next entry's address, so GNU ld:
 *  - sorts the .ARM.exidx inputs of a statement by the address of the code
 *    they describe;
 *  - walks the code sections in output order and, for code without a table
 *    of its own that follows code that could be unwound, appends an
 *    EXIDX_CANTUNWIND entry (for that code's start) to the previous table;
 *  - ends the last table with an EXIDX_CANTUNWIND entry for the end of its
 *    code, unless its last entry already says "cannot unwind";
 *  - drops an entry that repeats the previous one: "cannot unwind" after
 *    "cannot unwind", an inline description equal to the previous inline one
 *    (entries pointing into .ARM.extab always stay; --no-merge-exidx-entries
 *    keeps the inline ones too).
 * Kept entries are moved down (s->buf, relocations moved with them), the
 * appended ones are written once the addresses are known (arm_exidx_write).
 * The output section keeps SHF_LINK_ORDER and links to the output section
 * of the last code described (arm_exidx_link).
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

#define EXIDX_CANTUNWIND 1u

enum { UW_NONE, UW_CANT, UW_INLINE, UW_TABLE };

struct exidx_add {
	struct input_section *exidx;	/* appended to */
	uint64_t offset;		/* in it */
	struct input_section *text;	/* for its start, or its end */
	bool at_end;
};

static struct exidx_add *adds;
static size_t nadds, capadds;

static uint32_t rd32le(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32le(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static struct input_section *linked(struct input_section *s)
{
	if (s->link == 0 || s->link >= s->file->nsections)
		return NULL;
	return s->file->sections[s->link];
}

static bool live(const struct input_section *s)
{
	return s && s->out && !s->discarded && !s->merge_excluded && !s->out->discard && !s->out->removed;
}

static uint64_t text_addr(struct input_section *s)
{
	struct input_section *t = linked(s);
	return live(t) ? t->out->vma + t->offset : 0;
}

static void sort_item(struct ptrvec *v)
{
	if (v->n < 2)
		return;
	for (size_t i = 0; i < v->n; i++)
		if (((struct input_section *)v->v[i])->type != SHT_ARM_EXIDX)
			return;
	/* a stable sort: insertion into the sorted prefix (the inputs are nearly sorted already) */
	for (size_t i = 1; i < v->n; i++) {
		void *p = v->v[i];
		uint64_t a = text_addr(p);
		size_t j = i;
		while (j > 0 && text_addr(v->v[j - 1]) > a) {
			v->v[j] = v->v[j - 1];
			j--;
		}
		v->v[j] = p;
	}
}

static void add_entry(struct input_section *exidx, struct input_section *text, bool at_end)
{
	if (nadds == capadds) {
		capadds = capadds ? 2 * capadds : 64;
		adds = xrealloc(adds, capadds * sizeof *adds);
	}
	adds[nadds++] = (struct exidx_add){ exidx, 0, text, at_end };
}

/* does a relocation other than R_ARM_NONE apply at OFF? */
static bool reloc_at(const struct input_section *s, uint64_t off)
{
	for (size_t k = 0; k < s->nrelocs; k++)
		if (s->relocs[k].offset == off && s->relocs[k].type != R_ARM_NONE)
			return true;
	return false;
}

/*
 * A table whose code the link dropped (/DISCARD/) goes with it, silently,
 * as GNU ld does: taken out of its output section before the layout.
 */
void arm_drop_orphaned_exidx(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		for (size_t j = 0; j < os->items.n; j++) {
			struct osec_item *it = os->items.v[j];
			if (it->kind != IT_INPUT)
				continue;
			size_t n = 0;
			for (size_t k = 0; k < it->secs.n; k++) {
				struct input_section *s = it->secs.v[k];
				struct input_section *t = s->type == SHT_ARM_EXIDX ? linked(s) : NULL;
				if (t && t->discarded) {
					s->discarded = true;
					s->out = NULL;
					continue;
				}
				it->secs.v[n++] = s;
			}
			it->secs.n = n;
		}
	}
}

/* does the first entry of X describe the start of T? */
static bool starts_at(const struct input_section *x, const struct input_section *t, const uint8_t *d)
{
	for (size_t k = 0; k < x->nrelocs; k++) {
		const struct reloc *r = &x->relocs[k];
		if (r->offset != 0 || r->type != R_ARM_PREL31)
			continue;
		const struct symbol *sym = r->sym < x->file->nsyms ? x->file->syms[r->sym] : NULL;
		if (!sym || sym->kind != SK_DEFINED || sym->sec != t)
			return true;	/* not known: as if it did */
		uint32_t a = rd32le(d) & 0x7fffffffu;
		int64_t add = (a & 0x40000000u) ? (int64_t)a - 0x80000000 : (int64_t)a;
		return ((sym->value + (uint64_t)add) & ~(uint64_t)1) == 0;
	}
	return true;
}

void arm_fix_exidx(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	nadds = 0;
	/* 1. the tables in the order of the code they describe */
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		for (size_t j = 0; j < os->items.n; j++) {
			struct osec_item *it = os->items.v[j];
			if (it->kind == IT_INPUT)
				sort_item(&it->secs);
		}
	}
	/* 2. each code section's table */
	bool any = false;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->type != SHT_ARM_EXIDX || !live(s))
				continue;
			struct input_section *t = linked(s);
			if (!live(t))
				continue;
			t->exidx = s;
			any = true;
		}
	}
	if (!any)
		return;
	/* 3. the walk over the code, in output order */
	int last = UW_NONE;
	uint32_t last_word = 0;
	struct input_section *last_exidx = NULL, *last_text = NULL;
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard)
			continue;
		for (size_t j = 0; j < os->items.n; j++) {
			struct osec_item *it = os->items.v[j];
			if (it->kind != IT_INPUT)
				continue;
			for (size_t k = 0; k < it->secs.n; k++) {
				struct input_section *t = it->secs.v[k];
				if (!(t->flags & SHF_EXECINSTR) || !live(t) || (!t->size && !t->exidx))
					continue;
				struct input_section *x = t->exidx;
				if (!x) {
					if (last_exidx && last != UW_CANT) {
						add_entry(last_exidx, last_text, true);
						last = UW_CANT;
					}
					continue;
				}
				/* keep the entries that say something new */
				const uint8_t *d = x->buf ? x->buf : x->data;
				size_t n = d ? x->size / 8 : 0;
				if (n && last_exidx && last != UW_CANT && !starts_at(x, t, d)) {
					/* the previous entry would cover the code before the first one */
					add_entry(last_exidx, last_text, true);
					last = UW_CANT;
				}
				uint64_t *newoff = xcalloc(n ? n : 1, sizeof *newoff);
				uint64_t kept = 0;
				for (size_t e = 0; e < n; e++) {
					uint32_t w = rd32le(d + 8 * e + 4);
					int type = reloc_at(x, 8 * e + 4) ? UW_TABLE
						   : w == EXIDX_CANTUNWIND ? UW_CANT
						   : (w & 0x80000000u)	   ? UW_INLINE
									   : UW_TABLE;
					/* (--no-merge-exidx-entries keeps the repeated inline ones) */
					bool drop = (type == UW_CANT && last == UW_CANT) ||
						    (!ctx->opt.no_merge_exidx_entries && type == UW_INLINE &&
						     last == UW_INLINE && w == last_word);
					last = type;
					last_word = w;
					if (drop) {
						newoff[e] = UINT64_MAX;
						continue;
					}
					newoff[e] = kept;
					kept += 8;
				}
				if (kept != 8 * n) {
					uint8_t *nb = xmalloc(kept ? kept : 1);
					for (size_t e = 0; e < n; e++)
						if (newoff[e] != UINT64_MAX)
							memcpy(nb + newoff[e], d + 8 * e, 8);
					size_t nr = 0;
					for (size_t r = 0; r < x->nrelocs; r++) {
						struct reloc rr = x->relocs[r];
						size_t e = rr.offset / 8;
						if (e >= n || newoff[e] == UINT64_MAX)
							continue;
						rr.offset = newoff[e] + rr.offset % 8;
						x->relocs[nr++] = rr;
					}
					x->nrelocs = nr;
					x->buf = nb;
					x->size = kept;
				}
				free(newoff);
				last_exidx = x;
				last_text = t;
			}
		}
	}
	if (last_exidx && last != UW_CANT)
		add_entry(last_exidx, last_text, true);
	/* 4. room for the appended entries */
	for (size_t i = 0; i < nadds; i++) {
		struct input_section *x = adds[i].exidx;
		uint8_t *nb = xmalloc(x->size + 8);
		const uint8_t *d = x->buf ? x->buf : x->data;
		if (x->size)
			memcpy(nb, d, x->size);
		adds[i].offset = x->size;
		wr32le(nb + x->size, 0);
		wr32le(nb + x->size + 4, EXIDX_CANTUNWIND);
		x->buf = nb;
		x->size += 8;
	}
}

/* the appended entries' PREL31 words, once the addresses are known */
void arm_exidx_write(struct ctx *ctx)
{
	(void)ctx;
	for (size_t i = 0; i < nadds; i++) {
		struct exidx_add *a = &adds[i];
		struct input_section *x = a->exidx;
		if (!x->out || !x->out->contents)
			continue;
		uint64_t place = x->out->vma + x->offset + a->offset;
		uint64_t target = a->text->out->vma + a->text->offset + (a->at_end ? a->text->size : 0);
		uint8_t *p = x->out->contents + x->offset + a->offset;
		wr32le(p, (uint32_t)(target - place) & 0x7fffffffu);
		wr32le(p + 4, EXIDX_CANTUNWIND);
	}
}

/* sh_link of an output .ARM.exidx: the output section of the last code it describes */
int arm_exidx_link(const struct osec *os)
{
	int link = 0;
	for (size_t j = 0; j < os->items.n; j++) {
		struct osec_item *it = os->items.v[j];
		if (it->kind != IT_INPUT)
			continue;
		for (size_t k = 0; k < it->secs.n; k++) {
			struct input_section *s = it->secs.v[k];
			if (s->type != SHT_ARM_EXIDX || !live(s))
				continue;
			struct input_section *t = linked(s);
			if (live(t))
				link = t->out->shndx;
		}
	}
	return link;
}
