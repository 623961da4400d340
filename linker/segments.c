/*
 * segments.c - program headers and file offsets.
 *
 * With PHDRS the script says which segments exist and which sections go in
 * each (a section without `:phdr` goes where the previous one went).
 * Without it the segments are made the way GNU ld's BFD makes them for an
 * executable: allocated sections in LMA order, a new PT_LOAD whenever the
 * VMA-LMA relation changes, a section would overlap or skip a page, a loaded
 * section follows a NOBITS one, code and data must be apart (separate-code)
 * or a writable section follows read-only ones on another page; then
 * PT_NOTE, PT_TLS and PT_GNU_STACK.  File offsets keep every loaded section
 * congruent to its VMA modulo the maximum page size.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

static struct segment *seg_new(struct link *l, uint32_t type)
{
	struct segment *s = xcalloc(1, sizeof *s);
	s->type = type;
	vec_push(&l->segments, s);
	return s;
}

static size_t ehdr_size(const struct link *l)
{
	return l->arch->is64 ? 64 : 52;
}

static size_t phdr_entsize(const struct link *l)
{
	return l->arch->is64 ? 56 : 32;
}

static bool is_alloc(const struct osec *os)
{
	return !os->removed && !os->discard && os->bfd_alloc;
}

static bool any_tls(const struct link *l)
{
	for (size_t i = 0; i < l->osecs.n; i++) {
		const struct osec *os = l->osecs.v[i];
		if (is_alloc(os) && (os->flags & SHF_TLS))
			return true;
	}
	return false;
}

/*
 * The stack's PT_GNU_STACK, as BFD decides it: -z execstack/noexecstack
 * win; else an object with an executable .note.GNU-stack, or one without
 * any (x86 and ARM default to an executable stack), makes it executable,
 * but only objects having notes (or -z stack-size) bring the segment.
 */
struct stack_decision {
	bool wanted;
	bool exec;
	const struct input_file *noteobj;	/* first with an executable note */
	const struct input_file *emptyobj;	/* last without a note */
};

/* BFD's name of an input (a regular archive's member: its name alone). */
static const char *bfd_filename(const struct input_file *f)
{
	return f->kind == FK_ARCHIVE_MEMBER && f->display != f->path ? f->member : f->display;
}

static struct stack_decision decide_stack(struct ctx *ctx)
{
	struct stack_decision d = { 0 };
	if (ctx->opt.z.execstack == TRI_YES) {
		d.wanted = d.exec = true;
		return d;
	}
	if (ctx->opt.z.execstack == TRI_NO) {
		d.wanted = true;
		return d;
	}
	bool notesec = false;
	for (size_t i = 0; i < ctx->link.files.n; i++) {
		const struct input_file *f = ctx->link.files.v[i];
		if (f->kind == FK_INTERNAL)
			continue;
		if (f->has_stack_note) {
			notesec = true;
			if (f->execstack_note) {
				d.noteobj = f;
				d.exec = true;
				break;
			}
		} else {
			d.exec = true;
			d.emptyobj = f;
		}
	}
	d.wanted = notesec || ctx->opt.z.stack_size_set;
	if (!d.wanted)
		d.exec = false;
	return d;
}

static bool bfd_note(const struct osec *os);

static bool stack_segment_wanted(struct ctx *ctx)
{
	return decide_stack(ctx).wanted;
}

/* GNU ld's guess of the number of program headers (for SIZEOF_HEADERS). */
uint64_t estimate_headers_size(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	size_t segs = 2;
	bool relro = l->relro;	/* assign.c decided it before the layout */

	if (l->have_phdrs_cmd) {
		size_t n = 0;
		for (const struct phdr *p = l->phdrs_stmt->u.phdrs; p; p = p->next)
			n++;
		return ehdr_size(l) + n * phdr_entsize(l);
	}
	if (relro)
		segs++;
	if (stack_segment_wanted(ctx))
		segs++;
	for (size_t i = 0; i < l->osecs.n; i++) {
		const struct osec *os = l->osecs.v[i];
		if (!is_alloc(os) || !bfd_note(os))
			continue;
		segs++;
		while (i + 1 < l->osecs.n) {
			const struct osec *n = l->osecs.v[i + 1];
			if (is_alloc(n) && bfd_note(n) && n->align == os->align)
				i++;
			else
				break;
		}
	}
	if (any_tls(l))
		segs++;
	return ehdr_size(l) + segs * phdr_entsize(l);
}

