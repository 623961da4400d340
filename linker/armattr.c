/*
 * armattr.c - ARM build attributes (.ARM.attributes, the "aeabi" vendor
 * subsection of AAELF's "Build Attributes") merged into one section as
 * GNU ld merges them, and the output's e_flags (EABI version, float ABI).
 *
 * The merged attributes start as the first input's; each further input
 * combines tag by tag: most tags take the larger value (an architecture or
 * a feature used), Tag_ABI_align_preserved the smaller, tags whose 0 means
 * "not said" (wchar_t, enum size, PCS config) take the first said value,
 * and the optimization goals stay the first input's.  The result replaces
 * the first input's section (which keeps its place for the layout); the
 * other inputs' sections are dropped.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

#define NTAGS 128

enum {
	TAG_FILE = 1,
	TAG_CPU_RAW_NAME = 4, TAG_CPU_NAME = 5, TAG_CPU_ARCH = 6, TAG_CPU_ARCH_PROFILE = 7,
	TAG_PCS_CONFIG = 13, TAG_ABI_PCS_WCHAR_T = 18, TAG_ABI_ALIGN_NEEDED = 24, TAG_ABI_ALIGN_PRESERVED = 25,
	TAG_ABI_ENUM_SIZE = 26, TAG_ABI_VFP_ARGS = 28, TAG_ABI_OPT_GOALS = 30,
	TAG_ABI_FP_OPT_GOALS = 31, TAG_COMPATIBILITY = 32, TAG_CONFORMANCE = 67,
	TAG_ALSO_COMPATIBLE_WITH = 65,
};

struct attrs {
	bool present;
	uint32_t ival[NTAGS];
	const char *sval[NTAGS];
};

static bool string_tag(unsigned tag)
{
	return tag == TAG_CPU_RAW_NAME || tag == TAG_CPU_NAME || tag == TAG_CONFORMANCE ||
	       tag == TAG_ALSO_COMPATIBLE_WITH || (tag > 32 && (tag & 1));
}

static uint64_t uleb(const uint8_t **p, const uint8_t *end)
{
	uint64_t v = 0;
	unsigned sh = 0;
	while (*p < end) {
		uint8_t b = *(*p)++;
		if (sh < 64)
			v |= (uint64_t)(b & 0x7f) << sh;
		sh += 7;
		if (!(b & 0x80))
			break;
	}
	return v;
}

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The file-scope attributes of the "aeabi" subsection of S. */
static void parse(const struct input_section *s, struct attrs *a)
{
	const uint8_t *d = s->buf ? s->buf : s->data, *end = d + s->size;
	if (!d || s->size < 1 || d[0] != 'A')
		return;
	const uint8_t *p = d + 1;
	while (end - p >= 4) {
		uint32_t len = rd32(p);
		if (len < 4 || len > (size_t)(end - p))
			return;
		const uint8_t *sub = p + 4, *subend = p + len;
		p = subend;
		size_t vlen = strnlen((const char *)sub, (size_t)(subend - sub));
		if (strcmp((const char *)sub, "aeabi") != 0 || vlen == (size_t)(subend - sub))
			continue;
		const uint8_t *q = sub + vlen + 1;
		while (subend - q >= 5) {
			unsigned kind = *q;
			uint32_t slen = rd32(q + 1);
			if (slen < 5 || slen > (size_t)(subend - q))
				break;
			const uint8_t *t = q + 5, *tend = q + slen;
			q = tend;
			if (kind != TAG_FILE)
				continue;	/* section/symbol scopes: not merged */
			a->present = true;
			while (t < tend) {
				uint64_t tag = uleb(&t, tend);
				if (tag == TAG_COMPATIBILITY) {
					uleb(&t, tend);		/* flag, then a vendor name: not merged */
					t += strnlen((const char *)t, (size_t)(tend - t)) + 1;
					continue;
				}
				if (string_tag((unsigned)tag)) {
					size_t n = strnlen((const char *)t, (size_t)(tend - t));
					if (tag < NTAGS)
						a->sval[tag] = xstrndup((const char *)t, n);
					t += n + (t + n < tend);
				} else {
					uint64_t v = uleb(&t, tend);
					if (tag < NTAGS)
						a->ival[tag] = (uint32_t)v;
				}
			}
		}
	}
}

/* Tag_ABI_align_needed: 1 means 8 bytes, 2 means 4, 4..12 mean 2^n */
static unsigned align_bytes(uint32_t v)
{
	return v == 1 ? 8 : v == 2 ? 4 : (v >= 4 && v <= 12) ? 1u << v : 0;
}

