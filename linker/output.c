/*
 * output.c - write_output(): the entry point, the bytes of every section
 * (input contents, fills, data commands, relocations applied), .symtab,
 * .strtab and .shstrtab as GNU ld writes them for an executable, the ELF
 * and program headers; all into a temporary file that is renamed over the
 * output only when nothing went wrong.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "klink.h"

/*
 * A string table built as BFD builds .strtab and .shstrtab: each distinct
 * string once, and a string that ends another one stored inside it.  Names
 * are added first (str_add returns a handle), laid out by strtab_finish,
 * then handles are turned into offsets by str_offset.
 */
struct strent {
	const char *s;
	size_t len;
	uint32_t offset;
	struct strent *suffix_of;
};

struct strtab {
	struct strmap map;		/* string -> struct strent * */
	struct strent **ents;		/* in insertion order; [0] is "" */
	size_t n, cap;
	char *buf;
	size_t size;
};

static uint32_t str_add(struct strtab *t, const char *s)
{
	if (!t->n) {
		t->cap = 256;
		t->ents = xmalloc(t->cap * sizeof *t->ents);
		struct strent *z = xcalloc(1, sizeof *z);
		z->s = "";
		t->ents[t->n++] = z;
	}
	if (!*s)
		return 0;
	struct strent *e = strmap_get(&t->map, s);
	if (e)
		return (uint32_t)(uintptr_t)e->suffix_of;	/* the handle is kept there until finish */
	if (t->n == t->cap) {
		t->cap *= 2;
		t->ents = xrealloc(t->ents, t->cap * sizeof *t->ents);
	}
	e = xcalloc(1, sizeof *e);
	e->s = s;
	e->len = strlen(s);
	e->suffix_of = (struct strent *)(uintptr_t)t->n;
	t->ents[t->n] = e;
	strmap_put(&t->map, s, e);
	return (uint32_t)t->n++;
}

static int rev_cmp(const void *a, const void *b)
{
	const struct strent *x = *(const struct strent *const *)a, *y = *(const struct strent *const *)b;
	size_t l = x->len < y->len ? x->len : y->len;
	const unsigned char *p = (const unsigned char *)x->s + x->len, *q = (const unsigned char *)y->s + y->len;
	while (l--) {
		p--;
		q--;
		if (*p != *q)
			return (int)*p - (int)*q;
	}
	return x->len < y->len ? -1 : x->len > y->len;
}

static void strtab_finish(struct strtab *t)
{
	if (!t->n)
		str_add(t, "");
	size_t n = t->n - 1;
	struct strent **a = xmalloc((n ? n : 1) * sizeof *a);
	for (size_t i = 0; i < n; i++) {
		a[i] = t->ents[i + 1];
		a[i]->suffix_of = NULL;
	}
	if (n > 1)
		qsort(a, n, sizeof *a, rev_cmp);
	if (n) {
		struct strent *e = a[n - 1];
		for (size_t i = n - 1; i-- > 0;) {
			struct strent *c = a[i];
			if (e->len > c->len && memcmp(e->s + e->len - c->len, c->s, c->len) == 0)
				c->suffix_of = e;
			else
				e = c;
		}
	}
	free(a);
	t->size = 1;
	for (size_t i = 1; i < t->n; i++)
		if (!t->ents[i]->suffix_of) {
			t->ents[i]->offset = (uint32_t)t->size;
			t->size += t->ents[i]->len + 1;
		}
	t->buf = xcalloc(t->size, 1);
	for (size_t i = 1; i < t->n; i++) {
		struct strent *e = t->ents[i];
		if (e->suffix_of) {
			struct strent *l = e->suffix_of;
			while (l->suffix_of)
				l = l->suffix_of;
			e->offset = (uint32_t)(l->offset + l->len - e->len);
		} else {
			memcpy(t->buf + e->offset, e->s, e->len);
		}
	}
}

static uint32_t str_offset(const struct strtab *t, uint32_t handle)
{
	return handle ? t->ents[handle]->offset : 0;
}

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

/* ------------------------------------------------------------ undefined symbols */

/*
 * A symbol left undefined (not weak) whose visibility is not default stops
 * GNU ld as it writes its symbol table (after the relocations, whatever
 * --unresolved-symbols or --noinhibit-exec say): the first one in its hash
 * table's order is reported.
 */
static void check_undefined_visibility(struct ctx *ctx)
{
	static const char *const names[] = { "default", "internal", "hidden", "protected" };
	struct ptrvec order = { 0 };
	symtab_bfd_order(ctx, &order);
	for (size_t i = 0; i < order.n; i++) {
		const struct symbol *s = order.v[i];
		if (s->kind != SK_UNDEF || s->visibility == STV_DEFAULT || s->script_assigned ||
		    s->bind == STB_WEAK || s->weak_undef_seen)
			continue;
		message(ctx, "%s: %s symbol `%s' isn't defined", ctx->opt.output ? ctx->opt.output : "a.out",
			names[s->visibility & 3], s->name);
		fatal(ctx, "final link failed: bad value");
	}
	free(order.v);
}

/* ------------------------------------------------------------ entry point */

static uint64_t entry_address(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	const char *name = ctx->opt.entry;
	bool from_script = false;

	if (!name)	/* the last ENTRY of the -T scripts wins */
		for (size_t i = 0; i < ctx->nscripts; i++)
			for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
				if (st->kind == ST_ENTRY)
					name = st->u.name, from_script = true;
	if (!name && l->layout_script)
		for (const struct stmt *st = l->layout_script->stmts; st; st = st->next)
			if (st->kind == ST_ENTRY)
				name = st->u.name, from_script = true;
	(void)from_script;
	/*
	 * No -e and no ENTRY: GNU ld's generic default is "start" (the ELF
	 * default scripts say ENTRY(_start)), silently falling back on .text.
	 */
	bool defaulted = !name;
	if (!name)
		name = "start";
	struct symbol *s = sym_lookup(ctx, name);
	bool undef = true;
	uint64_t v = 0;
	if (s)
		v = symbol_address(ctx, s, &undef);
	if (!undef)
		return v;
	if (!defaulted || true) {
		char *end;
		errno = 0;
		unsigned long long n = strtoull(name, &end, 0);
		if (!defaulted && *name && !*end && !errno)
			return n;
	}
	struct osec *text = osec_find(ctx, ".text");
	unsigned w = l->arch->is64 ? 16 : 8;
	/* an empty .text GNU ld drops later still has its address then */
	if (text && defaulted)
		return text->vma;
	if (text && !text->removed) {
		warn(ctx, "cannot find entry symbol %s; defaulting to %0*llx", name, w,
		     (unsigned long long)text->vma);
		return text->vma;
	}
	if (!defaulted)
		warn(ctx, "cannot find entry symbol %s; not setting start address", name);
	return 0;
}