/* The headers' size with the program headers the current layout needs. */
uint64_t count_headers_size(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	if (l->have_phdrs_cmd)
		return estimate_headers_size(ctx);
	layout_segments_quiet(ctx);
	return ehdr_size(l) + l->segments.n * phdr_entsize(l);
}

static int cmp_lma(const void *a, const void *b)
{
	const struct osec *x = *(const struct osec *const *)a;
	const struct osec *y = *(const struct osec *const *)b;
	if (x->lma != y->lma)
		return x->lma < y->lma ? -1 : 1;
	if (x->vma != y->vma)
		return x->vma < y->vma ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static uint32_t section_pflags(const struct osec *os)
{
	uint32_t f = PF_R;
	if (os->flags & SHF_WRITE)
		f |= PF_W;
	if (os->flags & SHF_EXECINSTR)
		f |= PF_X;
	return f;
}

/* The default mapping of sections to PT_LOAD segments (no PHDRS). */
static void default_loads(struct ctx *ctx, struct osec **secs, size_t n)
{
	struct link *l = &ctx->link;
	uint64_t maxpage = l->script_maxpage;	/* GNU ld lays out with the raised size */
	bool paged = ctx->opt.magic == MAGIC_DEMAND_PAGED;
	bool separate_code = l->separate_code;
	uint64_t addr_mask = l->arch->is64 ? ~0ull : 0xffffffffull;

	if (!n)
		return;

	/* are the file and program headers loaded with the first segment? */
	bool phdr_in_segment = paged && l->load_phdrs;
	uint64_t phdr_size = l->sizeof_headers;
	if (phdr_in_segment) {
		uint64_t first = secs[0]->lma & addr_mask;
		uint64_t phdr_lma = (first - phdr_size) & addr_mask & ~(maxpage - 1);
		bool separate_phdr = false;
		if (separate_code && (secs[0]->flags & SHF_EXECINSTR)) {
			separate_phdr = true;
			if (((phdr_lma + phdr_size - 1) & addr_mask & ~(maxpage - 1)) ==
			    (first & ~(maxpage - 1))) {
				if (phdr_lma >= maxpage)
					phdr_lma -= maxpage;
				else
					separate_phdr = false;
			}
		}
		if (first < phdr_lma || first < phdr_size) {
			phdr_in_segment = false;
		} else if (separate_phdr) {
			/* the headers in a PT_LOAD of their own; BFD takes its vaddr
			   before moving the load address a page down */
			struct segment *m = seg_new(l, PT_LOAD);
			m->includes_filehdr = m->includes_phdrs = true;
			m->paddr = phdr_lma;
			m->vaddr = (first - phdr_size) & addr_mask & ~(maxpage - 1);
			m->paddr_set = true;
			m->vaddr_set = true;
			phdr_in_segment = false;
		}
	}
	l->phdrs_in_load = phdr_in_segment;

	struct segment *cur = NULL;
	struct osec *last = NULL;
	bool writable = false, executable = false;
	for (size_t i = 0; i < n; i++) {
		struct osec *h = secs[i];
		bool new_segment;
		uint64_t last_size = last && !(last->type == SHT_NOBITS && (last->flags & SHF_TLS)) ? last->size : 0;
		if (!last) {
			new_segment = false;
		} else if (last->lma - last->vma != h->lma - h->vma) {
			new_segment = true;
		} else if (h->lma < last->lma + last_size || last->lma + last_size < last->lma) {
			new_segment = true;
		} else if (paged && (((last->lma + last_size - 1) & ~(maxpage - 1)) ==
				     (h->lma & ~(maxpage - 1)))) {
			new_segment = false;
		} else if ((((last->lma + last_size + maxpage - 1) & ~(maxpage - 1)) + maxpage > last->lma) &&
			   (((last->lma + last_size + maxpage - 1) & ~(maxpage - 1)) + maxpage <= h->lma)) {
			new_segment = true;
		} else if (last->type == SHT_NOBITS && !(last->flags & SHF_TLS) && h->type != SHT_NOBITS) {
			/* a loaded section after a bss-like one (.tbss counts as loaded) */
			new_segment = true;
		} else if (!paged) {
			new_segment = false;
		} else if (separate_code && executable != ((h->flags & SHF_EXECINSTR) != 0)) {
			new_segment = true;
		} else if (!writable && (h->flags & SHF_WRITE)) {
			new_segment = true;
		} else {
			new_segment = false;
		}
		if (!cur || new_segment) {
			cur = seg_new(l, PT_LOAD);
			if (!last && phdr_in_segment)
				cur->includes_filehdr = cur->includes_phdrs = true;
			writable = executable = false;
		}
		vec_push(&cur->sections, h);
		if (h->flags & SHF_WRITE)
			writable = true;
		if (h->flags & SHF_EXECINSTR)
			executable = true;
		last = h;
	}
}

/*
 * A note as BFD sees it when it maps segments: TYPE = SHT_NOTE on a
 * section without input sections takes effect only later, so no PT_NOTE.
 */
static bool bfd_note(const struct osec *os)
{
	if (os->type != SHT_NOTE)
		return false;
	if (!os->stmt || os->stmt->kind != ST_OUTSECT ||
	    (os->stmt->u.osec.type != OT_TYPE && os->stmt->u.osec.type != OT_READONLY_TYPE))
		return true;
	for (size_t i = 0; i < os->items.n; i++)
		if (((const struct osec_item *)os->items.v[i])->secs.n)
			return true;
	return false;
}

/* PT_NOTE for each run of adjacent allocated notes with the same alignment. */
static void note_segments(struct link *l, struct osec **secs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!bfd_note(secs[i]))
			continue;
		struct segment *m = seg_new(l, PT_NOTE);
		vec_push(&m->sections, secs[i]);
		while (i + 1 < n && bfd_note(secs[i + 1]) && secs[i + 1]->align == secs[i]->align)
			vec_push(&m->sections, secs[++i]);
	}
}

