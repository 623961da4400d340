/*
 * ehframe.c - .eh_frame edited the way GNU ld 2.40 edits it in an
 * executable, and --eh-frame-hdr's .eh_frame_hdr.
 *
 * After the input sections are mapped, each .eh_frame input section that
 * goes to the output is split into its entries (CIEs, FDEs, zero
 * terminators).  Then, per output section, in placement order:
 *  - an FDE whose code went away (its initial-location relocation refers
 *    to a discarded section: --gc-sections, /DISCARD/, a dropped COMDAT
 *    group member) is removed;
 *  - a CIE equal to one kept before it (same bytes after the length, same
 *    relocation targets) is removed, its FDEs use the earlier one; a CIE no
 *    kept FDE uses is removed;
 *  - each entry loses its trailing DW_CFA_nop padding and is rounded up
 *    to 4 bytes again;
 *  - each section but the last non-empty one is padded to the output
 *    section's alignment, the padding going into its last entry (so no
 *    zero word - a terminator - can appear between sections);
 *  - a section left empty is not laid out.
 * The section's bytes are rebuilt (s->buf), its relocations are moved to
 * the new offsets (relocate_section applies them as usual), and once the
 * addresses are known ehframe_write() sets each FDE's CIE pointer (its CIE
 * may now live in another input section) and fills .eh_frame_hdr: the
 * pointer to .eh_frame, the FDE count and the table of (initial location,
 * FDE address) sorted by location, both relative to .eh_frame_hdr.
 *
 * A section klink cannot parse (64-bit DWARF lengths, an unknown
 * augmentation or CFA opcode, a bad pointer encoding) is left as it is and
 * keeps its FDEs out of .eh_frame_hdr's table (the header then says
 * there is no table, as GNU ld does).
 *
 * Linear in the number of entries: CIEs are found in a hash table.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

#define DW_EH_PE_omit 0xff
#define DW_EH_PE_absptr 0x00
#define DW_EH_PE_udata2 0x02
#define DW_EH_PE_udata4 0x03
#define DW_EH_PE_udata8 0x04
#define DW_EH_PE_sdata2 0x0a
#define DW_EH_PE_sdata4 0x0b
#define DW_EH_PE_sdata8 0x0c
#define DW_EH_PE_pcrel 0x10
#define DW_EH_PE_datarel 0x30

struct eh_entry {
	uint64_t in_off;		/* offset in the input section */
	uint64_t in_size;		/* bytes, the length field included */
	uint64_t keep_size;		/* bytes kept (trailing DW_CFA_nop dropped) */
	uint64_t out_off, out_size;	/* where it goes in the new contents */
	size_t first_reloc, nrelocs;	/* its relocations (input order) */
	bool is_cie, terminator, removed, used;
	struct eh_entry *cie;		/* FDE: its CIE (the kept one after merging) */
	struct eh_sec *cie_home;	/* FDE: the section holding that CIE */
	uint8_t fde_enc;		/* CIE: pointer encoding of its FDEs */
	uint64_t hash;			/* CIE */
	struct eh_entry *hnext;		/* CIE hash chain */
	struct eh_sec *home;
};

struct eh_sec {
	struct input_section *s;
	struct eh_entry *e;
	size_t n;
	bool parsed;			/* false: left as it is */
	uint64_t rawsize;
	const struct reloc *rawrelocs;
	size_t rawnrelocs;
};

struct eh_info {
	struct eh_sec *secs;		/* in output order */
	size_t nsecs;
	struct input_section *hdr;	/* .eh_frame_hdr, or NULL */
	struct osec *out;		/* the output section holding .eh_frame */
	size_t nfdes;
	bool table_ok;
};

/* ------------------------------------------------------------ reading */

struct rd {
	const uint8_t *p, *end;
	bool bad;
};

static uint64_t rd_uleb(struct rd *r)
{
	uint64_t v = 0;
	unsigned sh = 0;
	for (;;) {
		if (r->p >= r->end) {
			r->bad = true;
			return 0;
		}
		uint8_t b = *r->p++;
		if (sh < 64)
			v |= (uint64_t)(b & 0x7f) << sh;
		sh += 7;
		if (!(b & 0x80))
			return v;
	}
}

