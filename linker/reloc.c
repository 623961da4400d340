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

/*
 * GNU ld's GOT load relaxations for x86-64 when the symbol is defined in
 * the link (decided here, before the layout; the bytes change in
 * relocate_section):
 *   mov foo@GOTPCREL(%rip), %r   -> lea foo(%rip), %r     (GOTPCREL too)
 *   call/jmp *foo@GOTPCREL(%rip) -> addr32 call foo / jmp foo; nop
 *   test %r, foo@GOTPCREL(%rip)  -> test $foo, %r         (GOTPCRELX only)
 *   op foo@GOTPCREL(%rip), %r    -> op $foo, %r           (op: add or adc sbb and sub xor cmp)
 * The immediate forms need the address to fit in 32 bits.
 */
static bool relax_gotpcrel(struct ctx *ctx, struct input_section *s, struct reloc *r, enum rkind kind)
{
	const uint8_t *op = s->data + r->offset - 2;
	uint8_t modrm = op[1];
	bool rex_w = kind == RK_REX_GOTPCRELX && r->offset >= 3 && (s->data[r->offset - 3] & 0x48) == 0x48;
	if (op[0] == 0x8b) {
		if (kind != RK_GOTPCREL && ctx->opt.type == LINK_EXEC) {
			/* position-dependent: mov $foo, %r */
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
	r->relaxed_type = rex_w ? R_X86_64_32S : R_X86_64_32;
	return true;
}

void scan_relocs(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	const struct arch *a = l->arch;
	unsigned wsize = a->is64 ? 8 : 4;
	struct symbol *gotsym = sym_lookup(ctx, "_GLOBAL_OFFSET_TABLE_");
	bool want_gotplt = false;

	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (!s || s->discarded || !s->nrelocs || !(s->flags & SHF_ALLOC))
				continue;
			for (size_t k = 0; k < s->nrelocs; k++) {
				struct reloc *r = &s->relocs[k];
				const struct reloc_howto *h = howto_of(a, r->type);
				if (!h)
					continue;
				struct symbol *sym = reloc_symbol(s, r);
				if (sym && sym == gotsym)
					want_gotplt = true;	/* a relocation against _GLOBAL_OFFSET_TABLE_ */
				switch (h->kind) {
				case RK_GOTPCREL:
				case RK_GOTPCRELX:
				case RK_REX_GOTPCRELX:
				case RK_GOT32X:
					if (h->kind != RK_GOT32X && direct_ok(sym) && s->data && r->offset >= 2 &&
					    relax_gotpcrel(ctx, s, r, h->kind))
						break;
					/* not relaxed: a GOT slot */
					__attribute__((fallthrough));				case RK_GOT:
					if (sym && !sym->needs_got) {
						sym->needs_got = true;
						vec_push(&l->got_syms, sym);
					}
					want_gotplt |= h->kind == RK_GOT || h->kind == RK_GOT32X;
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
		l->got_isec = synthetic_section(ctx, ".got", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, wsize, 0);
		l->got_isec->size = l->got_syms.n * wsize;
		for (size_t i = 0; i < l->got_syms.n; i++)
			((struct symbol *)l->got_syms.v[i])->got_offset = i * wsize;
	}
	if (l->got_syms.n)
		want_gotplt = true;	/* GNU ld makes .got.plt with any GOT */
	if (!want_gotplt && gotsym && gotsym->kind == SK_UNDEF)
		gotsym->referenced = false;	/* only named, never used: GNU ld drops it */
	if (want_gotplt) {
		l->gotplt_isec = synthetic_section(ctx, ".got.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, wsize, 0);
		l->gotplt_isec->size = 3 * wsize;	/* the reserved entries */
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
		l->gotplt_isec->entsize = wsize;
	}
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

static void undefined_reference(struct ctx *ctx, struct input_section *s, uint64_t off,
				const struct symbol *sym)
{
	struct link *l = &ctx->link;
	if (l->undef_name && strcmp(l->undef_name, sym->name) == 0) {
		l->undef_count++;
	} else {
		l->undef_name = sym->name;
		l->undef_count = 0;
	}
	if (l->undef_count > 5)
		return;
	char *where = place_for_message(ctx, s, off);
	if (l->undef_count == 5)
		error(ctx, "%s: more undefined references to `%s' follow", where, sym->name);
	else
		error(ctx, "%s: undefined reference to `%s'", where, sym->name);
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
		error_plain(ctx, "%s: relocation truncated to fit: %s against `%s'%s", where, h->name, secname, extra);
	} else if (sym->kind == SK_UNDEF) {
		error_plain(ctx, "%s: relocation truncated to fit: %s against undefined symbol `%s'", where,
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
		error_plain(ctx, "%s: relocation truncated to fit: %s against symbol `%s' defined in %s section in %s",
			    where, h->name, sym->name, secname, owner);
	} else {
		error_plain(ctx, "%s: relocation truncated to fit: %s against `%s'", where, h->name, sym->name);
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

	for (size_t k = 0; k < s->nrelocs; k++) {
		struct reloc *r = &s->relocs[k];
		const struct reloc_howto *h = howto_of(a, r->type);
		if (!h || h->kind == RK_UNSUPPORTED) {
			error(ctx, "%s: unsupported relocation type %u in section %s", s->file->display,
			      r->type, s->name);
			continue;
		}
		if (h->kind == RK_NONE)
			continue;
		if (r->offset + h->size > s->size) {
			error(ctx, "%s: bad relocation offset 0x%llx in section %s", s->file->display,
			      (unsigned long long)r->offset, s->name);
			continue;
		}
		uint8_t *loc = buf + r->offset;
		struct symbol *sym = reloc_symbol(s, r);
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
			    (s->flags & SHF_ALLOC)) {
				undefined_reference(ctx, s, r->offset, sym);
				continue;
			}
		}
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
				break;
			case RX_JMP:
				op[0] = 0xe9;			/* jmp foo; nop */
				loc = op + 1;
				P -= 1;
				op[5] = 0x90;
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
				if (r->offset >= 3 && (loc[-3] & 0xf0) == 0x40) {
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
			v = (sym && sym->needs_got ? got_base + sym->got_offset : 0) + A -
			    (a->is64 ? got_base : gotplt);
			break;
		case RK_GOTPCREL:
		case RK_GOTPCRELX:
		case RK_REX_GOTPCRELX:
			v = (sym && sym->needs_got ? got_base + sym->got_offset : 0) + A - P;
			break;
		case RK_SIZE:
			v = (sym ? sym->size : 0) + A;
			break;
		default:
			v = 0;
			break;
		}
		if (!fits(h, v, addr_bits))
			truncated(ctx, s, r->offset, h, sym, A);
		put(loc, v, h->size);
	}
}