static uint64_t phdr_type_value(struct ctx *ctx, const struct expr *e)
{
	static const struct { const char *name; uint32_t v; } names[] = {
		{ "PT_NULL", PT_NULL }, { "PT_LOAD", PT_LOAD }, { "PT_DYNAMIC", PT_DYNAMIC },
		{ "PT_INTERP", PT_INTERP }, { "PT_NOTE", PT_NOTE }, { "PT_SHLIB", PT_SHLIB },
		{ "PT_PHDR", PT_PHDR }, { "PT_TLS", PT_TLS }, { "PT_GNU_EH_FRAME", PT_GNU_EH_FRAME },
		{ "PT_GNU_STACK", PT_GNU_STACK }, { "PT_GNU_RELRO", PT_GNU_RELRO },
		{ "PT_GNU_PROPERTY", PT_GNU_PROPERTY },
	};
	if (e->kind == EX_SYM)
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strcmp(e->u.name, names[i].name) == 0)
				return names[i].v;
	if (e->kind == EX_NUM)
		return e->u.num;
	struct eval_env env = { .addr_bits = 64, .prog = ctx->prog };
	struct eval_result r = expr_eval(e, &env);
	if (r.status != EV_OK)
		ctx->errors++;
	return r.v.val;
}

static uint64_t const_expr(struct ctx *ctx, const struct expr *e)
{
	struct eval_env env = { .addr_bits = 64, .prog = ctx->prog };
	struct eval_result r = expr_eval(e, &env);
	if (r.status != EV_OK)
		ctx->errors++;
	return r.v.val;
}

