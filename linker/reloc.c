/*
 * reloc.c - relocations for a static link: classify (the arch's howto
 * table), compute S + A - P and friends, check the range the way GNU ld
 * does, write.  Before the layout, scan_relocs() decides which GOT loads
 * are relaxed to direct references (as GNU ld does for GOTPCRELX/GOT32X)
 * and gives the others a .got slot that klink fills itself.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

const struct arch *arch_for(enum target t)
{
	switch (t) {
	case TARGET_X86_64:
		return &arch_x86_64;
	case TARGET_I386:
		return &arch_i386;
	default:
		return NULL;
	}
}

static const struct reloc_howto *howto_of(const struct arch *a, uint32_t type)
{
	if (type >= a->nhowtos || !a->howtos[type].name)
		return NULL;
	return &a->howtos[type];
}

static struct symbol *reloc_symbol(const struct input_section *s, const struct reloc *r)
{
	return r->sym < s->file->nsyms ? s->file->syms[r->sym] : NULL;
}

/* A symbol whose address is known at link time and can be referenced directly. */
/* GNU ld's SEC_DEBUGGING, by name (non-allocated debugging sections). */
bool debugging_section(const struct input_section *s)
{
	return !(s->flags & SHF_ALLOC) && debugging_name(s->name);
}

/* A relocation whose symbol is defined in a section the link dropped. */
bool reloc_against_discarded(const struct input_section *s, const struct reloc *r)
{
	const struct symbol *sym = r->sym < s->file->nsyms ? s->file->syms[r->sym] : NULL;
	return sym && sym->kind == SK_DEFINED && sym->sec && sym->sec->discarded &&
	       !sym->sec->stack_note;
}

static bool direct_ok(const struct symbol *sym)
{
	if (!sym)
		return false;
	if (sym->kind == SK_DEFINED)
		return sym->sec && !sym->sec->discarded;
	if (sym->kind == SK_SCRIPT)
		return sym->osec != NULL;
	/* defined by the script once addresses are known */
	return sym->kind == SK_UNDEF && sym->script_assigned;
}

/* An undefined weak symbol: a static executable resolves it to 0. */
static bool undef_weak(const struct symbol *sym)
{
	return sym && sym->kind == SK_UNDEF && !sym->script_assigned &&
	       (sym->bind == STB_WEAK || sym->weak_undef_seen);
}

/*
 * The value of a symbol that is absolute and already known before the
 * layout: SHN_ABS in an object, or a script/--defsym assignment of a
 * constant outside SECTIONS.  GNU ld checks these against the range of an
 * immediate before relaxing a GOT load to it.
 */
static bool const_assignment(struct ctx *ctx, const struct stmt *st, const char *name, uint64_t *out)
{
	bool found = false;
	for (; st; st = st->next) {
		if (st->kind != ST_ASSIGN || strcmp(st->u.assign.name, name) != 0)
			continue;
		const struct assignment *as = &st->u.assign;
		if (as->op != AS_SET || as->kind == AK_PROVIDE || as->kind == AK_PROVIDE_HIDDEN)
			return false;
		struct eval_env env = { .addr_bits = ctx->link.arch->is64 ? 64 : 32, .prog = ctx->prog,
					.quiet = true };
		struct eval_result r = expr_eval(as->value, &env);
		if (r.status != EV_OK || r.v.sec)
			return false;
		*out = r.v.val;
		found = true;
	}
	return found;
}

static bool known_absolute(struct ctx *ctx, const struct symbol *sym, uint64_t *v)
{
	if (sym->kind == SK_ABS) {
		*v = sym->value;
		return true;
	}
	if (sym->kind == SK_SCRIPT && !sym->osec && !sym->provide) {
		*v = sym->value;
		return true;
	}
	if (sym->kind != SK_UNDEF || !sym->script_assigned)
		return false;
	bool found = false;
	for (size_t i = 0; i < ctx->nscripts; i++)
		found |= const_assignment(ctx, ctx->scripts[i]->stmts, sym->name, v);
	found |= const_assignment(ctx, ctx->defsyms, sym->name, v);
	return found;
}

/* An x86 instruction operand of the form disp32 alone (ModRM mod 00, r/m 101). */
static bool baseless_modrm(uint8_t modrm)
{
	return (modrm & 0xc7) == 0x05;
}