static int64_t rd_sleb(struct rd *r)
{
	int64_t v = 0;
	unsigned sh = 0;
	uint8_t b;
	do {
		if (r->p >= r->end) {
			r->bad = true;
			return 0;
		}
		b = *r->p++;
		if (sh < 64)
			v |= (int64_t)((uint64_t)(b & 0x7f) << sh);
		sh += 7;
	} while (b & 0x80);
	if (sh < 64 && (b & 0x40))
		v |= -((int64_t)1 << sh);
	return v;
}

static void rd_skip(struct rd *r, uint64_t n)
{
	if ((uint64_t)(r->end - r->p) < n) {
		r->bad = true;
		r->p = r->end;
	} else {
		r->p += n;
	}
}

static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

/* Bytes of a pointer with encoding ENC (0: not understood). */
static unsigned enc_width(uint8_t enc, unsigned ptr)
{
	if (enc == DW_EH_PE_omit)
		return 0;
	switch (enc & 0x0f) {
	case DW_EH_PE_absptr: return ptr;
	case DW_EH_PE_udata2: case DW_EH_PE_sdata2: return 2;
	case DW_EH_PE_udata4: case DW_EH_PE_sdata4: return 4;
	case DW_EH_PE_udata8: case DW_EH_PE_sdata8: return 8;
	default: return 0;
	}
}

/*
 * Skip the call-frame instructions in R; the end of the last one that is
 * not DW_CFA_nop, or NULL when an opcode is not understood.
 */
static const uint8_t *skip_cfa(struct rd *r, unsigned addr_width)
{
	const uint8_t *last = r->p;
	while (r->p < r->end && !r->bad) {
		uint8_t op = *r->p++;
		if (op == 0)
			continue;			/* DW_CFA_nop */
		switch (op & 0xc0) {
		case 0x40: case 0xc0:			/* advance_loc, restore */
			break;
		case 0x80:				/* offset */
			rd_uleb(r);
			break;
		default:
			switch (op) {
			case 0x01: rd_skip(r, addr_width); break;		/* set_loc */
			case 0x02: rd_skip(r, 1); break;
			case 0x03: rd_skip(r, 2); break;
			case 0x04: rd_skip(r, 4); break;
			case 0x06: case 0x07: case 0x08: case 0x0d: case 0x0e: case 0x2e:
				rd_uleb(r);
				break;
			case 0x13:				/* def_cfa_offset_sf */
				rd_sleb(r);
				break;
			case 0x05: case 0x09: case 0x0c: case 0x14: case 0x2f:
				rd_uleb(r);
				rd_uleb(r);
				break;
			case 0x11: case 0x12: case 0x15:
				rd_uleb(r);
				rd_sleb(r);
				break;
			case 0x0a: case 0x0b: case 0x2d:	/* remember/restore_state, window_save */
				break;
			case 0x0f:				/* def_cfa_expression */
				rd_skip(r, rd_uleb(r));
				break;
			case 0x10: case 0x16:			/* (val_)expression */
				rd_uleb(r);
				rd_skip(r, rd_uleb(r));
				break;
			default:
				return NULL;
			}
		}
		if (r->bad)
			return NULL;
		last = r->p;
	}
	return r->bad ? NULL : last;
}