/* PHDRS: the script's segments; sections join them by `:name` (sticky). */
static void script_segments(struct ctx *ctx, struct osec **secs, size_t n)
{
	struct link *l = &ctx->link;
	size_t np = 0;
	for (const struct phdr *p = l->phdrs_stmt->u.phdrs; p; p = p->next)
		np++;
	struct segment **segs = xcalloc(np ? np : 1, sizeof *segs);
	size_t k = 0;
	for (const struct phdr *p = l->phdrs_stmt->u.phdrs; p; p = p->next, k++) {
		struct segment *m = seg_new(l, (uint32_t)phdr_type_value(ctx, p->type));
		m->decl = p;
		m->includes_filehdr = p->filehdr;
		m->includes_phdrs = p->phdrs;
		if (p->at) {
			m->paddr = const_expr(ctx, p->at);
			m->paddr_set = true;
		}
		segs[k] = m;
	}
	const struct namelist *last = NULL;
	for (size_t i = 0; i < n; i++) {
		struct osec *os = secs[i];
		const struct namelist *pl = NULL;
		if (os->stmt && os->stmt->kind == ST_OUTSECT)
			pl = os->stmt->u.osec.phdrs;
		if (!pl) {
			if (!last) {
				/* scan forward for the first section with phdrs (as GNU ld) */
				for (size_t j = i; j < n && !last; j++)
					if (secs[j]->stmt && secs[j]->stmt->u.osec.phdrs)
						last = secs[j]->stmt->u.osec.phdrs;
				if (!last) {
					error(ctx, "no sections assigned to phdrs");
					return;
				}
			}
			pl = last;
		}
		last = pl;
		for (const struct namelist *nl = pl; nl; nl = nl->next) {
			if (strcmp(nl->name, "NONE") == 0)
				continue;
			size_t j = 0;
			const struct phdr *p = l->phdrs_stmt->u.phdrs;
			for (; p && strcmp(p->name, nl->name); p = p->next)
				j++;
			if (!p) {
				error(ctx, "section `%s' assigned to non-existent phdr `%s'", os->name, nl->name);
				continue;
			}
			vec_push(&segs[j]->sections, os);
		}
	}
	l->phdrs_in_load = false;
	for (size_t j = 0; j < np; j++)
		if (segs[j]->type == PT_LOAD && (segs[j]->includes_filehdr || segs[j]->includes_phdrs))
			l->phdrs_in_load = true;
}

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

/* Offsets of the sections of one segment and its own fields. */
static void place_load(struct ctx *ctx, struct segment *m, uint64_t *off)
{
	struct link *l = &ctx->link;
	uint64_t maxpage = l->script_maxpage;	/* GNU ld lays out with the raised size */
	bool paged = ctx->opt.magic == MAGIC_DEMAND_PAGED;
	uint64_t hdr = ehdr_size(l) + l->segments.n * phdr_entsize(l);

	m->align = paged ? l->maxpage : 1;	/* but p_align stays the target's */
	for (size_t i = 0; i < m->sections.n; i++) {
		struct osec *os = m->sections.v[i];
		if (!paged && os->align > m->align)
			m->align = os->align;
	}
	if (m->sections.n == 0) {
		/* headers only */
		m->offset = 0;
		if (!m->paddr_set)
			m->paddr = m->vaddr;
		(void)m->vaddr_set;
		m->filesz = m->memsz = m->includes_filehdr || m->includes_phdrs ? hdr : 0;
		if (*off < m->filesz)
			*off = m->filesz;
		return;
	}
	struct osec *first = m->sections.v[0];
	uint64_t off_before = *off;
	if (m->includes_filehdr || m->includes_phdrs) {
		m->offset = 0;
		uint64_t first_off = paged ? first->vma % maxpage : hdr;
		/* without PHDRS the headers start the page below when the first
		   section's page has no room for them (BFD's phdr_lma) */
		if (paged && first_off < hdr && !l->have_phdrs_cmd && first->vma >= first_off + maxpage)
			first_off += maxpage;
		if (paged && first_off < hdr && !l->segments_quiet)
			error(ctx, "%s: not enough room for program headers, try linking with -N",
			      ctx->opt.output ? ctx->opt.output : "a.out");
		m->vaddr = first->vma - first_off;
		if (!m->paddr_set)
			m->paddr = first->lma - first_off;
		*off = first_off;
	} else {
		if (paged)
			*off += (first->vma - *off) & (maxpage - 1);
		else
			*off = align_up(*off, first->align);
		m->offset = *off;
		m->vaddr = first->vma;
		if (!m->paddr_set)
			m->paddr = first->lma;
	}
	uint64_t file_end = m->offset, mem_end = m->vaddr;
	/* a PHDRS AT() places the sections by their LMAs from its address (BFD) */
	bool by_lma = m->decl && m->paddr_set;
	for (size_t i = 0; i < m->sections.n; i++) {
		struct osec *os = m->sections.v[i];
		if (os->offset_set)
			continue;
		uint64_t rel = by_lma ? os->lma - m->paddr : os->vma - m->vaddr;
		/* NOBITS sections sit at the file position reached so far (BFD) */
		if (os->type == SHT_NOBITS && i > 0)
			os->offset = file_end;
		else
			os->offset = m->offset + rel;
		os->offset_set = true;
		if (os->type != SHT_NOBITS && os->offset + os->size > file_end)
			file_end = os->offset + os->size;
		bool tbss = os->type == SHT_NOBITS && (os->flags & SHF_TLS);
		if (!tbss && m->vaddr + rel + os->size > mem_end)
			mem_end = m->vaddr + rel + os->size;
	}
	if (m->includes_filehdr || m->includes_phdrs) {
		if (file_end < hdr)
			file_end = hdr;
	}
	m->filesz = file_end - m->offset;
	m->memsz = mem_end - m->vaddr;
	if (m->filesz == 0 && !(m->includes_filehdr || m->includes_phdrs)) {
		/* nothing from the file (bss only): BFD gives it the offset of its
		   address within the page and the file position does not move */
		*off = off_before;
		m->offset = paged ? m->vaddr & (maxpage - 1) : 0;
		return;
	}
	*off = file_end;
}