/*
 * GNU ld's GOT load relaxations for x86-64 when the symbol is defined in
 * the link (decided here, before the layout; the bytes change in
 * relocate_section):
 *   mov foo@GOTPCREL(%rip), %r   -> lea foo(%rip), %r     (GOTPCREL too)
 *   call/jmp *foo@GOTPCREL(%rip) -> addr32 call foo / jmp foo; nop
 *   test %r, foo@GOTPCREL(%rip)  -> test $foo, %r         (GOTPCRELX only)
 *   op foo@GOTPCREL(%rip), %r    -> op $foo, %r           (op: add or adc sbb and sub xor cmp)
 * The immediate forms need the address to fit in 32 bits (sign-extended
 * with REX.W): for an absolute symbol whose value is already known GNU ld
 * keeps the GOT load when it does not; otherwise it relaxes, and an
 * overflow is an error at the end.
 */
static bool relax_gotpcrel(struct ctx *ctx, struct input_section *s, struct reloc *r, enum rkind kind,
			   const struct symbol *sym)
{
	const uint8_t *op = s->data + r->offset - 2;
	uint8_t modrm = op[1];
	bool rex_w = kind == RK_REX_GOTPCRELX && r->offset >= 3 && (s->data[r->offset - 3] & 0x48) == 0x48;
	uint64_t absval;
	bool is_abs = known_absolute(ctx, sym, &absval);
	if (undef_weak(sym)) {
		is_abs = true;
		absval = 0;
	}
	bool imm_fits = !is_abs || (rex_w ? absval + 0x80000000ull <= 0xffffffffull : absval <= 0xffffffffull);
	if (op[0] == 0x8b) {
		if (kind != RK_GOTPCREL && ctx->opt.type == LINK_EXEC) {
			/* position-dependent: mov $foo, %r */
			if (!imm_fits)
				return false;
			r->relaxed = RX_MOVIMM;
			r->relaxed_type = rex_w ? R_X86_64_32S : R_X86_64_32;
			return true;
		}
		r->relaxed = RX_LEA;
		r->relaxed_type = R_X86_64_PC32;
		return true;
	}
	if (kind == RK_GOTPCREL)
		return false;
	if (op[0] == 0xff && (modrm == 0x15 || modrm == 0x25)) {
		r->relaxed = modrm == 0x15 ? RX_CALL : RX_JMP;
		r->relaxed_type = R_X86_64_PC32;
		r->relaxed_jmp = modrm == 0x25;
		return true;
	}
	if (op[0] == 0x85) {
		r->relaxed = RX_TEST;
	} else if ((op[0] & 0xc7) == 0x03 && op[0] <= 0x3b) {
		r->relaxed = RX_BINOP;
	} else {
		return false;
	}
	if (!imm_fits) {
		r->relaxed = RX_NONE;
		return false;
	}
	r->relaxed_type = rex_w ? R_X86_64_32S : R_X86_64_32;
	return true;
}

/*
 * GNU ld's relaxations of R_386_GOT32X in a position-dependent executable,
 * for a symbol defined in the link or undefined weak (then 0), when the
 * addend in the place is 0:
 *   mov foo@GOT(%reg), %r      -> mov $foo, %r        (with or without a base)
 *   call/jmp *foo@GOT(%reg)    -> addr16 call foo / jmp foo; nop
 *   test %r, foo@GOT(%reg)     -> test $foo, %r
 *   op foo@GOT(%reg), %r       -> op $foo, %r         (op: add or adc sbb and sub xor cmp)
 */