/* Parse a CIE's fields after the CIE id; false when not understood. */
static bool parse_cie(struct eh_entry *e, const uint8_t *p, const uint8_t *end, unsigned ptr)
{
	struct rd r = { p, end, false };
	if (r.p >= r.end)
		return false;
	uint8_t version = *r.p++;
	const char *aug = (const char *)r.p;
	size_t alen = strnlen(aug, (size_t)(r.end - r.p));
	if (r.p + alen >= r.end)
		return false;
	r.p += alen + 1;
	if (aug[0] == 'e' && aug[1] == 'h')
		return false;			/* an old GCC's "eh" augmentation */
	rd_uleb(&r);				/* code alignment */
	rd_sleb(&r);				/* data alignment */
	if (version == 1)
		rd_skip(&r, 1);
	else
		rd_uleb(&r);			/* return address column */
	e->fde_enc = DW_EH_PE_absptr;
	if (aug[0] == 'z') {
		uint64_t n = rd_uleb(&r);
		struct rd a = { r.p, r.p + n, false };
		rd_skip(&r, n);
		if (r.bad)
			return false;
		for (const char *c = aug + 1; *c; c++) {
			uint8_t enc;
			switch (*c) {
			case 'R':
				rd_skip(&a, 1);
				if (a.bad)
					return false;
				e->fde_enc = a.p[-1];
				break;
			case 'L':
				rd_skip(&a, 1);
				break;
			case 'P':
				if (a.p >= a.end)
					return false;
				enc = *a.p++;
				if (!enc_width(enc, ptr))
					return false;
				rd_skip(&a, enc_width(enc, ptr));
				break;
			case 'S': case 'B':
				break;
			default:
				return false;
			}
			if (a.bad)
				return false;
		}
	} else if (aug[0]) {
		return false;
	}
	if (r.bad || !enc_width(e->fde_enc, ptr))
		return false;
	const uint8_t *insns_end = skip_cfa(&r, enc_width(e->fde_enc, ptr));
	if (!insns_end)
		return false;
	e->keep_size = (uint64_t)(insns_end - (p - 8));
	return true;
}

/* The entry among the first N of ES starting at offset AT (binary search), or NULL. */
static struct eh_entry *entry_at(struct eh_sec *es, size_t n, uint64_t at)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (es->e[mid].in_off < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && es->e[lo].in_off == at ? &es->e[lo] : NULL;
}

/* Split section ES into entries; false when it is to be left as it is. */
static bool parse_section(struct eh_sec *es, unsigned ptr)
{
	struct input_section *s = es->s;
	const uint8_t *d = s->data;
	uint64_t size = s->size, off = 0;
	size_t cap = 16, ri = 0;
	if (!d || s->type == SHT_NOBITS)
		return false;
	es->e = xcalloc(cap, sizeof *es->e);
	while (off < size) {
		if (size - off < 4)
			return false;
		uint32_t len = get32(d + off);
		if (len == 0xffffffffu || len > size - off - 4)
			return false;
		if (es->n == cap) {
			cap *= 2;
			es->e = xrealloc(es->e, cap * sizeof *es->e);
		}
		struct eh_entry *e = &es->e[es->n++];
		memset(e, 0, sizeof *e);
		e->home = es;
		e->in_off = off;
		e->in_size = (uint64_t)len + 4;
		while (ri < s->nrelocs && s->relocs[ri].offset < off)
			ri++;
		e->first_reloc = ri;
		while (ri < s->nrelocs && s->relocs[ri].offset < off + e->in_size)
			ri++;
		e->nrelocs = ri - e->first_reloc;
		if (len == 0) {
			e->terminator = true;
			e->keep_size = 4;
		} else if (len < 4) {
			return false;
		} else if (get32(d + off + 4) == 0) {
			e->is_cie = true;
			if (!parse_cie(e, d + off + 8, d + off + e->in_size, ptr))
				return false;
		} else {
			uint32_t back = get32(d + off + 4);
			if (back > off + 4)
				return false;
			struct eh_entry *c = entry_at(es, es->n - 1, off + 4 - back);
			if (!c || !c->is_cie)
				return false;
			e->cie = c;		/* an index fix-up follows if e moves */
			unsigned w = enc_width(c->fde_enc, ptr);
			struct rd r = { d + off + 8 + 2 * w, d + off + e->in_size, false };
			const uint8_t *aug = d + c->in_off + 9;
			if (*aug == 'z')
				rd_skip(&r, rd_uleb(&r));
			if (r.bad)
				return false;
			const uint8_t *insns_end = skip_cfa(&r, w);
			if (!insns_end)
				return false;
			e->keep_size = (uint64_t)(insns_end - (d + off));
		}
		off += e->in_size;
	}
	/* es->e may have moved while growing: point FDEs at their CIE again */
	for (size_t i = 0; i < es->n; i++)
		if (es->e[i].cie)
			es->e[i].cie = entry_at(es, i, es->e[i].in_off + 4 - get32(d + es->e[i].in_off + 4));
	return true;
}