/* ------------------------------------------------------------ contents */

/* x86 code padding as BFD makes it (cpu-i386.c): long NOPs for x86-64, 66 90 for i386. */
static void code_fill(uint8_t *p, size_t n, bool is64)
{
	static const uint8_t nops[10][10] = {
		{ 0x90 },
		{ 0x66, 0x90 },
		{ 0x0f, 0x1f, 0x00 },
		{ 0x0f, 0x1f, 0x40, 0x00 },
		{ 0x0f, 0x1f, 0x44, 0x00, 0x00 },
		{ 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
		{ 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
		{ 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
		{ 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
		{ 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
	};
	size_t max = is64 ? 10 : 2;
	size_t step = n > max ? max : n;
	while (n >= step && step) {
		memcpy(p, nops[step - 1], step);
		p += step;
		n -= step;
	}
	if (n)
		memcpy(p, nops[n - 1], n);
}

/* A gap of N bytes: the explicit fill pattern from the gap's start, else code or zeros. */
static void fill_gap(struct ctx *ctx, const struct osec *os, uint8_t *p, size_t n,
		     const uint8_t *pat, size_t plen)
{
	if (plen) {
		for (size_t i = 0; i < n; i++)
			p[i] = pat[i % plen];
	} else if ((os->flags & SHF_EXECINSTR) && ctx->link.arch->machine != EM_ARM) {
		code_fill(p, n, ctx->link.arch->is64);
	} else {
		memset(p, 0, n);
	}
}

/* GNU ld's fill pattern: the hex digits as written, else 4 big-endian bytes. */
static size_t fill_pattern(const struct expr *e, uint64_t value, uint8_t *out)
{
	if (e && e->kind == EX_NUM && e->hex) {
		size_t nd = strlen(e->hex);
		size_t nb = (nd + 1) / 2;
		if (nb > 16)
			nb = 16;
		for (size_t i = 0; i < nb; i++)
			out[i] = (uint8_t)(value >> (8 * (nb - 1 - i)));
		return nb;
	}
	for (int i = 0; i < 4; i++)
		out[i] = (uint8_t)(value >> (8 * (3 - i)));
	return 4;
}

static uint64_t const_value(struct ctx *ctx, const struct expr *e)
{
	struct eval_env env = { .addr_bits = 64, .prog = ctx->prog, .quiet = true };
	struct eval_result r = expr_eval(e, &env);
	return r.v.val;
}

static void build_contents(struct ctx *ctx, struct osec *os)
{
	os->contents = xcalloc(os->size ? os->size : 1, 1);
	uint8_t pat[16];
	size_t plen = 0;
	const struct output_section *d = os->stmt && os->stmt->kind == ST_OUTSECT ? &os->stmt->u.osec : NULL;
	if (d && d->fill)
		plen = fill_pattern(d->fill, const_value(ctx, d->fill), pat);
	uint64_t pos = 0;
	for (size_t i = 0; i < os->items.n; i++) {
		struct osec_item *it = os->items.v[i];
		if (it->kind == IT_FILL) {
			plen = fill_pattern(it->stmt->u.expr, const_value(ctx, it->stmt->u.expr), pat);
			continue;
		}
		if (it->kind == IT_ASSIGN && it->moves_dot) {
			/* each move of '.' is its own pad, with the fill then in effect */
			if (it->offset > pos && it->offset <= os->size) {
				fill_gap(ctx, os, os->contents + pos, it->offset - pos, pat, plen);
				pos = it->offset;
			}
			continue;
		}
		if (it->kind == IT_DATA) {
			if (it->offset > pos)
				fill_gap(ctx, os, os->contents + pos, it->offset - pos, pat, plen);
			unsigned size = it->stmt->u.data.size == DK_SQUAD ? 8 : it->stmt->u.data.size;
			for (unsigned b = 0; b < size && it->offset + b < os->size; b++)
				os->contents[it->offset + b] = (uint8_t)(it->data_value >> (8 * b));
			pos = it->offset + size;
			continue;
		}
		for (size_t j = 0; j < it->secs.n; j++) {
			struct input_section *s = it->secs.v[j];
			if (s->merge_excluded)
				continue;
			if (s->offset > pos)
				fill_gap(ctx, os, os->contents + pos, s->offset - pos, pat, plen);
			if (s->type != SHT_NOBITS && s->size) {
				const uint8_t *src = s->buf ? s->buf : s->data;
				if (src)
					memcpy(os->contents + s->offset, src, s->size);
				else if (s == ctx->link.got_isec)
					memset(os->contents + s->offset, 0, s->size);
			}
			pos = s->offset + s->size;
		}
	}
	if (os->size > pos)
		fill_gap(ctx, os, os->contents + pos, os->size - pos, pat, plen);
}

/* The GOT of a static link holds the addresses themselves. */
static void fill_got(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	if (!l->got_isec || !l->got_isec->out || !l->got_isec->out->contents)
		return;
	struct osec *os = l->got_isec->out;
	unsigned w = l->arch->is64 ? 8 : 4;
	bool a_rela = l->arch->rela;
	for (size_t i = 0; i < l->got_syms.n; i++) {
		struct symbol *s = l->got_syms.v[i];
		bool undef;
		uint64_t v = symbol_address(ctx, s, &undef);
		if (s->plt_index1 && l->iplt_isec && l->iplt_isec->out)
			v = l->iplt_isec->out->vma + l->iplt_isec->offset + (s->plt_index1 - 1) * 8;
		else if (s->type == STT_GNU_IFUNC && s->kind == SK_DEFINED && a_rela)
			v = 0;	/* its R_X86_64_IRELATIVE fills it (i386's REL: the resolver, the addend) */
		uint8_t *p = os->contents + l->got_isec->offset + s->got_offset;
		for (unsigned b = 0; b < w; b++)
			p[b] = (uint8_t)(v >> (8 * b));
	}
}

/* ------------------------------------------------------------ symbols */

struct symout {
	struct strtab str;
	uint8_t *buf;
	size_t n, cap;
	size_t nlocal;
	bool is64;
	size_t file_syms;		/* STT_FILE symbols emitted */
	bool empty_file_done;
};

static void sym_emit(struct symout *o, const char *name, uint64_t value, uint64_t size,
		     uint8_t bind, uint8_t type, uint8_t other, uint16_t shndx)
{
	size_t es = o->is64 ? 24 : 16;
	if ((o->n + 1) * es > o->cap) {
		o->cap = o->cap ? o->cap * 2 : 4096;
		while ((o->n + 1) * es > o->cap)
			o->cap *= 2;
		o->buf = xrealloc(o->buf, o->cap);
	}
	uint8_t *p = o->buf + o->n * es;
	uint32_t nm = name && *name ? str_add(&o->str, name) : 0;
	if (o->is64) {
		Elf64_Sym s = { nm, (unsigned char)ELF64_ST_INFO(bind, type), other, shndx, value, size };
		memcpy(p, &s, sizeof s);
	} else {
		Elf32_Sym s = { nm, (Elf32_Addr)value, (Elf32_Word)size, (unsigned char)ELF32_ST_INFO(bind, type),
				other, shndx };
		memcpy(p, &s, sizeof s);
	}
	o->n++;
}

/*
 * Where a symbol of a removed output section S goes: BFD's
 * _bfd_nearby_section() - the kept section before or after it, whichever
 * is more like S (allocated, loaded, read-only, code), else the one after
 * unless the value lies before it.
 */
static struct osec *nearby_section(struct ctx *ctx, const struct osec *s, uint64_t addr)
{
	struct ptrvec *v = &ctx->link.osecs;
	size_t at = 0;
	while (at < v->n && v->v[at] != s)
		at++;
	struct osec *prev = NULL, *next = NULL;
	for (size_t i = at; i-- > 0;) {
		struct osec *o = v->v[i];
		if (!o->removed && !o->discard && !o->reloc_for) {
			prev = o;
			break;
		}
	}
	for (size_t i = at + 1; i < v->n; i++) {
		struct osec *o = v->v[i];
		if (!o->removed && !o->discard && !o->reloc_for) {
			next = o;
			break;
		}
	}
	if (!prev)
		return next;
	if (!next)
		return prev;
#define F(o, f) ((o)->f ? 1 : 0)
	if (F(prev, bfd_alloc) != F(next, bfd_alloc) || F(prev, bfd_tls) != F(next, bfd_tls) ||
	    F(prev, bfd_load) != F(next, bfd_load)) {
		if (F(next, bfd_alloc) != F(s, bfd_alloc) || F(next, bfd_tls) != F(s, bfd_tls) ||
		    (prev->bfd_load && !next->bfd_load))
			return prev;
		return next;
	}
	if (F(prev, bfd_readonly) != F(next, bfd_readonly))
		return F(next, bfd_readonly) != F(s, bfd_readonly) ? prev : next;
	if (F(prev, bfd_code) != F(next, bfd_code))
		return F(next, bfd_code) != F(s, bfd_code) ? prev : next;
#undef F
	return addr < next->vma ? prev : next;
}

static bool local_label(const char *name)
{
	return name[0] == '.' && name[1] == 'L';
}

/* Value and section index of a defined symbol in the output. */
static bool symbol_place(struct ctx *ctx, const struct symbol *s, uint64_t *value, uint16_t *shndx)
{
	bool undef;
	*value = symbol_address(ctx, s, &undef);
	if (undef)
		return false;
	struct osec *os = NULL;
	if (s->kind == SK_DEFINED) {
		if (!s->sec)
			*shndx = SHN_ABS;
		else if (!s->sec->out || s->sec->discarded)
			return false;
		else
			os = s->sec->out;
	} else if (s->kind == SK_SCRIPT) {
		os = s->osec;
		if (!os)
			*shndx = SHN_ABS;
	} else {
		*shndx = SHN_ABS;
	}
	if (os) {
		if (os->removed || os->discard)
			os = nearby_section(ctx, os, *value);
		*shndx = os ? (uint16_t)os->shndx : SHN_ABS;
	}
	uint64_t tls_start, tp;
	if (s->type == STT_TLS && tls_segment(ctx, &tls_start, &tp))
		*value -= tls_start;	/* an offset in the TLS segment */
	return true;
}

/* An ARM mapping symbol: $a, $t, $d, or one of them followed by `.anything'. */
static bool arm_mapping_name(const char *n)
{
	return n[0] == '$' && (n[1] == 'a' || n[1] == 't' || n[1] == 'd') && (n[2] == 0 || n[2] == '.');
}

/*
 * GNU ld's ARM back end marks as data, with a `$d' at its start, every
 * linked input section with contents that has no mapping symbol of its own
 * (.incbin blobs, string literals): after all the other local symbols, file
 * by file, in section order.
 */
static void arm_data_mapping_syms(struct ctx *ctx, struct symout *o)
{
	struct link *l = &ctx->link;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || !s->index || !s->out || s->discarded || s->merge_excluded || s->out->discard ||
			    s->out->removed || !s->size ||
			    s->type != SHT_PROGBITS || !(s->flags & SHF_ALLOC))
				continue;
			bool mapped = false;
			for (size_t k = 1; k < f->first_global && k < f->nsyms && !mapped; k++) {
				const struct symbol *m = f->syms[k];
				mapped = m && m->sec == s && m->name && arm_mapping_name(m->name);
			}
			if (mapped)
				continue;
			sym_emit(o, "$d", s->out->vma + s->offset, 0, STB_LOCAL, STT_NOTYPE, 0,
				 (uint16_t)s->out->shndx);
		}
	}
}

static void build_symtab(struct ctx *ctx, struct symout *o)
{
	struct link *l = &ctx->link;
	enum discard_mode dm = ctx->opt.discard;

	o->is64 = l->arch->is64;
	str_add(&o->str, "");
	sym_emit(o, NULL, 0, 0, STB_LOCAL, STT_NOTYPE, 0, SHN_UNDEF);

	/* with --emit-relocs (on ARM always), GNU ld gives every output section a symbol */
	if (ctx->opt.emit_relocs || l->arch->machine == EM_ARM)
		for (size_t i = 0; i < l->osecs.n; i++) {
			struct osec *os = l->osecs.v[i];
			if (os->removed || os->discard || os->reloc_for)
				continue;
			os->sym_index = (uint32_t)o->n;
			sym_emit(o, NULL, os->vma, 0, STB_LOCAL, STT_SECTION, 0,
				 (uint16_t)os->shndx);
		}

	/*
	 * each file's local symbols, the files in the order BFD first meets
	 * them going through the output sections' inputs (NOBITS sections
	 * but .tbss aside), the others after, in link order
	 */
	struct ptrvec forder = { 0 };
	for (size_t i = 0; i < l->osecs.n; i++) {
		const struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard || os->reloc_for ||
		    (os->type == SHT_NOBITS && !(os->flags & SHF_TLS)))
			continue;
		for (size_t k = 0; k < os->items.n; k++) {
			const struct osec_item *it = os->items.v[k];
			for (size_t j = 0; j < it->secs.n; j++) {
				const struct input_section *in = it->secs.v[j];
				if (in->discarded || in->merge_excluded || !in->file || in->file->local_order_seen)
					continue;
				in->file->local_order_seen = true;
				vec_push(&forder, in->file);
			}
		}
	}
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		if (!f->local_order_seen)
			vec_push(&forder, f);
	}
	for (size_t fi = 0; fi < forder.n; fi++) {
		struct input_file *f = forder.v[fi];
		if (dm == DISCARD_ALL)
			break;
		/* GNU ld writes a file's locals only when some section of it is linked
		   (a file --gc-sections or /DISCARD/ emptied gives none, not even STT_FILE) */
		bool linked = false;
		for (size_t i = 0; i < f->nsections && !linked; i++) {
			const struct input_section *s = f->sections[i];
			linked = s && s->out && !s->discarded && !s->out->discard && !s->out->removed;
		}
		if (!linked)
			continue;
		/* GNU ld names the file when the object has no STT_FILE of its own */
		bool file_named = f->first_global > 1 && f->syms[1] && f->syms[1]->type == STT_FILE;
		for (size_t i = 1; i < f->first_global && i < f->nsyms; i++) {
			struct symbol *s = f->syms[i];
			if (!s || s->type == STT_SECTION)
				continue;
			if (s->type == STT_FILE) {
				sym_emit(o, s->name, 0, 0, STB_LOCAL, STT_FILE, s->other, SHN_ABS);
				file_named = true;
				o->file_syms++;
				continue;
			}
			if (!s->name[0])
				continue;
			if (dm != DISCARD_NONE && local_label(s->name) &&
			    (dm == DISCARD_LOCALS || (s->sec && (s->sec->flags & SHF_MERGE))))
				continue;
			uint64_t v;
			uint16_t shndx;
			if (s->kind == SK_UNDEF || !symbol_place(ctx, s, &v, &shndx))
				continue;
			if (s->kind == SK_DEFINED && s->sec && s->sec->out && s->sec->out->removed)
				continue;	/* BFD drops a local of an output section it removed */
			if (!file_named) {
				const char *fn = f->member ? f->member : f->path;
				const char *slash = strrchr(fn, '/');
				sym_emit(o, slash ? slash + 1 : fn, 0, 0, STB_LOCAL, STT_FILE, 0, SHN_ABS);
				file_named = true;
				o->file_syms++;
			}
			s->out_index = (uint32_t)o->n;
			sym_emit(o, s->name, v, s->size, STB_LOCAL, s->type, s->other, shndx);
		}
	}

	/* globals made local by their visibility, then the globals, in GNU ld's hash order */
	struct ptrvec order = { 0 };
	symtab_bfd_order(ctx, &order);
	for (size_t i = 0; i < l->symtab.order.n; i++) {
		struct symbol *s = l->symtab.order.v[i];
		if (!s->bfd_seq)
			vec_push(&order, s);	/* not in GNU ld's table: after the others */
	}
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < order.n; i++) {
			struct symbol *s = order.v[i];
			bool forced_local = s->hidden_by_script;
			if (s->kind == SK_UNDEF) {
				if (!s->referenced || pass == 0)
					continue;
				/* GNU ld leaves out the undefined symbols only objects refer to
				   (with --emit-relocs, those no relocation refers to) */
				if (!s->linker_ref && !(ctx->opt.emit_relocs && s->ref_regular) &&
				    !(s->bind == STB_WEAK || s->weak_undef_seen))
					continue;
				/* x86 and ARM resolve undefined weak symbols to 0 in static links and drop them */
				if ((s->bind == STB_WEAK || s->weak_undef_seen) && !ctx->opt.emit_relocs)
					continue;	/* (emitted relocations still need them) */
				s->out_index = (uint32_t)o->n;
				sym_emit(o, s->name, 0, 0, s->bind == STB_WEAK || s->weak_undef_seen ? STB_WEAK : STB_GLOBAL,
					 s->type, s->other, SHN_UNDEF);
				continue;
			}
			if ((pass == 0) != forced_local)
				continue;
			if (s->kind == SK_SCRIPT && s->provide_pending)
				continue;
			uint64_t v;
			uint16_t shndx;
			if (!symbol_place(ctx, s, &v, &shndx))
				continue;
			if (forced_local && o->file_syms && !o->empty_file_done) {
				/* GNU ld separates them from the last file's locals */
				sym_emit(o, "", 0, 0, STB_LOCAL, STT_FILE, 0, SHN_ABS);
				o->empty_file_done = true;
			}
			uint8_t bind = forced_local ? STB_LOCAL : s->kind == SK_SCRIPT ? STB_GLOBAL : s->bind;
			s->out_index = (uint32_t)o->n;
			uint8_t type = s->kind == SK_SCRIPT ? s->script_type : s->type;
			uint8_t other = forced_local ? (s->other & ~3) : (s->other & ~3) | s->visibility;
			sym_emit(o, s->name, v, s->kind == SK_SCRIPT ? 0 : s->size, bind, type, other, shndx);
		}
		if (pass == 0) {
			if (l->arch->machine == EM_ARM)
				arm_data_mapping_syms(ctx, o);
			o->nlocal = o->n;
		}
	}
}