static bool relax_got32x(struct input_section *s, struct reloc *r, const struct symbol *sym)
{
	if (r->offset < 2 || !s->data)
		return false;
	const uint8_t *loc = s->data + r->offset;
	if (loc[0] | loc[1] | loc[2] | loc[3])
		return false;			/* an addend: left alone */
	const uint8_t *op = loc - 2;
	uint8_t modrm = op[1];
	bool local_def = sym && sym->local && sym->kind == SK_DEFINED;
	if (!local_def && !direct_ok(sym) && !undef_weak(sym))
		return false;
	if (op[0] == 0xff) {
		uint8_t ext = modrm & 0x38;
		if (ext != 0x10 && ext != 0x20)
			return false;
		r->relaxed = ext == 0x10 ? RX_CALL : RX_JMP;
		r->relaxed_jmp = ext == 0x20;
		r->relaxed_type = R_386_PC32;
		return true;
	}
	if (op[0] == 0x8b)
		r->relaxed = RX_MOVIMM;
	else if (op[0] == 0x85)
		r->relaxed = RX_TEST;
	else if ((op[0] & 0xc7) == 0x03 && op[0] <= 0x3b)
		r->relaxed = RX_BINOP;
	else
		return false;
	r->relaxed_type = R_386_32;
	return true;
}

static void want_got_slot(struct link *l, struct symbol *sym)
{
	if (sym && !sym->needs_got) {
		sym->needs_got = true;
		vec_push(&l->got_syms, sym);
	}
}

/*
 * GNU ld gives out GOT slots to the local symbols first (file by file, in
 * symbol table order), then to the globals in the order its hash table
 * traversal visits them.
 */
static void order_got_slots(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	struct ptrvec order = { 0 }, globals = { 0 };
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsyms; i++) {
			struct symbol *sym = f->syms[i];
			if (sym && sym->local && sym->needs_got && sym->got_offset == 0) {
				sym->got_offset = 1;	/* marks it taken */
				vec_push(&order, sym);
			}
		}
	}
	symtab_bfd_order(ctx, &globals);
	for (size_t i = 0; i < globals.n; i++) {
		struct symbol *sym = globals.v[i];
		if (!sym->local && sym->needs_got && sym->got_offset == 0) {
			sym->got_offset = 1;
			vec_push(&order, sym);
		}
	}
	for (size_t i = 0; i < l->got_syms.n; i++) {
		struct symbol *sym = l->got_syms.v[i];
		if (sym->got_offset == 0)
			vec_push(&order, sym);	/* not in GNU ld's table: after the others */
	}
	free(globals.v);
	l->got_syms = order;
}

void scan_relocs(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	const struct arch *a = l->arch;
	unsigned wsize = a->is64 ? 8 : 4;
	struct symbol *gotsym = sym_lookup(ctx, "_GLOBAL_OFFSET_TABLE_");
	bool want_gotplt = false;	/* something computes relative to the GOT */
	bool got_referenced = false;	/* a relocation against _GLOBAL_OFFSET_TABLE_ */

	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->discarded || !s->nrelocs)
				continue;
			if (!(s->flags & SHF_ALLOC)) {
				for (size_t k = 0; k < s->nrelocs; k++) {
					struct symbol *sym = reloc_symbol(s, &s->relocs[k]);
					if (sym)
						sym->ref_regular = true;
				}
				continue;
			}
			for (size_t k = 0; k < s->nrelocs; k++) {
				struct reloc *r = &s->relocs[k];
				const struct reloc_howto *h = howto_of(a, r->type);
				if (!h)
					continue;
				struct symbol *sym = reloc_symbol(s, r);
				if (sym)
					sym->ref_regular = true;
				if (sym && sym == gotsym)
					got_referenced = true;
				switch (h->kind) {
				case RK_GOTPCREL:
				case RK_GOTPCRELX:
				case RK_REX_GOTPCRELX:
					if ((direct_ok(sym) || undef_weak(sym)) && s->data && r->offset >= 2 &&
					    relax_gotpcrel(ctx, s, r, h->kind, sym))
						break;
					want_got_slot(l, sym);
					break;
				case RK_GOT32X:
					want_gotplt = true;
					if (ctx->opt.type == LINK_EXEC && relax_got32x(s, r, sym))
						break;
					want_got_slot(l, sym);
					break;
				case RK_GOT:
					want_gotplt = true;
					want_got_slot(l, sym);
					break;
				case RK_GOTOFF:
				case RK_GOTPC:
					want_gotplt = true;
					break;
				default:
					break;
				}
			}
		}
	}
	if (l->got_syms.n) {
		order_got_slots(ctx);
		l->got_isec = synthetic_section(ctx, ".got", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, wsize,
						l->got_syms.n * wsize);
		for (size_t i = 0; i < l->got_syms.n; i++)
			((struct symbol *)l->got_syms.v[i])->got_offset = i * wsize;
	}
	/*
	 * GNU ld keeps .got.plt (its three reserved entries, and
	 * _GLOBAL_OFFSET_TABLE_ at its start) when there is a GOT or a
	 * relocation names _GLOBAL_OFFSET_TABLE_.  Otherwise the section is
	 * left empty and dropped, but GOT-relative values still use where it
	 * would have been.
	 */
	bool keep_gotplt = l->got_syms.n || got_referenced;
	if (!keep_gotplt && gotsym && gotsym->kind == SK_UNDEF)
		gotsym->referenced = false;	/* only named, never used: GNU ld drops it */
	if (want_gotplt || keep_gotplt) {
		l->gotplt_isec = synthetic_section(ctx, ".got.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, wsize,
						   keep_gotplt ? 3 * wsize : 0);
		l->gotplt_isec->entsize = wsize;
	}
	if (keep_gotplt) {
		struct symbol *g = sym_intern(ctx, "_GLOBAL_OFFSET_TABLE_");
		sym_note_created(ctx, g);
		if (g->kind == SK_UNDEF) {
			g->kind = SK_DEFINED;
			g->sec = l->gotplt_isec;
			g->value = 0;
			g->type = STT_OBJECT;
			g->file = l->gotplt_isec->file;
			g->hidden_by_script = true;	/* linker-made and local */
		}
	}
}