/* ------------------------------------------------------------ CIE merging */

struct cie_table {
	struct eh_entry **v;
	size_t cap, n;
};

/* What a relocation of S refers to, for comparing CIEs. */
static const void *reloc_target(const struct input_section *s, const struct reloc *r, uint64_t *value)
{
	struct symbol *sym = r->sym < s->file->nsyms ? s->file->syms[r->sym] : NULL;
	*value = 0;
	if (!sym)
		return NULL;
	if (sym->local && sym->kind == SK_DEFINED) {
		*value = sym->value;
		return sym->sec;
	}
	return sym;
}

static uint64_t cie_hash(const struct eh_entry *e)
{
	const struct input_section *s = e->home->s;
	const uint8_t *p = s->data + e->in_off + 8;
	uint64_t h = 1469598103934665603ull ^ e->keep_size;
	for (uint64_t i = 8; i < e->keep_size; i++) {
		h ^= *p++;
		h *= 1099511628211ull;
	}
	for (size_t k = 0; k < e->nrelocs; k++) {
		const struct reloc *r = &s->relocs[e->first_reloc + k];
		uint64_t v;
		const void *t = reloc_target(s, r, &v);
		h ^= (uint64_t)(uintptr_t)t + v * 31 + r->type * 7 + (r->offset - e->in_off) + (uint64_t)r->addend;
		h *= 1099511628211ull;
	}
	return h;
}

static bool cie_equal(const struct eh_entry *a, const struct eh_entry *b)
{
	const struct input_section *sa = a->home->s, *sb = b->home->s;
	if (a->keep_size != b->keep_size || a->nrelocs != b->nrelocs ||
	    memcmp(sa->data + a->in_off + 8, sb->data + b->in_off + 8, a->keep_size - 8) != 0)
		return false;
	for (size_t k = 0; k < a->nrelocs; k++) {
		const struct reloc *x = &sa->relocs[a->first_reloc + k], *y = &sb->relocs[b->first_reloc + k];
		uint64_t vx, vy;
		if (x->type != y->type || x->addend != y->addend || x->offset - a->in_off != y->offset - b->in_off ||
		    reloc_target(sa, x, &vx) != reloc_target(sb, y, &vy) || vx != vy)
			return false;
	}
	return true;
}

/* The kept CIE equal to E, entering E when it is the first. */
static struct eh_entry *cie_canonical(struct cie_table *t, struct eh_entry *e)
{
	if ((t->n + 1) * 2 > t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 64;
		struct eh_entry **v = xcalloc(ncap, sizeof *v);
		for (size_t i = 0; i < t->cap; i++)
			for (struct eh_entry *c = t->v[i], *n; c; c = n) {
				n = c->hnext;
				c->hnext = v[c->hash & (ncap - 1)];
				v[c->hash & (ncap - 1)] = c;
			}
		free(t->v);
		t->v = v;
		t->cap = ncap;
	}
	e->hash = cie_hash(e);
	for (struct eh_entry *c = t->v[e->hash & (t->cap - 1)]; c; c = c->hnext)
		if (c->hash == e->hash && cie_equal(c, e))
			return c;
	e->hnext = t->v[e->hash & (t->cap - 1)];
	t->v[e->hash & (t->cap - 1)] = e;
	t->n++;
	return e;
}

/* ------------------------------------------------------------ the pass */

static bool is_eh_frame(const struct input_section *s)
{
	return s && strcmp(s->name, ".eh_frame") == 0 && s->out && !s->discarded && !s->merge_excluded &&
	       (s->flags & SHF_ALLOC);
}

/* Does the FDE E describe code that was discarded? */
static bool fde_discarded(const struct eh_sec *es, const struct eh_entry *e)
{
	const struct input_section *s = es->s;
	for (size_t k = 0; k < e->nrelocs; k++) {
		const struct reloc *r = &s->relocs[e->first_reloc + k];
		if (r->offset != e->in_off + 8)
			continue;
		const struct symbol *sym = r->sym < s->file->nsyms ? s->file->syms[r->sym] : NULL;
		return sym && sym->kind == SK_DEFINED && sym->sec && (sym->sec->discarded || !sym->sec->out);
	}
	return false;
}