/* ------------------------------------------------------------ --emit-relocs */

static size_t count_relocs(const struct osec *os)
{
	size_t n = 0;
	for (size_t i = 0; i < os->items.n; i++) {
		const struct osec_item *it = os->items.v[i];
		for (size_t j = 0; j < it->secs.n; j++)
			n += ((const struct input_section *)it->secs.v[j])->nrelocs;
	}
	return n;
}

/* A .rel/.rela section after every output section that had relocations. */
static void add_reloc_sections(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	bool rela = l->arch->rela;
	size_t es = l->arch->is64 ? (rela ? 24 : 16) : (rela ? 12 : 8);
	struct ptrvec v = { 0 };
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		vec_push(&v, os);
		if (os->removed || os->discard || os->reloc_for)
			continue;
		size_t n = count_relocs(os);
		if (!n)
			continue;
		size_t nl = strlen(os->name) + 6;
		char *name = xmalloc(nl);
		snprintf(name, nl, "%s%s", rela ? ".rela" : ".rel", os->name);
		struct osec *r = osec_new(ctx, name, NULL);
		r->type = rela ? SHT_RELA : SHT_REL;
		r->flags = SHF_INFO_LINK;
		r->align = l->arch->is64 ? 8 : 4;
		r->entsize = es;
		r->size = n * es;
		r->reloc_for = os;
		r->info = 0;
		vec_push(&v, r);
	}
	l->osecs = v;
}