static void merge(struct attrs *out, const struct attrs *in)
{
	if (!in->present)
		return;
	if (!out->present) {
		*out = *in;
		return;
	}
	for (unsigned tag = 4; tag < NTAGS; tag++) {
		uint32_t o = out->ival[tag], i = in->ival[tag];
		switch (tag) {
		case TAG_CPU_ARCH:
			if (i > o) {
				out->ival[tag] = i;
				out->sval[TAG_CPU_NAME] = in->sval[TAG_CPU_NAME];
				out->sval[TAG_CPU_RAW_NAME] = in->sval[TAG_CPU_RAW_NAME];
			}
			break;
		case TAG_CPU_ARCH_PROFILE:
		case TAG_PCS_CONFIG:
		case TAG_ABI_PCS_WCHAR_T:
		case TAG_ABI_ENUM_SIZE:
		case TAG_ABI_VFP_ARGS:
			if (!o)
				out->ival[tag] = i;
			break;
		case TAG_ABI_ALIGN_NEEDED:
			if (align_bytes(i) > align_bytes(o))
				out->ival[tag] = i;	/* the stricter alignment */
			break;
		case TAG_ABI_ALIGN_PRESERVED:
			out->ival[tag] = i < o ? i : o;
			break;
		case TAG_ABI_OPT_GOALS:
		case TAG_ABI_FP_OPT_GOALS:
		case TAG_COMPATIBILITY:
			break;		/* the first input's */
		default:
			if (string_tag(tag)) {
				if (!out->sval[tag])
					out->sval[tag] = in->sval[tag];
			} else if (i > o) {
				out->ival[tag] = i;
			}
			break;
		}
	}
}

static void put_uleb(uint8_t *b, size_t *n, uint64_t v)
{
	do {
		uint8_t c = v & 0x7f;
		v >>= 7;
		b[(*n)++] = (uint8_t)(c | (v ? 0x80 : 0));
	} while (v);
}

static void put_tag(uint8_t *b, size_t *n, const struct attrs *a, unsigned tag)
{
	if (string_tag(tag)) {
		if (!a->sval[tag])
			return;
		put_uleb(b, n, tag);
		size_t l = strlen(a->sval[tag]) + 1;
		memcpy(b + *n, a->sval[tag], l);
		*n += l;
	} else if (a->ival[tag]) {
		put_uleb(b, n, tag);
		put_uleb(b, n, a->ival[tag]);
	}
}

static void wr32(uint8_t *p, size_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

void merge_arm_attributes(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct attrs acc = { 0 };
	struct input_section *first = NULL;
	bool eabi_seen = false;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		if (f->kind != FK_OBJECT && f->kind != FK_ARCHIVE_MEMBER)
			continue;
		if (!eabi_seen) {
			l->eflags = f->eflags & 0xff000000u;	/* EF_ARM_EABIMASK: the first input's */
			eabi_seen = true;
		}
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->discarded || s->type != SHT_ARM_ATTRIBUTES)
				continue;
			struct attrs in = { 0 };
			parse(s, &in);
			merge(&acc, &in);
			if (!first)
				first = s;
			else
				s->discarded = true;	/* merged into the first */
		}
	}
	if (l->eflags)
		l->eflags |= acc.ival[TAG_ABI_VFP_ARGS] == 1 ? EF_ARM_ABI_FLOAT_HARD : EF_ARM_ABI_FLOAT_SOFT;
	if (!first)
		return;
	size_t cap = 64;
	for (unsigned t = 0; t < NTAGS; t++)
		cap += 12 + (acc.sval[t] ? strlen(acc.sval[t]) + 1 : 0);
	uint8_t *b = xcalloc(cap, 1);
	size_t n = 0;
	b[n++] = 'A';
	size_t sub = n;
	n += 4;
	memcpy(b + n, "aeabi", 6);
	n += 6;
	size_t file = n;
	b[n++] = TAG_FILE;
	n += 4;
	put_tag(b, &n, &acc, TAG_CONFORMANCE);
	for (unsigned t = 4; t < NTAGS; t++)
		if (t != TAG_CONFORMANCE)
			put_tag(b, &n, &acc, t);
	wr32(b + sub, n - sub);
	wr32(b + file + 1, n - file);
	first->buf = b;
	first->size = n;
}