void make_eh_frame_hdr(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	if (!ctx->opt.eh_frame_hdr || ctx->opt.type == LINK_RELOCATABLE)
		return;
	bool any = false;
	for (size_t fi = 0; fi < l->files.n && !any; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections && !any; i++) {
			struct input_section *s = f->sections[i];
			any = s && !s->discarded && strcmp(s->name, ".eh_frame") == 0 && s->size;
		}
	}
	if (!any)
		return;
	struct eh_info *info = xcalloc(1, sizeof *info);
	l->eh = info;
	info->hdr = synthetic_section(ctx, ".eh_frame_hdr", SHT_PROGBITS, SHF_ALLOC, 4, 12);
	struct symbol *g = sym_intern(ctx, "__GNU_EH_FRAME_HDR");
	sym_note_created(ctx, g);
	if (g->kind == SK_UNDEF) {
		g->kind = SK_DEFINED;
		g->sec = info->hdr;
		g->value = 0;
		g->type = STT_NOTYPE;
		g->file = info->hdr->file;
		g->hidden_by_script = true;	/* linker-made and local */
	}
}

/* Rebuild ES's contents and relocations from its kept entries. */
static void rebuild(struct eh_sec *es)
{
	struct input_section *s = es->s;
	uint64_t size = 0;
	for (size_t i = 0; i < es->n; i++)
		if (!es->e[i].removed)
			size = es->e[i].out_off + es->e[i].out_size;
	uint8_t *buf = xcalloc(size ? size : 1, 1);
	struct reloc *rel = xcalloc(es->rawnrelocs ? es->rawnrelocs : 1, sizeof *rel);
	size_t nrel = 0;
	for (size_t i = 0; i < es->n; i++) {
		struct eh_entry *e = &es->e[i];
		if (e->removed)
			continue;
		memcpy(buf + e->out_off, s->data + e->in_off, e->keep_size);
		if (!e->terminator)
			put32(buf + e->out_off, (uint32_t)(e->out_size - 4));
		for (size_t k = 0; k < e->nrelocs; k++) {
			struct reloc r = es->rawrelocs[e->first_reloc + k];
			if (r.offset >= e->in_off + e->keep_size)
				continue;
			r.offset = r.offset - e->in_off + e->out_off;
			rel[nrel++] = r;
		}
	}
	s->buf = buf;
	s->size = size;
	s->relocs = rel;
	s->nrelocs = nrel;
	if (!size)
		s->merge_excluded = true;	/* nothing left: not laid out */
}