static void build_reloc_contents(struct ctx *ctx, struct osec *r)
{
	struct link *l = &ctx->link;
	const struct arch *a = l->arch;
	struct osec *os = r->reloc_for;
	r->contents = xcalloc(r->size ? r->size : 1, 1);
	uint8_t *p = r->contents;
	for (size_t i = 0; i < os->items.n; i++) {
		const struct osec_item *it = os->items.v[i];
		for (size_t j = 0; j < it->secs.n; j++) {
			const struct input_section *s = it->secs.v[j];
			for (size_t k = 0; k < s->nrelocs; k++) {
				const struct reloc *rl = &s->relocs[k];
				uint64_t where = ((os->flags & SHF_ALLOC) ? os->vma : 0) + s->offset + rl->offset;
				if (rl->relaxed && rl->relaxed_jmp)
					where -= 1;
				uint32_t type = rl->relaxed ? rl->relaxed_type : rl->type;
				struct symbol *sym = rl->sym < s->file->nsyms ? s->file->syms[rl->sym] : NULL;
				uint32_t idx = 0;
				int64_t addend = rl->addend;
				if (reloc_against_discarded(s, rl)) {
					type = 0;	/* GNU ld clears it: R_*_NONE, no symbol */
					addend = 0;
					sym = NULL;
				}
				if (sym && sym->out_index && (!sym->local || !sym->is_section_sym)) {
					/* globals, and locals GNU ld keeps as themselves */
					idx = sym->out_index;
				} else if (sym && sym->kind == SK_DEFINED && sym->sec && sym->sec->out &&
					   !sym->sec->discarded) {
					/* locals become their output section's symbol */
					struct input_section *is = sym->sec;
					uint64_t off = sym->value;
					if (sym->is_section_sym && is->merge) {
						is = merged_offset(is, sym->value + (uint64_t)addend, &off);
						addend = 0;
					}
					idx = is->out->sym_index;
					addend += (int64_t)(is->offset + off);
				} else if (sym && sym->kind == SK_ABS) {
					addend += (int64_t)sym->value;
				}
				if (a->is64) {
					Elf64_Rela e = { where, ELF64_R_INFO(idx, type), addend };
					memcpy(p, &e, a->rela ? sizeof e : sizeof(Elf64_Rel));
				} else {
					Elf32_Rela e = { (Elf32_Addr)where, ELF32_R_INFO(idx, type), (Elf32_Sword)addend };
					memcpy(p, &e, a->rela ? sizeof e : sizeof(Elf32_Rel));
				}
				p += r->entsize;
			}
		}
	}
}