static void build_segments(struct ctx *ctx, bool report);

/* A section with bytes in a segment, as BFD counts it for PT_GNU_RELRO. */
static bool relro_counts(const struct osec *os)
{
	return os->size > 0 || os->type != SHT_NOBITS;
}

/*
 * -z relro: a PT_GNU_RELRO when a PT_LOAD starts inside the range the
 * DATA_SEGMENT_* functions gave and holds something.
 */
static bool relro_wanted(const struct link *l)
{
	if (!l->relro || l->relro_start >= l->relro_end)
		return false;
	for (size_t i = 0; i < l->segments.n; i++) {
		const struct segment *m = l->segments.v[i];
		if (m->type != PT_LOAD || !m->sections.n)
			continue;
		const struct osec *first = m->sections.v[0];
		if (first->vma < l->relro_start || first->vma >= l->relro_end)
			continue;
		for (size_t k = 0; k < m->sections.n; k++)
			if (relro_counts(m->sections.v[k]))
				return true;
	}
	return false;
}

/* PT_GNU_RELRO: from the first non-empty section in the range to the range's end. */
static void relro_extent(const struct link *l, struct segment *p)
{
	uint64_t start = l->relro_start, end = l->relro_end;

	for (size_t i = 0; i < l->segments.n && start < end; i++) {
		const struct segment *m = l->segments.v[i];
		if (m->type != PT_LOAD || !m->sections.n)
			continue;
		const struct osec *last = m->sections.v[m->sections.n - 1];
		uint64_t last_end = last->vma + ((last->flags & SHF_TLS) && last->type == SHT_NOBITS ? 0 : last->size);
		if (last_end <= start || ((const struct osec *)m->sections.v[0])->vma >= end)
			continue;
		for (size_t k = 0; k < m->sections.n; k++) {
			const struct osec *os = m->sections.v[k];
			if (os->vma >= start && os->vma < end && os->size) {
				p->vaddr = os->vma;
				p->paddr = os->lma;
				p->offset = os->offset;
				p->memsz = p->filesz = end - p->vaddr;
				/* bytes only as far as the PT_LOAD has them (a relro end in .tbss) */
				if (m->filesz && p->offset + p->filesz > m->offset + m->filesz)
					p->filesz = m->offset + m->filesz - p->offset;
				return;
			}
		}
		break;
	}
	/* nothing there: BFD leaves an unused entry */
	p->type = PT_NULL;
	p->flags = 0;
	p->offset = p->vaddr = p->paddr = p->filesz = p->memsz = p->align = 0;
}