void edit_eh_frame(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	unsigned ptr = l->arch->is64 ? 8 : 4;
	struct eh_info *info = l->eh;
	if (!info)
		info = l->eh = xcalloc(1, sizeof *info);
	info->table_ok = true;

	/* the .eh_frame input sections in output order */
	struct ptrvec secs = { 0 };
	for (size_t oi = 0; oi < l->osecs.n; oi++) {
		struct osec *os = l->osecs.v[oi];
		if (os->discard)
			continue;
		for (size_t i = 0; i < os->items.n; i++) {
			struct osec_item *it = os->items.v[i];
			for (size_t j = 0; j < it->secs.n; j++)
				if (is_eh_frame(it->secs.v[j]))
					vec_push(&secs, it->secs.v[j]);
		}
	}
	if (!secs.n)
		return;
	info->secs = xcalloc(secs.n, sizeof *info->secs);
	info->nsecs = secs.n;
	info->out = ((struct input_section *)secs.v[0])->out;
	struct cie_table cies = { 0 };
	for (size_t i = 0; i < secs.n; i++) {
		struct eh_sec *es = &info->secs[i];
		es->s = secs.v[i];
		es->rawsize = es->s->size;
		es->rawrelocs = es->s->relocs;
		es->rawnrelocs = es->s->nrelocs;
		es->parsed = parse_section(es, ptr);
		if (!es->parsed) {
			es->n = 0;
			info->table_ok = false;
			continue;
		}
		/* FDEs of discarded code go; the others keep their (canonical) CIE */
		for (size_t k = 0; k < es->n; k++) {
			struct eh_entry *e = &es->e[k];
			if (e->is_cie || e->terminator)
				continue;
			if (fde_discarded(es, e)) {
				e->removed = true;
				continue;
			}
			struct eh_entry *c = e->cie;
			if (!c->used) {
				c->used = true;
				struct eh_entry *canon = cie_canonical(&cies, c);
				if (canon != c)
					c->removed = true;
				c->cie = canon;		/* a CIE's cie: where its FDEs point */
			}
			e->cie = c->cie;
			info->nfdes++;
		}
		for (size_t k = 0; k < es->n; k++) {
			struct eh_entry *e = &es->e[k];
			if (e->is_cie && !e->used)
				e->removed = true;
		}
	}
	free(cies.v);

	/* sizes; zero terminators stay only in the last section */
	for (size_t i = 0; i < info->nsecs; i++) {
		struct eh_sec *es = &info->secs[i];
		uint64_t off = 0;
		for (size_t k = 0; k < es->n; k++) {
			struct eh_entry *e = &es->e[k];
			if (e->terminator && i + 1 < info->nsecs)
				e->removed = true;
			if (e->removed)
				continue;
			e->out_off = off;
			e->out_size = e->terminator ? 4 : (e->keep_size + 3) & ~(uint64_t)3;
			off += e->out_size;
		}
	}
	/* the output's alignment; every section before the last non-empty one is padded to it */
	uint64_t align = 1;
	for (size_t i = 0; i < info->nsecs; i++)
		if (info->secs[i].s->align > align)
			align = info->secs[i].s->align;
	size_t last = info->nsecs;
	for (size_t i = info->nsecs; i-- > 0 && last == info->nsecs;) {
		struct eh_sec *es = &info->secs[i];
		uint64_t sz = es->parsed ? 0 : es->rawsize;
		for (size_t k = 0; k < es->n; k++)
			if (!es->e[k].removed)
				sz = es->e[k].out_off + es->e[k].out_size;
		if (sz > 4)
			last = i;
	}
	for (size_t i = 0; i < info->nsecs; i++) {
		struct eh_sec *es = &info->secs[i];
		if (!es->parsed)
			continue;
		struct eh_entry *lastent = NULL;
		for (size_t k = 0; k < es->n; k++)
			if (!es->e[k].removed)
				lastent = &es->e[k];
		if (lastent && i < last && !lastent->terminator) {
			uint64_t end = lastent->out_off + lastent->out_size;
			lastent->out_size += ((end + align - 1) & ~(align - 1)) - end;
		}
		rebuild(es);
	}
	if (info->hdr) {
		/* the table's room: the buffer synthetic_section made is the header's */
		info->hdr->size = 12 + (info->table_ok ? 8 * info->nfdes : 0);
		free(info->hdr->buf);
		info->hdr->buf = xcalloc(info->hdr->size, 1);
	}
}

struct osec *eh_frame_hdr_osec(struct ctx *ctx)
{
	const struct eh_info *info = ctx->link.eh;
	if (!info || !info->hdr || !info->hdr->out || info->hdr->discarded || info->hdr->merge_excluded)
		return NULL;
	struct osec *os = info->hdr->out;
	return os->removed || os->discard || !os->size ? NULL : os;
}

/* ------------------------------------------------------------ writing */

struct hdr_row {
	int64_t loc, fde;
};

static int row_cmp(const void *a, const void *b)
{
	const struct hdr_row *x = a, *y = b;
	if (x->loc != y->loc)
		return x->loc < y->loc ? -1 : 1;
	return x->fde < y->fde ? -1 : x->fde > y->fde;
}