/* ------------------------------------------------------------ --build-id */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

void make_build_id_note(struct ctx *ctx)
{
	const char *style = ctx->opt.build_id;
	struct link *l = &ctx->link;
	size_t n;

	if (!style || strcmp(style, "none") == 0)
		return;
	if (strcmp(style, "sha1") == 0 || strcmp(style, "tree") == 0)
		n = 20;
	else if (strcmp(style, "md5") == 0 || strcmp(style, "uuid") == 0)
		n = 16;
	else if (style[0] == '0' && (style[1] == 'x' || style[1] == 'X')) {
		n = 0;
		for (const char *p = style + 2; *p; p++)
			if (hexval(*p) >= 0)
				n++;
		n = (n + 1) / 2;
		if (!n)
			fatal(ctx, "invalid build-id style '%s'", style);
	} else {
		fatal(ctx, "invalid build-id style '%s'", style);
	}
	struct input_section *s = synthetic_section(ctx, ".note.gnu.build-id", SHT_NOTE, SHF_ALLOC, 4,
						    16 + ((n + 3) & ~(size_t)3));
	s->buf[0] = 4;				/* namesz */
	s->buf[4] = (uint8_t)n;			/* descsz */
	s->buf[8] = NT_GNU_BUILD_ID;
	memcpy(s->buf + 12, "GNU", 4);
	l->build_id = s;
	l->build_id_len = n;
}

/*
 * GNU ld's build-id hash: the ELF header with e_phoff and e_shoff zeroed,
 * the program headers, then each section header with sh_offset zeroed
 * followed by the section's bytes - none for SHT_NOBITS and for .symtab,
 * .strtab and .shstrtab (BFD writes those without keeping the bytes),
 * zeros where the build-id note itself goes.
 */