void layout_segments(struct ctx *ctx)
{
	build_segments(ctx, true);
}

void layout_segments_quiet(struct ctx *ctx)
{
	build_segments(ctx, false);
}

/*
 * ARM: BFD puts a PT_ARM_EXIDX for the output section named .ARM.exidx
 * (when loaded, and no segment of that type is there yet) in front of the
 * others, so an unwinder finds the exception index table.
 */
static void arm_exidx_segment(struct link *l, struct osec **secs, size_t n)
{
	if (l->arch->machine != EM_ARM)
		return;
	for (size_t i = 0; i < l->segments.n; i++)
		if (((struct segment *)l->segments.v[i])->type == PT_ARM_EXIDX)
			return;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(secs[i]->name, ".ARM.exidx") != 0 || secs[i]->noload || secs[i]->type == SHT_NOBITS)
			continue;
		struct segment *m = seg_new(l, PT_ARM_EXIDX);
		vec_push(&m->sections, secs[i]);
		memmove(l->segments.v + 1, l->segments.v, (l->segments.n - 1) * sizeof *l->segments.v);
		l->segments.v[0] = m;
		return;
	}
}

static void build_segments(struct ctx *ctx, bool report)
{
	ctx->link.segments_quiet = !report;
	struct link *l = &ctx->link;
	struct ptrvec alloc = { 0 };

	l->segments.n = 0;
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		os->offset_set = false;
		if (is_alloc(os))
			vec_push(&alloc, os);
	}
	struct osec **secs = (struct osec **)alloc.v;
	if (l->have_phdrs_cmd) {
		script_segments(ctx, secs, alloc.n);
	} else {
		if (alloc.n)	/* (qsort wants an array, even of nothing) */
			qsort(secs, alloc.n, sizeof *secs, cmp_lma);
		default_loads(ctx, secs, alloc.n);
		note_segments(l, secs, alloc.n);
		if (any_tls(l)) {
			struct segment *m = seg_new(l, PT_TLS);
			for (size_t i = 0; i < alloc.n; i++)
				if (secs[i]->flags & SHF_TLS)
					vec_push(&m->sections, secs[i]);
		}
		for (size_t i = 0; i < alloc.n; i++) {
			/* BFD gives a .note.gnu.property output section its own segment */
			if (strcmp(secs[i]->name, ".note.gnu.property") == 0 && secs[i]->size) {
				struct segment *m = seg_new(l, PT_GNU_PROPERTY);
				vec_push(&m->sections, secs[i]);
				break;
			}
		}
		struct osec *ehh = eh_frame_hdr_osec(ctx);
		if (ehh) {
			/* --eh-frame-hdr: the unwinder finds .eh_frame_hdr through it */
			struct segment *m = seg_new(l, PT_GNU_EH_FRAME);
			vec_push(&m->sections, ehh);
		}
		struct stack_decision sd = decide_stack(ctx);
		if (sd.wanted) {
			struct segment *m = seg_new(l, PT_GNU_STACK);
			m->flags = PF_R | PF_W | (sd.exec ? PF_X : 0);
			m->align = 16;
			if (ctx->opt.z.stack_size_set)
				m->memsz = ctx->opt.z.stack_size;
			if (report && sd.exec && ctx->opt.z.execstack == TRI_DEFAULT &&
			    ctx->opt.warn_execstack != TRI_NO) {
				if (sd.noteobj)
					warn(ctx, "%s: requires executable stack (because the .note.GNU-stack section is executable)",
					     bfd_filename(sd.noteobj));
				else if (sd.emptyobj) {
					warn(ctx, "%s: missing .note.GNU-stack section implies executable stack",
					     bfd_filename(sd.emptyobj));
					message(ctx, "NOTE: This behaviour is deprecated and will be removed in a future version of the linker");
				}
			}
		}
		if (relro_wanted(l)) {
			struct segment *m = seg_new(l, PT_GNU_RELRO);
			m->flags = PF_R;
			m->align = 1;
		}
	}

	arm_exidx_segment(l, secs, alloc.n);

	/* file offsets: loads first, in order */
	uint64_t off = ehdr_size(l) + l->segments.n * phdr_entsize(l);
	l->phdr_offset = ehdr_size(l);
	for (size_t i = 0; i < l->segments.n; i++) {
		struct segment *m = l->segments.v[i];
		if (m->type == PT_LOAD)
			place_load(ctx, m, &off);
	}
	/* everything else follows in section order */
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard || os->offset_set || os->reloc_for)
			continue;
		if (is_alloc(os) && os->type != SHT_NOBITS) {
			/* allocated but in no segment (:NONE): at a file offset
			   congruent to its address, as BFD puts it */
			if (report && os->size)
				warn_plain(ctx, "%s: warning: allocated section `%s' not in segment",
				     ctx->opt.output ? ctx->opt.output : "a.out", os->name);
			off += (os->vma - off) & (l->maxpage - 1);
		}
		off = align_up(off, os->align);
		os->offset = off;
		os->offset_set = true;
		if (os->type != SHT_NOBITS)
			off += os->size;
	}
	l->file_end = off;

	/* the other segments take their extent from their sections */
	for (size_t i = 0; i < l->segments.n; i++) {
		struct segment *m = l->segments.v[i];
		if (m->type == PT_LOAD) {
			if (!m->decl || !m->decl->flags) {
				uint32_t f = PF_R;
				for (size_t k = 0; k < m->sections.n; k++)
					f |= section_pflags(m->sections.v[k]);
				m->flags = m->decl && !m->sections.n ? PF_R : f;
				if (!m->sections.n && !m->decl)
					m->flags = PF_R;
			}
		} else if (m->sections.n) {
			struct osec *first = m->sections.v[0];
			m->offset = first->offset;
			m->vaddr = first->vma;
			if (!m->paddr_set)
				m->paddr = first->lma;
			uint64_t fend = first->offset, mend = first->vma;
			uint32_t f = PF_R;
			for (size_t k = 0; k < m->sections.n; k++) {
				struct osec *os = m->sections.v[k];
				if (os->type != SHT_NOBITS && os->offset + os->size > fend)
					fend = os->offset + os->size;
				if (os->vma + os->size > mend)
					mend = os->vma + os->size;
				if (os->align > m->align)
					m->align = os->align;
				f |= section_pflags(os);
			}
			m->filesz = fend - m->offset;
			m->memsz = mend - m->vaddr;
			if (!m->decl || !m->decl->flags)
				/* GNU ld's own PT_TLS is read-only whatever its sections */
				m->flags = m->type == PT_NOTE || (m->type == PT_TLS && !m->decl) ? PF_R : f;
		}
		if (m->type == PT_GNU_RELRO && !m->sections.n)
			relro_extent(l, m);
		if (m->decl && m->type != PT_LOAD && !m->sections.n) {
			/* a PHDRS entry holding no section: the headers (PHDRS), else empty */
			m->align = l->arch->is64 ? 8 : 4;
			m->flags = m->includes_phdrs ? PF_R : 0;
			if (m->includes_phdrs) {
				m->offset = ehdr_size(l);
				m->filesz = m->memsz = l->segments.n * phdr_entsize(l);
				for (size_t k = 0; k < l->segments.n; k++) {
					const struct segment *ld = l->segments.v[k];
					if (ld->type == PT_LOAD && ld->includes_phdrs) {
						m->vaddr = ld->vaddr + m->offset - ld->offset;
						if (!m->paddr_set)
							m->paddr = ld->paddr + m->offset - ld->offset;
						break;
					}
				}
			}
		}
		if (m->decl && m->decl->flags)
			m->flags = (uint32_t)const_expr(ctx, m->decl->flags);
	}

	/* GNU ld's warning for loadable segments that are writable and executable */
	if (report && ctx->opt.warn_rwx_segments != TRI_NO)
		for (size_t i = 0; i < l->segments.n; i++) {
			struct segment *m = l->segments.v[i];
			if (m->type == PT_LOAD && (m->flags & (PF_W | PF_X)) == (PF_W | PF_X)) {
				warn(ctx, "%s has a LOAD segment with RWX permissions",
				     ctx->opt.output ? ctx->opt.output : "a.out");
				break;
			}
		}
}