/* Read an encoded pointer at P (its address ADDR); false when not understood. */
static bool read_encoded(uint8_t enc, const uint8_t *p, uint64_t addr, unsigned ptr, uint64_t *out)
{
	uint64_t v = 0;
	unsigned w = enc_width(enc, ptr);
	if (!w)
		return false;
	for (unsigned i = 0; i < w; i++)
		v |= (uint64_t)p[i] << (8 * i);
	bool sgn = (enc & 0x0f) == DW_EH_PE_sdata2 || (enc & 0x0f) == DW_EH_PE_sdata4 ||
		   (enc & 0x0f) == DW_EH_PE_sdata8;
	if (sgn && w < 8 && (v >> (8 * w - 1)) & 1)
		v |= ~(uint64_t)0 << (8 * w);
	switch (enc & 0x70) {
	case 0:
		break;
	case DW_EH_PE_pcrel:
		v += addr;
		break;
	default:
		return false;
	}
	if (ptr == 4)
		v &= 0xffffffffu;
	*out = v;
	return true;
}

void ehframe_write(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct eh_info *info = l->eh;
	unsigned ptr = l->arch->is64 ? 8 : 4;
	if (!info)
		return;
	struct hdr_row *rows = xcalloc(info->nfdes ? info->nfdes : 1, sizeof *rows);
	size_t nrows = 0;
	bool ok = info->table_ok;
	uint64_t hdr_addr = 0;
	uint8_t *hdr = NULL;
	if (info->hdr && info->hdr->out && info->hdr->out->contents && !info->hdr->merge_excluded) {
		hdr_addr = info->hdr->out->vma + info->hdr->offset;
		hdr = info->hdr->out->contents + info->hdr->offset;
	}
	for (size_t i = 0; i < info->nsecs; i++) {
		struct eh_sec *es = &info->secs[i];
		struct input_section *s = es->s;
		if (!es->parsed || !s->size || !s->out->contents)
			continue;
		uint8_t *buf = s->out->contents + s->offset;
		uint64_t base = s->out->vma + s->offset;
		for (size_t k = 0; k < es->n; k++) {
			struct eh_entry *e = &es->e[k];
			if (e->removed || e->is_cie || e->terminator)
				continue;
			struct eh_entry *c = e->cie;
			uint64_t cie_at = c->home->s->offset + c->out_off;
			uint64_t here = s->offset + e->out_off + 4;
			put32(buf + e->out_off + 4, (uint32_t)(here - cie_at));
			uint64_t loc;
			if (!read_encoded(c->fde_enc, buf + e->out_off + 8, base + e->out_off + 8, ptr, &loc)) {
				ok = false;
				continue;
			}
			if (nrows < info->nfdes) {
				rows[nrows].loc = (int64_t)(loc - hdr_addr);
				rows[nrows].fde = (int64_t)(base + e->out_off - hdr_addr);
				nrows++;
			}
		}
	}
	if (hdr) {
		uint64_t eh_addr = info->out ? info->out->vma : 0;
		for (size_t i = 0; i < info->nsecs; i++)
			if (info->secs[i].s->size) {
				eh_addr = info->secs[i].s->out->vma + info->secs[i].s->offset;
				break;
			}
		ok = ok && nrows == info->nfdes && info->hdr->size == 12 + 8 * nrows;
		hdr[0] = 1;				/* version */
		hdr[1] = DW_EH_PE_pcrel | DW_EH_PE_sdata4;	/* eh_frame_ptr */
		hdr[2] = ok ? DW_EH_PE_udata4 : DW_EH_PE_omit;	/* fde_count */
		hdr[3] = ok ? DW_EH_PE_datarel | DW_EH_PE_sdata4 : DW_EH_PE_omit;
		put32(hdr + 4, (uint32_t)(eh_addr - (hdr_addr + 4)));
		if (ok) {
			put32(hdr + 8, (uint32_t)nrows);
			if (nrows > 1)
				qsort(rows, nrows, sizeof *rows, row_cmp);
			for (size_t i = 0; i < nrows; i++) {
				put32(hdr + 12 + 8 * i, (uint32_t)rows[i].loc);
				put32(hdr + 16 + 8 * i, (uint32_t)rows[i].fde);
			}
		}
	}
	free(rows);
}