static void hash_image(struct ctx *ctx, struct digest *d, const uint8_t *img, uint64_t shoff,
		       int shn, const bool *no_contents)
{
	struct link *l = &ctx->link;
	bool is64 = l->arch->is64;
	size_t ehsize = is64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr);
	size_t phsize = is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr);
	size_t shsize = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
	uint8_t buf[sizeof(Elf64_Shdr)];
	static const uint8_t zeros[4096];
	const struct osec *note = l->build_id->out;

	memcpy(buf, img, ehsize);
	if (is64) {
		memset(buf + offsetof(Elf64_Ehdr, e_phoff), 0, 8);
		memset(buf + offsetof(Elf64_Ehdr, e_shoff), 0, 8);
	} else {
		memset(buf + offsetof(Elf32_Ehdr, e_phoff), 0, 4);
		memset(buf + offsetof(Elf32_Ehdr, e_shoff), 0, 4);
	}
	digest_update(d, buf, ehsize);
	digest_update(d, img + l->phdr_offset, l->segments.n * phsize);
	for (int i = 0; i < shn; i++) {
		const uint8_t *h = img + shoff + (size_t)i * shsize;
		uint32_t type;
		uint64_t off, size;
		memcpy(buf, h, shsize);
		if (is64) {
			const Elf64_Shdr *sh = (const Elf64_Shdr *)buf;
			type = sh->sh_type, off = sh->sh_offset, size = sh->sh_size;
			memset(buf + offsetof(Elf64_Shdr, sh_offset), 0, 8);
		} else {
			const Elf32_Shdr *sh = (const Elf32_Shdr *)buf;
			type = sh->sh_type, off = sh->sh_offset, size = sh->sh_size;
			memset(buf + offsetof(Elf32_Shdr, sh_offset), 0, 4);
		}
		digest_update(d, buf, shsize);
		if (i == 0 || type == SHT_NOBITS || no_contents[i])
			continue;
		if (note && i == note->shndx) {
			/* the note is not written yet when BFD hashes: zeros */
			const struct input_section *bid = l->build_id;
			digest_update(d, img + off, bid->offset);
			for (uint64_t k = 0; k < bid->size; k += sizeof zeros)
				digest_update(d, zeros, bid->size - k < sizeof zeros ? bid->size - k : sizeof zeros);
			digest_update(d, img + off + bid->offset + bid->size, size - bid->offset - bid->size);
			continue;
		}
		digest_update(d, img + off, size);
	}
}

/* Fill the note's descriptor once every other byte of the file is final. */
static void write_build_id(struct ctx *ctx, uint8_t *img, uint64_t shoff, int shn,
			   const bool *no_contents)
{
	struct link *l = &ctx->link;
	struct input_section *s = l->build_id;
	if (!s || !s->out || s->out->removed || s->out->type == SHT_NOBITS)
		return;
	uint8_t *desc = img + s->out->offset + s->offset + 16;
	const char *style = ctx->opt.build_id;
	size_t n = l->build_id_len;
	memset(desc, 0, n);
	if (strcmp(style, "uuid") == 0) {
		FILE *r = fopen("/dev/urandom", "rb");
		if (!r || fread(desc, 1, n, r) != n)
			fatal(ctx, "cannot read /dev/urandom for --build-id=uuid");
		fclose(r);
	} else if (style[0] == '0') {
		size_t k = 0;
		int hi = -1;
		for (const char *p = style + 2; *p && k < n; p++) {
			int v = hexval(*p);
			if (v < 0)
				continue;
			if (hi < 0) {
				hi = v;
			} else {
				desc[k++] = (uint8_t)(hi << 4 | v);
				hi = -1;
			}
		}
		if (hi >= 0 && k < n)
			desc[k] = (uint8_t)(hi << 4);
	} else {
		struct digest d;
		uint8_t h[20];
		digest_init(&d, strcmp(style, "md5") == 0 ? DIGEST_MD5 : DIGEST_SHA1);
		hash_image(ctx, &d, img, shoff, shn, no_contents);
		digest_final(&d, h);
		memcpy(desc, h, n);
	}
}

/* ------------------------------------------------------------ writing */

/* GNU ld marks the output ELFOSABI_GNU when an input it loaded defines an STT_GNU_IFUNC symbol. */
static bool gnu_osabi(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		if (f->kind != FK_OBJECT && f->kind != FK_ARCHIVE_MEMBER)
			continue;
		for (size_t i = 0; i < f->nsyms; i++) {
			const struct symbol *s = f->syms[i];
			if (s && s->type == STT_GNU_IFUNC && s->kind == SK_DEFINED && s->file == f)
				return true;
		}
	}
	return false;
}

