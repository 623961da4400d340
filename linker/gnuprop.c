/*
 * gnuprop.c - .note.gnu.property: the program properties of every input
 * object merged into one note, as GNU ld does for x86 (x86-64 psABI,
 * "Program Property"):
 *   - AND properties (GNU_PROPERTY_UINT32_AND_*, x86 FEATURE_1_AND ...):
 *     kept only when every input has them, with the bits all have;
 *   - OR properties (GNU_PROPERTY_UINT32_OR_*, x86 ISA_1_NEEDED ...):
 *     the bits any input has;
 *   - x86 OR_AND properties (ISA_1_USED, FEATURE_2_USED): the bits any
 *     input has, kept only when every input has them.
 * The merged note replaces the first input's note (which keeps its place
 * for the layout); the other inputs' notes are dropped, and so is the
 * first when nothing is left.  The output section gets PT_GNU_PROPERTY.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

#define NT_PROPERTY 5

struct prop {
	uint32_t type;
	uint32_t value;
	bool removed;
};

struct plist {
	struct prop *v;
	size_t n;
	bool present;		/* the input has a property note */
};

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static bool is_property_note(const struct input_section *s)
{
	return s && !s->discarded && s->type == SHT_NOTE && strcmp(s->name, ".note.gnu.property") == 0;
}

static struct prop *find(struct plist *l, uint32_t type)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].type == type && !l->v[i].removed)
			return &l->v[i];
	return NULL;
}

/* The 4-byte properties of S's NT_GNU_PROPERTY_TYPE_0 notes (others are not merged). */
static void parse(const struct input_section *s, unsigned pad, struct plist *out)
{
	const uint8_t *d = s->data;
	uint64_t off = 0;
	out->present = true;
	while (d && off + 12 <= s->size) {
		uint32_t namesz = rd32(d + off), descsz = rd32(d + off + 4), type = rd32(d + off + 8);
		uint64_t desc = off + 12 + ((namesz + 3) & ~3u);
		uint64_t end = desc + ((descsz + pad - 1) & ~(uint64_t)(pad - 1));
		if (desc + descsz > s->size)
			break;
		if (type == NT_PROPERTY && namesz == 4 && memcmp(d + off + 12, "GNU", 4) == 0) {
			uint64_t p = desc;
			while (p + 8 <= desc + descsz) {
				uint32_t pt = rd32(d + p), sz = rd32(d + p + 4);
				if (sz == 4 && p + 12 <= desc + descsz && !find(out, pt)) {
					out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
					out->v[out->n++] = (struct prop){ pt, rd32(d + p + 8), false };
				}
				p += 8 + ((sz + pad - 1) & ~(pad - 1));
			}
		}
		off = end;
	}
}

enum pclass { PC_OTHER, PC_AND, PC_OR, PC_OR_AND };

static enum pclass class_of(uint32_t t)
{
	if (t >= 0xb0000000u && t <= 0xb0007fffu)
		return PC_AND;		/* GNU_PROPERTY_UINT32_AND_LO..HI */
	if (t >= 0xb0008000u && t <= 0xb000ffffu)
		return PC_OR;		/* GNU_PROPERTY_UINT32_OR_LO..HI */
	if (t >= 0xc0000002u && t <= 0xc0007fffu)
		return PC_AND;		/* GNU_PROPERTY_X86_UINT32_AND_LO..HI */
	if (t >= 0xc0008000u && t <= 0xc000ffffu)
		return PC_OR;		/* GNU_PROPERTY_X86_UINT32_OR_LO..HI */
	if (t >= 0xc0010000u && t <= 0xc0017fffu)
		return PC_OR_AND;	/* GNU_PROPERTY_X86_UINT32_OR_AND_LO..HI */
	return PC_OTHER;
}

/* Merge B (one more input) into A (the result so far). */
static void merge(struct plist *a, struct plist *b)
{
	for (size_t i = 0; i < a->n; i++) {
		struct prop *pa = &a->v[i];
		if (pa->removed)
			continue;
		struct prop *pb = find(b, pa->type);
		switch (class_of(pa->type)) {
		case PC_AND:
			pa->value = pb ? pa->value & pb->value : 0;
			pa->removed = pa->value == 0;
			break;
		case PC_OR:
			if (pb)
				pa->value |= pb->value;
			pa->removed = pa->value == 0;
			break;
		case PC_OR_AND:
			if (pb)
				pa->value |= pb->value;
			pa->removed = !pb;
			break;
		case PC_OTHER:
			break;
		}
	}
	for (size_t i = 0; i < b->n; i++) {
		struct prop *pb = &b->v[i];
		bool in_a = false;
		for (size_t k = 0; k < a->n && !in_a; k++)
			in_a = a->v[k].type == pb->type;
		if (in_a)
			continue;
		enum pclass c = class_of(pb->type);
		if (c == PC_OR ? pb->value != 0 : c == PC_OTHER) {
			a->v = xrealloc(a->v, (a->n + 1) * sizeof *a->v);
			a->v[a->n++] = *pb;
		}
	}
}

static int cmp_prop(const void *x, const void *y)
{
	const struct prop *a = x, *b = y;
	return a->type < b->type ? -1 : a->type > b->type;
}

void merge_gnu_properties(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	unsigned pad = l->arch && l->arch->is64 ? 8 : 4;
	struct input_section *first = NULL;
	struct input_file *first_file = NULL;
	struct plist acc = { 0 };

	for (size_t fi = 0; fi < l->files.n && !first; fi++) {
		struct input_file *f = l->files.v[fi];
		if (f->kind != FK_OBJECT && f->kind != FK_ARCHIVE_MEMBER)
			continue;
		for (size_t i = 0; i < f->nsections && !first; i++) {
			struct input_section *s = f->sections[i];
			if (!is_property_note(s))
				continue;
			struct plist pl = { 0 };
			parse(s, pad, &pl);
			if (pl.n) {
				first = s;
				first_file = f;
				acc = pl;
			} else {
				free(pl.v);
			}
		}
	}
	if (!first)
		return;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		if ((f->kind != FK_OBJECT && f->kind != FK_ARCHIVE_MEMBER) || f == first_file)
			continue;
		struct plist pl = { 0 };
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!is_property_note(s))
				continue;
			parse(s, pad, &pl);
			s->discarded = true;	/* merged into the first */
		}
		merge(&acc, &pl);
		free(pl.v);
	}
	size_t n = 0;
	for (size_t i = 0; i < acc.n; i++)
		if (!acc.v[i].removed)
			acc.v[n++] = acc.v[i];
	if (!n) {
		first->discarded = true;
		free(acc.v);
		return;
	}
	if (n > 1)
		qsort(acc.v, n, sizeof *acc.v, cmp_prop);
	size_t each = 8 + pad;
	size_t size = 16 + n * each;
	uint8_t *b = xcalloc(size, 1);
	wr32(b, 4);
	wr32(b + 4, (uint32_t)(n * each));
	wr32(b + 8, NT_PROPERTY);
	memcpy(b + 12, "GNU", 4);
	for (size_t i = 0; i < n; i++) {
		uint8_t *p = b + 16 + i * each;
		wr32(p, acc.v[i].type);
		wr32(p + 4, 4);
		wr32(p + 8, acc.v[i].value);
	}
	first->buf = b;
	first->size = size;
	free(acc.v);
}