/*
 * The TLS segment: from the first TLS output section to the end of the
 * last, aligned as the most aligned of them.  GNU ld's thread pointer for
 * local-exec offsets on x86 is its start plus its size rounded up to that
 * alignment; STT_TLS symbols of an executable are offsets from its start.
 */
bool tls_segment(struct ctx *ctx, uint64_t *start, uint64_t *tp)
{
	struct link *l = &ctx->link;
	uint64_t lo = 0, end = 0, align = 1;
	bool any = false;
	for (size_t i = 0; i < l->osecs.n; i++) {
		struct osec *os = l->osecs.v[i];
		if (os->removed || os->discard || !(os->flags & SHF_ALLOC) || !(os->flags & SHF_TLS))
			continue;
		if (!any)
			lo = os->vma;
		any = true;
		if (os->vma + os->size > end)
			end = os->vma + os->size;
		if (os->align > align)
			align = os->align;
	}
	*start = lo;
	*tp = lo + ((end - lo + align - 1) & ~(align - 1));
	return any;
}

uint64_t symbol_address(struct ctx *ctx, const struct symbol *sym, bool *undefined)
{
	(void)ctx;
	*undefined = false;
	switch (sym->kind) {
	case SK_DEFINED:
		if (!sym->sec || !sym->sec->out)
			return sym->is_section_sym ? 0 : sym->value;
		return sym->sec->out->vma + sym->sec->offset + sym->value;
	case SK_ABS:
		return sym->value;
	case SK_SCRIPT:
		if (sym->provide_pending) {
			*undefined = true;
			return 0;
		}
		return sym->osec ? sym->osec->vma + sym->value : sym->value;
	case SK_COMMON:
	case SK_UNDEF:
	default:
		*undefined = true;
		return 0;
	}
}