static void put_ehdr(struct ctx *ctx, uint8_t *img, uint64_t entry, uint64_t shoff, unsigned shnum,
		     unsigned shstrndx)
{
	struct link *l = &ctx->link;
	unsigned phnum = (unsigned)l->segments.n;
	uint8_t osabi = gnu_osabi(ctx) ? ELFOSABI_GNU : ELFOSABI_NONE;
	if (l->arch->is64) {
		Elf64_Ehdr h = { 0 };
		memcpy(h.e_ident, ELFMAG, SELFMAG);
		h.e_ident[EI_CLASS] = ELFCLASS64;
		h.e_ident[EI_DATA] = ELFDATA2LSB;
		h.e_ident[EI_VERSION] = EV_CURRENT;
		h.e_ident[EI_OSABI] = osabi;
		h.e_type = ET_EXEC;
		h.e_machine = (Elf64_Half)l->arch->machine;
		h.e_version = EV_CURRENT;
		h.e_entry = entry;
		h.e_phoff = phnum ? l->phdr_offset : 0;
		h.e_shoff = shoff;
		h.e_ehsize = sizeof h;
		h.e_phentsize = phnum ? sizeof(Elf64_Phdr) : 0;	/* BFD: 0 without program headers */
		h.e_phnum = (Elf64_Half)phnum;
		h.e_shentsize = sizeof(Elf64_Shdr);
		h.e_shnum = (Elf64_Half)shnum;
		h.e_shstrndx = (Elf64_Half)shstrndx;
		memcpy(img, &h, sizeof h);
		for (unsigned i = 0; i < phnum; i++) {
			struct segment *m = l->segments.v[i];
			Elf64_Phdr p = { m->type, m->flags, m->offset, m->vaddr, m->paddr, m->filesz, m->memsz, m->align };
			memcpy(img + l->phdr_offset + i * sizeof p, &p, sizeof p);
		}
	} else {
		Elf32_Ehdr h = { 0 };
		memcpy(h.e_ident, ELFMAG, SELFMAG);
		h.e_ident[EI_CLASS] = ELFCLASS32;
		h.e_ident[EI_DATA] = ELFDATA2LSB;
		h.e_ident[EI_VERSION] = EV_CURRENT;
		h.e_ident[EI_OSABI] = osabi;
		h.e_type = ET_EXEC;
		h.e_machine = (Elf32_Half)l->arch->machine;
		h.e_version = EV_CURRENT;
		h.e_flags = l->eflags;
		h.e_entry = (Elf32_Addr)entry;
		h.e_phoff = phnum ? (Elf32_Off)l->phdr_offset : 0;
		h.e_shoff = (Elf32_Off)shoff;
		h.e_ehsize = sizeof h;
		h.e_phentsize = phnum ? sizeof(Elf32_Phdr) : 0;
		h.e_phnum = (Elf32_Half)phnum;
		h.e_shentsize = sizeof(Elf32_Shdr);
		h.e_shnum = (Elf32_Half)shnum;
		h.e_shstrndx = (Elf32_Half)shstrndx;
		memcpy(img, &h, sizeof h);
		for (unsigned i = 0; i < phnum; i++) {
			struct segment *m = l->segments.v[i];
			Elf32_Phdr p = { m->type, (Elf32_Off)m->offset, (Elf32_Addr)m->vaddr, (Elf32_Addr)m->paddr,
					 (Elf32_Word)m->filesz, (Elf32_Word)m->memsz, m->flags, (Elf32_Word)m->align };
			memcpy(img + l->phdr_offset + i * sizeof p, &p, sizeof p);
		}
	}
}

struct shdr {
	uint32_t name, type;
	uint64_t flags, addr, offset, size;
	uint32_t link, info;
	uint64_t align, entsize;
};

static void put_shdr(bool is64, uint8_t *p, const struct shdr *s)
{
	if (is64) {
		Elf64_Shdr h = { s->name, s->type, s->flags, s->addr, s->offset, s->size, s->link, s->info,
				 s->align, s->entsize };
		memcpy(p, &h, sizeof h);
	} else {
		Elf32_Shdr h = { s->name, s->type, (Elf32_Word)s->flags, (Elf32_Addr)s->addr, (Elf32_Off)s->offset,
				 (Elf32_Word)s->size, s->link, s->info, (Elf32_Word)s->align, (Elf32_Word)s->entsize };
		memcpy(p, &h, sizeof h);
	}
}

/* Write IMG to a temporary file next to OUT and rename it into place. */
static void commit_file(struct ctx *ctx, const char *out, const uint8_t *img, size_t size)
{
	size_t n = strlen(out) + 16;
	char *tmp = xmalloc(n);
	snprintf(tmp, n, "%s.klinkXXXXXX", out);
	int fd = mkstemp(tmp);
	if (fd < 0)
		fatal(ctx, "cannot open output file %s: %s", out, strerror(errno));
	ctx->tmp_output = tmp;
	size_t done = 0;
	while (done < size) {
		ssize_t w = write(fd, img + done, size - done);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			fatal(ctx, "%s: write failed: %s", out, strerror(errno));
		}
		done += (size_t)w;
	}
	mode_t um = umask(0);
	umask(um);
	fchmod(fd, 0777 & ~um);
	if (close(fd) != 0)
		fatal(ctx, "%s: write failed: %s", out, strerror(errno));
	checkpoint(ctx);	/* late errors (relocations): no output */
	if (rename(tmp, out) != 0)
		fatal(ctx, "cannot rename %s to %s: %s", tmp, out, strerror(errno));
	ctx->tmp_output = NULL;
}

void write_output(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	bool is64 = l->arch->is64;
	bool with_symtab = ctx->opt.strip != STRIP_ALL;

	/* section indexes */
	struct strtab shstr = { 0 };
	str_add(&shstr, "");
	/* BFD enters these names first */
	uint32_t h_symtab = with_symtab ? str_add(&shstr, ".symtab") : 0;
	uint32_t h_strtab = with_symtab ? str_add(&shstr, ".strtab") : 0;
	uint32_t h_shstrtab = str_add(&shstr, ".shstrtab");
	if (ctx->opt.emit_relocs)
		add_reloc_sections(ctx);
	/*
	 * Section header order is the order BFD created the output sections:
	 * those named by --section-start/-Ttext/-Tdata/-Tbss first (GNU ld makes
	 * them while reading the options), then the layout order.
	 */
	int nsec = 1;
	for (size_t k = 0; k < ctx->opt.nsection_starts; k++) {
		const char *want = ctx->opt.section_starts[k].section;
		for (size_t i = 0; want && i < l->osecs.n; i++) {
			struct osec *os = l->osecs.v[i];
			if (!os->removed && !os->discard && !os->shndx && strcmp(os->name, want) == 0)
				os->shndx = nsec++;
		}
	}
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard || os->shndx)
			continue;
		os->shndx = nsec++;
	}

	/* GNU ld warns about the entry point before it maps segments (RWX warnings) */
	uint64_t entry = ctx->opt.type == LINK_RELOCATABLE ? 0 : entry_address(ctx);
	layout_segments(ctx);

	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard || os->type == SHT_NOBITS || os->reloc_for)
			continue;
		build_contents(ctx, os);
	}
	/* relocations file by file, as GNU ld (it decides the order of messages) */
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || !s->nrelocs || s->discarded || s->merge_excluded || !s->out ||
			    !s->out->contents || s->out->type == SHT_NOBITS)
				continue;
			relocate_section(ctx, s, s->out->contents + s->offset);
		}
	}
	/* .eh_frame's CIE pointers, .eh_frame_hdr */
	ehframe_write(ctx);
	if (l->arch->machine == EM_ARM)
		arm_exidx_write(ctx);	/* the EXIDX_CANTUNWIND entries klink added */
	/* the GOT of a static link holds the addresses themselves */
	fill_got(ctx);
	fill_iplt(ctx);
	/* GNU ld checks them after relocating (before the symbol table: it reorders symbols) */
	check_nocrossrefs(ctx);
	check_undefined_visibility(ctx);

	struct symout so = { 0 };
	if (with_symtab) {
		build_symtab(ctx, &so);
		for (size_t i = 0; i < l->osecs.n; i++) {
			struct osec *os = l->osecs.v[i];
			if (os->reloc_for)
				build_reloc_contents(ctx, os);
		}
		strtab_finish(&so.str);
		/* handles -> offsets */
		for (size_t i = 0; i < so.n; i++) {
			if (is64) {
				Elf64_Sym *e = (Elf64_Sym *)(so.buf + i * 24);
				e->st_name = str_offset(&so.str, e->st_name);
			} else {
				Elf32_Sym *e = (Elf32_Sym *)(so.buf + i * 16);
				e->st_name = str_offset(&so.str, e->st_name);
			}
		}
	}

	uint64_t off = l->file_end;
	uint64_t symtab_off = 0, strtab_off = 0;
	size_t symtab_size = so.n * (is64 ? 24 : 16);
	if (with_symtab) {
		off = symtab_off = align_up(off, is64 ? 8 : 4);
		off += symtab_size;
		strtab_off = off;
		off += so.str.size;
	}
	/* --emit-relocs sections come after .symtab and .strtab, as BFD places them */
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (!os->reloc_for || os->removed)
			continue;
		off = align_up(off, os->align);
		os->offset = off;
		off += os->size;
	}
	/* .shstrtab names */
	struct shdr *sh = xcalloc((size_t)nsec + 3, sizeof *sh);
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard)
			continue;
		struct shdr *h = &sh[os->shndx];
		h->name = str_add(&shstr, os->name);
		h->type = os->type == SHT_NULL ? SHT_PROGBITS : os->type;
		h->flags = os->flags;
		h->addr = os->vma;
		h->offset = os->offset;
		h->size = os->size;
		h->align = os->align;
		h->entsize = (os->flags & SHF_MERGE) || os->reloc_for ? os->entsize : 0;
		if (os->reloc_for)
			h->info = (uint32_t)os->reloc_for->shndx;
		if (os->type == SHT_INIT_ARRAY || os->type == SHT_FINI_ARRAY || os->type == SHT_PREINIT_ARRAY)
			h->entsize = is64 ? 8 : 4;
		if (l->gotplt_isec && l->gotplt_isec->out == os)
			h->entsize = is64 ? 8 : 4;	/* BFD sets it on .got.plt */
		if (os->type == SHT_ARM_EXIDX && l->arch->machine == EM_ARM) {
			h->flags |= SHF_LINK_ORDER;
			h->link = (uint32_t)arm_exidx_link(os);
		}
	}
	int shn = nsec;
	int symtab_ndx = 0, strtab_ndx = 0;
	if (with_symtab) {
		symtab_ndx = shn++;
		strtab_ndx = shn++;
		sh[symtab_ndx] = (struct shdr){ h_symtab, SHT_SYMTAB, 0, 0, symtab_off,
						symtab_size, (uint32_t)strtab_ndx, (uint32_t)so.nlocal,
						is64 ? 8 : 4, is64 ? 24 : 16 };
		sh[strtab_ndx] = (struct shdr){ h_strtab, SHT_STRTAB, 0, 0, strtab_off,
						so.str.size, 0, 0, 1, 0 };
	}
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->reloc_for && !os->removed)
			sh[os->shndx].link = (uint32_t)symtab_ndx;
		if (l->reliplt_isec && l->reliplt_isec->out == os && !os->removed && !os->discard) {
			/* BFD's reloc section for the PLT: the symbol table, and .got.plt as the target */
			struct shdr *h = &sh[os->shndx];
			const struct osec *t = l->igotplt_isec && l->igotplt_isec->out ? l->igotplt_isec->out
					       : l->gotplt_isec ? l->gotplt_isec->out : NULL;
			h->link = (uint32_t)symtab_ndx;
			h->entsize = l->reliplt_isec->entsize;
			if (t && !t->removed && !t->discard) {
				h->info = (uint32_t)t->shndx;
				h->flags |= SHF_INFO_LINK;
			}
		}
	}
	int shstr_ndx = shn++;
	uint32_t shstr_name = h_shstrtab;
	strtab_finish(&shstr);
	for (int i = 1; i < shn - 1; i++)
		sh[i].name = str_offset(&shstr, sh[i].name);
	shstr_name = str_offset(&shstr, shstr_name);
	uint64_t shstr_off = off;
	off += shstr.size;
	sh[shstr_ndx] = (struct shdr){ shstr_name, SHT_STRTAB, 0, 0, shstr_off, shstr.size, 0, 0, 1, 0 };
	uint64_t shoff = align_up(off, is64 ? 8 : 4);
	size_t shentsize = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
	size_t total = shoff + (size_t)shn * shentsize;

	uint8_t *img = xcalloc(total, 1);
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard || os->type == SHT_NOBITS || !os->contents)
			continue;
		memcpy(img + os->offset, os->contents, os->size);
	}
	if (with_symtab) {
		memcpy(img + symtab_off, so.buf, symtab_size);
		memcpy(img + strtab_off, so.str.buf, so.str.size);
	}
	memcpy(img + shstr_off, shstr.buf, shstr.size);
	for (int i = 0; i < shn; i++)
		put_shdr(is64, img + shoff + (size_t)i * shentsize, &sh[i]);
	put_ehdr(ctx, img, entry, shoff, (unsigned)shn, (unsigned)shstr_ndx);
	bool *no_contents = xcalloc((size_t)shn, sizeof *no_contents);
	if (with_symtab)
		no_contents[symtab_ndx] = no_contents[strtab_ndx] = true;
	no_contents[shstr_ndx] = true;
	write_build_id(ctx, img, shoff, shn, no_contents);
	free(no_contents);

	/* reported earlier, they only stop the output (not under --noinhibit-exec) */
	ctx->errors += l->deferred_errors;
	ctx->link_errors += l->deferred_errors;
	l->deferred_errors = 0;
	checkpoint(ctx);
	commit_file(ctx, ctx->opt.output ? ctx->opt.output : "a.out", img, total);
}