static void put(uint8_t *p, uint64_t v, unsigned size)
{
	for (unsigned i = 0; i < size; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static bool fits(const struct reloc_howto *h, uint64_t v, unsigned addr_bits)
{
	unsigned bits = h->size * 8;
	if (!h->check || bits >= 64)
		return true;
	uint64_t addr_mask = addr_bits >= 64 ? ~0ull : (1ull << addr_bits) - 1;
	v &= addr_mask;
	int64_t sv = addr_bits >= 64 ? (int64_t)v : (int64_t)(v << (64 - addr_bits)) >> (64 - addr_bits);
	switch (h->check) {
	case 's':
		return sv >= -(1ll << (bits - 1)) && sv < (1ll << (bits - 1));
	case 'u':
		return v < (1ull << bits);
	case 'b': {
		if (bits >= addr_bits)
			return true;
		uint64_t high = v & ~((1ull << bits) - 1) & addr_mask;
		return high == 0 || high == (addr_mask & ~((1ull << bits) - 1));
	}
	default:
		return true;
	}
}

/* "FILE: in function `F':\n(SEC+0xOFF)", shortened as GNU ld does on repeats. */
static char *place_for_message(struct ctx *ctx, struct input_section *s, uint64_t off)
{
	char *full = describe_place(s, off);
	char *nl = strchr(full, '\n');
	const char *func = NULL;
	if (nl) {
		char *q = strchr(full, '`');
		if (q)
			func = xstrndup(q + 1, (size_t)(strchr(q, '\'') - q - 1));
	}
	if (nl && ctx->link.last_msg_file == s->file && func && ctx->link.last_msg_func &&
	    strcmp(func, ctx->link.last_msg_func) == 0) {
		char *shortp = xstrdup(nl + 1);
		free(full);
		return shortp;
	}
	ctx->link.last_msg_file = s->file;
	ctx->link.last_msg_func = func;
	return full;
}

char *reloc_place(struct ctx *ctx, struct input_section *s, uint64_t off)
{
	return place_for_message(ctx, s, off);
}

/*
 * A relocation against an undefined (not weak) symbol, as GNU ld reports it:
 * nothing under --unresolved-symbols=ignore-all/ignore-in-object-files (or
 * -z undefs) unless the symbol is not STV_DEFAULT, nothing for a name given
 * to --ignore-unresolved-symbol (nor, with --warn-once, for one already
 * reported), a warning under --warn-unresolved-symbols, else an error (that
 * --noinhibit-exec lets pass).  The relocation is then applied with 0.
 */
static void undefined_reference(struct ctx *ctx, struct input_section *s, uint64_t off,
				struct symbol *sym)
{
	struct link *l = &ctx->link;
	const struct options *o = &ctx->opt;
	bool hidden = sym->visibility != STV_DEFAULT;
	if (o->ignore_unresolved_in_objects && !hidden)
		return;
	bool err = (!o->ignore_unresolved_in_objects && !o->warn_unresolved) || hidden;
	for (size_t i = 0; i < o->ignore_unresolved.n; i++)
		if (strcmp(o->ignore_unresolved.v[i], sym->name) == 0)
			return;
	if (sym->undef_reported && o->warn_once)
		return;
	sym->undef_reported = true;
	if (l->undef_name && strcmp(l->undef_name, sym->name) == 0) {
		l->undef_count++;
	} else {
		l->undef_name = sym->name;
		l->undef_count = 0;
	}
	if (l->undef_count > 5)
		return;
	bool more = l->undef_count == 5;
	char *where;
	if (more) {
		/* GNU ld names no function here, and names it again in the next message */
		where = xmalloc(strlen(s->file->display) + strlen(s->name) + 32);
		sprintf(where, "%s:(%s+0x%llx)", s->file->display, s->name, (unsigned long long)off);
		l->last_msg_file = NULL;
		l->last_msg_func = NULL;
	} else {
		where = place_for_message(ctx, s, off);
	}
	if (err)
		link_error(ctx, more ? "%s: more undefined references to `%s' follow"
				     : "%s: undefined reference to `%s'", where, sym->name);
	else
		warn_plain(ctx, more ? "%s: warning: more undefined references to `%s' follow"
				     : "%s: warning: undefined reference to `%s'", where, sym->name);
	free(where);
}

static void truncated(struct ctx *ctx, struct input_section *s, uint64_t off,
		      const struct reloc_howto *h, const struct symbol *sym, int64_t addend)
{
	char *where = place_for_message(ctx, s, off);
	char extra[64] = "";
	if (addend && (!sym || sym->is_section_sym))
		snprintf(extra, sizeof extra, "+%llx", (unsigned long long)addend);
	if (!sym || sym->is_section_sym) {
		const char *secname = sym && sym->sec ? sym->sec->name : "*ABS*";
		link_error_plain(ctx, "%s: relocation truncated to fit: %s against `%s'%s", where, h->name, secname, extra);
	} else if (sym->kind == SK_UNDEF) {
		link_error_plain(ctx, "%s: relocation truncated to fit: %s against undefined symbol `%s'", where,
		      h->name, sym->name);
	} else if (!sym->local && (sym->kind == SK_DEFINED || sym->kind == SK_ABS || sym->kind == SK_SCRIPT)) {
		/* the defining section and its owner: an input section and file, or
		   an output section (or *ABS*) of the output file */
		const char *secname, *owner;
		const char *out = ctx->opt.output ? ctx->opt.output : "a.out";
		if (sym->kind == SK_DEFINED && sym->sec) {
			secname = sym->sec->name;
			owner = sym->sec->file->display;
		} else if (sym->kind == SK_SCRIPT && sym->osec) {
			secname = sym->osec->name;
			owner = out;
		} else {
			secname = "*ABS*";
			owner = sym->kind == SK_ABS && sym->file ? sym->file->display : out;
		}
		link_error_plain(ctx, "%s: relocation truncated to fit: %s against symbol `%s' defined in %s section in %s",
			    where, h->name, sym->name, secname, owner);
	} else {
		link_error_plain(ctx, "%s: relocation truncated to fit: %s against `%s'", where, h->name, sym->name);
	}
	free(where);
}

void relocate_section(struct ctx *ctx, struct input_section *s, uint8_t *buf)
{
	struct link *l = &ctx->link;
	const struct arch *a = l->arch;
	unsigned addr_bits = a->is64 ? 64 : 32;
	uint64_t got_base = l->got_isec && l->got_isec->out ? l->got_isec->out->vma + l->got_isec->offset : 0;
	uint64_t gotplt = l->gotplt_isec && l->gotplt_isec->out
				  ? l->gotplt_isec->out->vma + l->gotplt_isec->offset : got_base;
	if (l->gotplt_isec && l->gotplt_isec->out && l->gotplt_isec->out->removed)
		/* dropped: where it would have started */
		gotplt = (gotplt + l->gotplt_isec->align - 1) & ~(l->gotplt_isec->align - 1);

	for (size_t k = 0; k < s->nrelocs; k++) {
		struct reloc *r = &s->relocs[k];
		const struct reloc_howto *h = howto_of(a, r->type);
		if (!h || h->kind == RK_UNSUPPORTED) {
			error(ctx, "%s: unsupported relocation type %u in section %s", s->file->display,
			      r->type, s->name);
			continue;
		}
		if (r->offset + h->size > s->size) {
			error(ctx, "%s: bad relocation offset 0x%llx in section %s", s->file->display,
			      (unsigned long long)r->offset, s->name);
			continue;
		}
		uint8_t *loc = buf + r->offset;
		struct symbol *sym = reloc_symbol(s, r);
		if (h->kind != RK_NONE && reloc_against_discarded(s, r)) {
			/*
			 * GNU ld: an error unless the reference is from debugging
			 * information or unwind tables; the field is cleared (1 in
			 * .debug_ranges, where 0 would end a list).
			 */
			if (!debugging_section(s) && strcmp(s->name, ".eh_frame") != 0 &&
			    strcmp(s->name, ".gcc_except_table") != 0)
				error_plain(ctx, "`%s' referenced in section `%s' of %s: defined in discarded section `%s' of %s",
					    sym->is_section_sym || !sym->name ? sym->sec->name : sym->name,
					    s->name, s->file->display, sym->sec->name, sym->sec->file->display);
			memset(loc, 0, h->size);
			if (strcmp(s->name, ".debug_ranges") == 0 && h->size)
				loc[0] = 1;
			continue;
		}
		int64_t A = a->rela ? r->addend : a->rel_addend(h, r->type, loc);
		uint64_t P = s->out->vma + s->offset + r->offset;
		bool undef = false;
		uint64_t S = 0;
		if (sym) {
			if (sym->local && sym->kind == SK_DEFINED && sym->sec && sym->sec->discarded) {
				S = 0;	/* a reference into a discarded section */
			} else {
				S = symbol_address(ctx, sym, &undef);
			}
			if (undef && !(sym->bind == STB_WEAK || sym->weak_undef_seen) &&
			    (s->flags & SHF_ALLOC))
				undefined_reference(ctx, s, r->offset, sym);	/* even for R_*_NONE */
		}
		if (h->kind == RK_NONE)
			continue;
		if (sym && sym->is_section_sym && sym->sec && sym->sec->merge && !sym->sec->discarded) {
			/* section + addend into a merged section: where that byte went */
			uint64_t off;
			struct input_section *o = merged_offset(sym->sec, sym->value + (uint64_t)A, &off);
			S = o->out ? o->out->vma + o->offset + off : off;
			A = 0;
		}
		uint64_t v;
		enum rkind kind = h->kind;
		if (r->relaxed) {
			/* a GOT load relaxed to a direct reference, as GNU ld does */
			uint8_t *op = loc - 2;
			kind = RK_PC;
			switch (r->relaxed) {
			case RX_LEA:
				op[0] = 0x8d;
				break;
			case RX_CALL:
				op[0] = 0x67;			/* addr32 call foo */
				op[1] = 0xe8;
				if (!a->rela)
					A = -4;			/* the field ends 4 bytes before the next insn */
				h = howto_of(a, r->relaxed_type);
				break;
			case RX_JMP:
				op[0] = 0xe9;			/* jmp foo; nop */
				loc = op + 1;
				P -= 1;
				op[5] = 0x90;
				if (!a->rela)
					A = -4;
				h = howto_of(a, r->relaxed_type);
				break;
			case RX_MOVIMM:
			case RX_TEST:
			case RX_BINOP: {
				uint8_t reg = (op[1] >> 3) & 7;
				if (r->relaxed == RX_MOVIMM) {
					op[0] = 0xc7;		/* mov $foo, %r */
					op[1] = 0xc0 | reg;
				} else if (r->relaxed == RX_TEST) {
					op[0] = 0xf7;		/* test $foo, %r */
					op[1] = 0xc0 | reg;
				} else {
					op[1] = 0xc0 | (op[0] & 0x38) | reg;	/* op $foo, %r */
					op[0] = 0x81;
				}
				if (a->is64 && r->offset >= 3 && (loc[-3] & 0xf0) == 0x40) {
					/* the register moves from ModRM.reg to ModRM.rm: REX.R becomes REX.B */
					uint8_t rex = loc[-3];
					loc[-3] = (uint8_t)((rex & ~0x04) | ((rex & 0x04) ? 0x01 : 0));
				}
				kind = RK_ABS;
				A = 0;
				h = howto_of(a, r->relaxed_type);
				break;
			}
			default:
				break;
			}
		}
		switch (kind) {
		case RK_ABS:
			v = S + A;
			break;
		case RK_PC:
		case RK_PLT:
			v = S + A - P;
			break;
		case RK_GOTOFF:
			v = S + A - gotplt;
			break;
		case RK_GOTPC:
			v = gotplt + A - P;
			break;
		case RK_GOT:
		case RK_GOT32X:
			v = (sym && sym->needs_got ? got_base + sym->got_offset : 0) + A;
			/* i386 without a base register (disp32 alone): the slot's address */
			if (a->is64)
				v -= got_base;
			else if (r->offset < 1 || !baseless_modrm(loc[-1]))
				v -= gotplt;
			break;
		case RK_GOTPCREL:
		case RK_GOTPCRELX:
		case RK_REX_GOTPCRELX:
			v = (sym && sym->needs_got ? got_base + sym->got_offset : 0) + A - P;
			break;
		case RK_SIZE:
			v = (sym ? sym->size : 0) + A;
			break;
		case RK_TPOFF: {
			uint64_t tls_start, tp;
			v = S + A - (tls_segment(ctx, &tls_start, &tp) ? tp : 0);
			break;
		}
		case RK_TPOFF_NEG: {
			uint64_t tls_start, tp;
			v = (tls_segment(ctx, &tls_start, &tp) ? tp : 0) - S + A;
			break;
		}
		default:
			v = 0;
			break;
		}
		if (!fits(h, v, addr_bits)) {
			if (r->relaxed && a->is64 && sym && !sym->is_section_sym) {
				/* the place is where the field is now (jmp: a byte back) */
				char *where = place_for_message(ctx, s, r->offset - (r->relaxed_jmp ? 1 : 0));
				link_error_plain(ctx, "%s: failed to convert GOTPCREL relocation against '%s'; "
					    "relink with --no-relax", where, sym->name);
				free(where);
			} else {
				truncated(ctx, s, r->offset, h, sym, A);
			}
		}
		put(loc, v, h->size);
	}
}
