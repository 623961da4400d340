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

#ifndef R_ARM_LDR_PC_G0
#define R_ARM_LDR_PC_G0 4	/* <elf.h> calls it R_ARM_PC13 */
#endif

const struct arch *arch_for(enum target t)
{
	switch (t) {
	case TARGET_X86_64:
		return &arch_x86_64;
	case TARGET_I386:
		return &arch_i386;
	case TARGET_ARM:
		return &arch_arm;
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

static bool is_ifunc(const struct symbol *sym);

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
			if (sym && sym->local && sym->needs_got && sym->got_offset == 0 && !is_ifunc(sym)) {
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
	/* local IFUNCs: from BFD's table of them, after the globals */
	for (size_t i = 0; i < l->got_syms.n; i++) {
		struct symbol *sym = l->got_syms.v[i];
		if (sym->local && sym->got_offset == 0) {
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

/* ------------------------------------------------------------ TLS */

static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The relocation right after R in S, when it is at OFF and of one of the kinds given. */
static struct reloc *next_reloc_at(const struct arch *a, struct input_section *s, size_t k, uint64_t off,
				   enum rkind k1, enum rkind k2)
{
	if (k + 1 >= s->nrelocs)
		return NULL;
	struct reloc *n = &s->relocs[k + 1];
	const struct reloc_howto *h = howto_of(a, n->type);
	if (n->offset != off || !h || (h->kind != k1 && h->kind != k2))
		return NULL;
	return n;
}

/*
 * GNU ld's error for a TLS sequence it cannot rewrite; it ends the link.
 * The type named is the one GNU ld was rewriting to: local exec, except
 * that a global's GD and TLSDESC sequences go to initial exec first.  A
 * global's IE sequence is checked only when relocating (LATE).
 */
static void tls_transition_failed(struct ctx *ctx, struct input_section *s, const struct reloc *r,
				  const struct symbol *sym, bool late)
{
	const struct arch *a = ctx->link.arch;
	const struct reloc_howto *h = howto_of(a, r->type);
	bool i386 = a->target == TARGET_I386;
	bool to_ie = sym && !sym->local &&
		     (h->kind == RK_TLSGD || h->kind == RK_TLSDESC || h->kind == RK_TLSDESC_CALL);
	const char *to = to_ie ? (i386 ? "R_386_TLS_IE_32" : "R_X86_64_GOTTPOFF")
			       : (i386 ? "R_386_TLS_LE_32" : "R_X86_64_TPOFF32");
	message(ctx, "%s: TLS transition from %s to %s against `%s' at %#llx in section `%s' failed",
		s->file->display, h->name, to, sym && sym->name ? sym->name : "", (unsigned long long)r->offset,
		s->name);
	fatal(ctx, late ? "final link failed: bad value" : "failed to set dynamic section sizes: bad value");
}

/*
 * x86-64 TLS in a static executable: every model becomes local exec, the
 * instructions rewritten in relocate_section (the forms the psABI gives):
 *   IE  mov x@gottpoff(%rip), %r    -> mov $x@tpoff, %r
 *       add x@gottpoff(%rip), %r    -> lea x@tpoff(%r), %r   (%rsp/%r12: add $x@tpoff, %r)
 *   GD  [66] lea x@tlsgd(%rip), %rdi; [66 66 48] call __tls_get_addr  (or call *GOT)
 *                                   -> mov %fs:0, %rax; lea x@tpoff(%rax), %rax
 *   LD  lea x@tlsld(%rip), %rdi; call __tls_get_addr (or call *GOT)
 *                                   -> (66...) mov %fs:0, %rax
 *   DESC lea x@tlsdesc(%rip), %r; call *x@tlscall(%r) -> mov $x@tpoff, %r; xchg %ax,%ax
 * Returns false when the instructions are not the expected ones.
 */
static bool scan_tls_x86_64(struct ctx *ctx, struct input_section *s, size_t k, enum rkind kind,
			    const struct symbol *sym)
{
	const struct arch *a = ctx->link.arch;
	struct reloc *r = &s->relocs[k];
	const uint8_t *d = s->data;
	uint64_t off = r->offset;
	struct reloc *call;
	(void)sym;
	if (!d)
		return false;
	switch (kind) {
	case RK_GOTTPOFF:
		if (off < 3 || (d[off - 3] & 0xfb) != 0x48 || (d[off - 2] != 0x8b && d[off - 2] != 0x03) ||
		    (d[off - 1] & 0xc7) != 0x05)
			return false;
		r->relaxed = RX_TLS_IE;
		r->relaxed_type = R_X86_64_TPOFF32;
		return true;
	case RK_TLSGD:
		/* 66 48 8d 3d <x@tlsgd> then 66 66 48 e8 <call> or 66 48 ff 15 <*GOT> */
		if (off < 4 || off + 12 > s->size || get32(d + off - 4) != 0x3d8d4866u)
			return false;
		if (d[off + 4] == 0x66 && d[off + 5] == 0x66 && d[off + 6] == 0x48 && d[off + 7] == 0xe8)
			call = next_reloc_at(a, s, k, off + 8, RK_PLT, RK_PC);
		else if (d[off + 4] == 0x66 && d[off + 5] == 0x48 && d[off + 6] == 0xff && d[off + 7] == 0x15)
			call = next_reloc_at(a, s, k, off + 8, RK_GOTPCRELX, RK_GOTPCREL);
		else
			return false;
		break;
	case RK_TLSLD:
		/* 48 8d 3d <x@tlsld> then e8 <call> or ff 15 <*GOT> */
		if (off < 3 || off + 9 > s->size || d[off - 3] != 0x48 || d[off - 2] != 0x8d || d[off - 1] != 0x3d)
			return false;
		if (d[off + 4] == 0xe8)
			call = next_reloc_at(a, s, k, off + 5, RK_PLT, RK_PC);
		else if (d[off + 4] == 0xff && d[off + 5] == 0x15)
			call = next_reloc_at(a, s, k, off + 6, RK_GOTPCRELX, RK_GOTPCREL);
		else
			return false;
		r->tls_form = d[off + 4] == 0xff;
		break;
	case RK_TLSDESC:
		if (off < 3 || (d[off - 3] & 0xfb) != 0x48 || d[off - 2] != 0x8d || (d[off - 1] & 0xc7) != 0x05)
			return false;
		r->relaxed = RX_TLS_DESC;
		r->relaxed_type = R_X86_64_TPOFF32;
		return true;
	case RK_TLSDESC_CALL:
		if (off + 2 > s->size || d[off] != 0xff || d[off + 1] != 0x10)
			return false;
		r->relaxed = RX_TLS_DESC_CALL;
		r->relaxed_type = R_X86_64_NONE;
		return true;
	default:
		return true;
	}
	if (!call)
		return false;
	struct symbol *target = reloc_symbol(s, call);
	if (!target || !target->name || strcmp(target->name, "__tls_get_addr") != 0)
		return false;
	r->relaxed = kind == RK_TLSGD ? RX_TLS_GD : RX_TLS_LD;
	r->relaxed_type = kind == RK_TLSGD ? R_X86_64_TPOFF32 : R_X86_64_NONE;
	return true;
}

/*
 * i386 TLS in a static executable, likewise (the instruction forms GNU ld
 * accepts; it refuses any other):
 *   IE     movl x@indntpoff, %eax (a1)       -> movl $x@ntpoff, %eax (b8)
 *          movl/addl x@indntpoff, %r         -> movl/addl $x@ntpoff, %r
 *   GOTIE  movl/addl/subl x@gotntpoff(%b), %r -> movl/addl/subl $x@ntpoff, %r
 *   IE_32  the same with x@gottpoff          -> ... $x@tpoff (the negated offset)
 *   GD     leal x@tlsgd(,%ebx,1), %eax; call ___tls_get_addr
 *          leal x@tlsgd(%ebx), %eax; call ___tls_get_addr; nop
 *          leal x@tlsgd(%b), %eax; call *___tls_get_addr@GOT(%b)
 *                                            -> movl %gs:0, %eax; subl $x@tpoff, %eax
 *   LDM    leal x@tlsldm(%ebx), %eax; call ___tls_get_addr
 *                                            -> movl %gs:0, %eax; nop; leal 0(%esi,%eiz), %esi
 *          leal x@tlsldm(%b), %eax; call *___tls_get_addr@GOT(%b)
 *                                            -> movl %gs:0, %eax; leal 0(%esi), %esi
 *   DESC   leal x@tlsdesc(%ebx), %r; call *x@tlscall(%eax)
 *                                            -> leal x@ntpoff, %r; xchg %ax, %ax
 * tls_form tells relocate_section which form it was.  The call is direct
 * (PC32/PLT32) or through the GOT (GOT32X); GNU ld keeps the TLS types for
 * --emit-relocs.
 */
static bool scan_tls_i386(struct ctx *ctx, struct input_section *s, size_t k, enum rkind kind)
{
	const struct arch *a = ctx->link.arch;
	struct reloc *r = &s->relocs[k];
	const uint8_t *d = s->data;
	uint64_t off = r->offset, size = s->size;
	struct reloc *call = NULL;
	uint8_t modrm;
	if (!d || off + (kind == RK_TLSDESC_CALL ? 2 : 4) > size)
		return false;
	r->relaxed_type = r->type;
	if (kind == RK_TLSDESC_CALL) {
		if (d[off] != 0xff || d[off + 1] != 0x10)
			return false;
		r->relaxed = RX_TLS_DESC_CALL;
		return true;
	}
	if (r->type == R_386_TLS_IE && off >= 1 && d[off - 1] == 0xa1) {
		r->tls_form = 0;			/* movl x@indntpoff, %eax */
		r->relaxed = RX_TLS_IE;
		return true;
	}
	if (off < 2)
		return false;
	modrm = d[off - 1];
	switch (kind) {
	case RK_GOTTPOFF:
		if (r->type == R_386_TLS_IE) {
			if ((d[off - 2] == 0x8b || d[off - 2] == 0x03) && (modrm & 0xc7) == 0x05) {
				r->tls_form = 1;
			} else {
				return false;
			}
		} else {
			/* disp32 off a base register, no SIB */
			if ((modrm & 0xc0) != 0x80 || (modrm & 7) == 4 ||
			    (d[off - 2] != 0x8b && d[off - 2] != 0x2b && d[off - 2] != 0x03))
				return false;
			r->tls_form = 1;
		}
		r->relaxed = RX_TLS_IE;
		return true;
	case RK_TLSGD:
		if (off >= 3 && d[off - 3] == 0x8d && modrm == 0x1d && d[off - 2] == 0x04) {
			/* leal x@tlsgd(,%ebx,1), %eax; call */
			if (off + 9 > size || d[off + 4] != 0xe8)
				return false;
			call = next_reloc_at(a, s, k, off + 5, RK_PLT, RK_PC);
			r->tls_form = 0;
			break;
		}
		/* fall through - the forms with a base register, as LDM's */
	case RK_TLSLD:
		if (d[off - 2] != 0x8d || (modrm & 0xf8) != 0x80 || (modrm & 7) == 4 || off + 10 > size)
			return false;
		if (d[off + 4] == 0xe8) {
			/* GD: a nop after the call makes the 12 bytes */
			if (modrm != 0x83 || (kind == RK_TLSGD && d[off + 9] != 0x90))
				return false;
			call = next_reloc_at(a, s, k, off + 5, RK_PLT, RK_PC);
			r->tls_form = 1;
		} else if (d[off + 4] == 0xff && d[off + 5] == (0x90 | (modrm & 7))) {
			call = next_reloc_at(a, s, k, off + 6, RK_GOT32X, RK_GOT32X);
			r->tls_form = 2;
		} else {
			return false;
		}
		break;
	case RK_TLSDESC:
		if (d[off - 2] != 0x8d || (modrm & 0xc7) != 0x83)
			return false;
		r->relaxed = RX_TLS_DESC;
		return true;
	default:
		return true;
	}
	if (!call)
		return false;
	struct symbol *target = reloc_symbol(s, call);
	if (!target || !target->name || strcmp(target->name, "___tls_get_addr") != 0)
		return false;
	r->relaxed = kind == RK_TLSGD ? RX_TLS_GD : RX_TLS_LD;
	return true;
}

static void put(uint8_t *p, uint64_t v, unsigned size);

/* The bytes of an i386 TLS sequence scan_tls_i386 accepted, rewritten to local exec. */
static void rewrite_tls_i386(struct reloc *r, uint8_t *loc, uint64_t tpoff)
{
	static const uint8_t gs0[6] = { 0x65, 0xa1, 0, 0, 0, 0 };	/* movl %gs:0, %eax */
	static const uint8_t ld_call[5] = { 0x90, 0x8d, 0x74, 0x26, 0x00 };
	static const uint8_t ld_gotcall[6] = { 0x8d, 0xb6, 0, 0, 0, 0 };
	uint8_t reg = (uint8_t)((loc[-1] >> 3) & 7);
	uint8_t *p;
	switch (r->relaxed) {
	case RX_TLS_IE:
		if (r->tls_form == 0) {
			loc[-1] = 0xb8;				/* movl $imm, %eax */
		} else if (loc[-2] == 0x8b) {
			loc[-2] = 0xc7;				/* movl $imm, %r */
			loc[-1] = (uint8_t)(0xc0 | reg);
		} else {
			loc[-1] = (uint8_t)((loc[-2] == 0x2b ? 0xe8 : 0xc0) | reg);	/* subl/addl $imm, %r */
			loc[-2] = 0x81;
		}
		/* the addend in the place is not used */
		put(loc, r->type == R_386_TLS_IE_32 ? 0 - tpoff : tpoff, 4);
		break;
	case RX_TLS_GD:
		p = loc - (r->tls_form == 0 ? 3 : 2);
		memcpy(p, gs0, sizeof gs0);
		p[6] = 0x81;					/* subl $x@tpoff, %eax */
		p[7] = 0xe8;
		put(p + 8, 0 - tpoff, 4);
		break;
	case RX_TLS_LD:
		p = loc - 2;
		memcpy(p, gs0, sizeof gs0);
		if (r->tls_form == 2)
			memcpy(p + 6, ld_gotcall, sizeof ld_gotcall);
		else
			memcpy(p + 6, ld_call, sizeof ld_call);
		break;
	case RX_TLS_DESC:
		loc[-1] = (uint8_t)(0x05 | reg << 3);		/* leal x@ntpoff, %r */
		put(loc, tpoff, 4);
		break;
	case RX_TLS_DESC_CALL:
		loc[0] = 0x66;					/* xchg %ax, %ax */
		loc[1] = 0x90;
		break;
	default:
		break;
	}
}

/* ------------------------------------------------------------ IFUNC */

/* A symbol of type STT_GNU_IFUNC defined in the link: references go through .iplt. */
static bool is_ifunc(const struct symbol *sym)
{
	return sym && sym->kind == SK_DEFINED && sym->type == STT_GNU_IFUNC && sym->sec && !sym->sec->discarded;
}

/*
 * What GNU ld makes of a relocation against an IFUNC in a static
 * executable: a GOT load wants a GOT slot; a pointer stored in writable
 * data (a word-sized absolute relocation) becomes an R_*_IRELATIVE of its
 * own unless the symbol has a PLT entry anyway; anything else goes through
 * the PLT entry, and an absolute address also needs pointer equality
 * (the .got slot, if any, then holds the PLT entry's address).
 */
static void scan_ifunc_ref(struct ctx *ctx, struct input_section *s, struct reloc *r,
			   const struct reloc_howto *h, struct symbol *sym, struct ptrvec *data_refs)
{
	unsigned wsize = ctx->link.arch->is64 ? 8 : 4;
	switch (h->kind) {
	case RK_GOT:
	case RK_GOTPCREL:
	case RK_GOTPCRELX:
	case RK_REX_GOTPCRELX:
	case RK_GOT32X:
		sym->ifunc_got_ref = true;
		break;
	case RK_PLT:
		sym->ifunc_plt_ref = true;
		break;
	case RK_PC:
		if (!(s->flags & SHF_EXECINSTR))
			sym->ifunc_ptr_eq = true;
		sym->ifunc_plt_ref = true;
		break;
	case RK_ABS:
		sym->ifunc_ptr_eq = true;
		if ((s->flags & SHF_WRITE) && h->size == wsize) {
			r->relaxed = RX_IREL;
			vec_push(data_refs, s);
			vec_push(data_refs, r);
		} else {
			sym->ifunc_plt_ref = true;
		}
		break;
	case RK_NONE:
	case RK_SIZE:
		break;
	default:
		sym->ifunc_plt_ref = true;
		break;
	}
}

static struct irel *irel_new(enum irel_kind kind, struct symbol *sym, struct input_section *sec, uint64_t off)
{
	struct irel *ir = xcalloc(1, sizeof *ir);
	ir->kind = kind;
	ir->sym = sym;
	ir->sec = sec;
	ir->offset = off;
	return ir;
}

/*
 * .iplt entries go to the global IFUNCs in GNU ld's hash table order,
 * then to the local ones.  Its R_*_IRELATIVE are written front to back
 * for pointers in data (in input order) and GOT slots, back to front for
 * the PLT entries, the symbols visited locals first.
 */
static void plan_ifuncs(struct ctx *ctx, struct ptrvec *data_refs)
{
	struct link *l = &ctx->link;
	struct ptrvec locals = { 0 }, globals = { 0 }, all = { 0 };
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsyms; i++) {
			struct symbol *sym = f->syms[i];
			if (sym && sym->local && is_ifunc(sym) &&
			    (sym->ifunc_plt_ref || sym->ifunc_got_ref || sym->ifunc_ptr_eq))
				vec_push(&locals, sym);
		}
	}
	struct ptrvec order = { 0 };
	symtab_bfd_order(ctx, &order);
	for (size_t i = 0; i < order.n; i++) {
		struct symbol *sym = order.v[i];
		if (!sym->local && is_ifunc(sym) && (sym->ifunc_plt_ref || sym->ifunc_got_ref || sym->ifunc_ptr_eq))
			vec_push(&globals, sym);
	}
	free(order.v);
	for (size_t i = 0; i < globals.n; i++)
		vec_push(&all, globals.v[i]);
	for (size_t i = 0; i < locals.n; i++)
		vec_push(&all, locals.v[i]);
	if (!all.n) {
		free(locals.v);
		free(globals.v);
		return;
	}
	for (size_t i = 0; i < all.n; i++) {
		struct symbol *sym = all.v[i];
		if (sym->ifunc_plt_ref) {
			vec_push(&l->iplt_syms, sym);
			sym->plt_index1 = (uint32_t)l->iplt_syms.n;
		}
		if (sym->ifunc_got_ref && (!sym->plt_index1 || sym->ifunc_ptr_eq))
			want_got_slot(l, sym);
	}
	/* the finishing order: locals, then globals */
	struct ptrvec fin = { 0 };
	for (size_t i = 0; i < locals.n; i++)
		vec_push(&fin, locals.v[i]);
	for (size_t i = 0; i < globals.n; i++)
		vec_push(&fin, globals.v[i]);
	for (size_t i = 0; i + 1 < data_refs->n; i += 2) {
		struct input_section *s = data_refs->v[i];
		struct reloc *r = data_refs->v[i + 1];
		struct symbol *sym = reloc_symbol(s, r);
		if (sym->plt_index1)
			r->relaxed = RX_NONE;	/* the PLT entry's address instead */
		else
			vec_push(&l->irels, irel_new(IREL_DATA, sym, s, r->offset));
	}
	for (size_t i = 0; i < fin.n; i++) {
		struct symbol *sym = fin.v[i];
		if (sym->needs_got && !sym->plt_index1)
			vec_push(&l->irels, irel_new(IREL_GOT, sym, NULL, 0));
	}
	for (size_t i = fin.n; i-- > 0;) {
		struct symbol *sym = fin.v[i];
		if (sym->plt_index1)
			vec_push(&l->irels, irel_new(IREL_PLT, sym, NULL, 0));
	}
	free(fin.v);
	free(locals.v);
	free(globals.v);
	free(all.v);
}

void scan_relocs(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	const struct arch *a = l->arch;
	unsigned wsize = a->is64 ? 8 : 4;
	struct symbol *gotsym = sym_lookup(ctx, "_GLOBAL_OFFSET_TABLE_");
	bool want_gotplt = false;	/* something computes relative to the GOT */
	bool got_referenced = false;	/* a relocation against _GLOBAL_OFFSET_TABLE_ */
	struct ptrvec data_refs = { 0 };	/* IFUNC pointers in data: section, reloc pairs */

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
				if (is_ifunc(sym) && ctx->opt.type == LINK_EXEC) {
					scan_ifunc_ref(ctx, s, r, h, sym, &data_refs);
					continue;
				}
				if (h->kind >= RK_GOTTPOFF && h->kind <= RK_TLSDESC_CALL && h->kind != RK_DTPOFF &&
				    (a->target == TARGET_X86_64 || a->target == TARGET_I386)) {
					bool ok = a->target == TARGET_I386 ? scan_tls_i386(ctx, s, k, h->kind)
									   : scan_tls_x86_64(ctx, s, k, h->kind, sym);
					if (!ok) {
						/* a global's IE stays IE until GNU ld relocates: refused then */
						if (h->kind != RK_GOTTPOFF || !sym || sym->local)
							tls_transition_failed(ctx, s, r, sym, false);
						r->relaxed = RX_TLS_FAILED;
					} else if (r->relaxed == RX_TLS_GD || r->relaxed == RX_TLS_LD) {
						/* the call: its GOT slot (if any) as usual, then left out */
						k++;
						struct reloc *c = &s->relocs[k];
						const struct reloc_howto *ch = howto_of(a, c->type);
						struct symbol *cs = reloc_symbol(s, c);
						if (cs)
							cs->ref_regular = true;
						c->relaxed_type = a->target == TARGET_I386 ? c->type : R_X86_64_NONE;
						if (ch->kind == RK_GOT32X) {
							/* GNU ld relaxes it as any GOT32X call (PC32 for --emit-relocs) */
							if (relax_got32x(s, c, cs)) {
								c->relaxed_type = R_386_PC32;
							} else {
								want_gotplt = true;
								want_got_slot(l, cs);
							}
						} else if (ch->kind != RK_PLT && ch->kind != RK_PC && !direct_ok(cs) &&
							   !undef_weak(cs)) {
							want_got_slot(l, cs);
						}
						c->relaxed = RX_TLS_SKIP;
					}
					continue;
				}
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
	plan_ifuncs(ctx, &data_refs);
	free(data_refs.v);
	if (l->iplt_syms.n) {
		l->iplt_isec = synthetic_section(ctx, ".iplt", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 8,
						 l->iplt_syms.n * 8);
		l->igotplt_isec = synthetic_section(ctx, ".igot.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, wsize,
						    l->iplt_syms.n * wsize);
	}
	if (l->irels.n) {
		unsigned relsz = a->rela ? 3 * wsize : 2 * wsize;
		l->reliplt_isec = synthetic_section(ctx, a->rela ? ".rela.iplt" : ".rel.iplt",
						    a->rela ? SHT_RELA : SHT_REL, SHF_ALLOC, wsize, l->irels.n * relsz);
		l->reliplt_isec->entsize = relsz;
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
	bool keep_gotplt = l->got_syms.n || got_referenced || l->iplt_syms.n;
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
			owner = out;	/* BFD's *ABS* section belongs to the output */
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
	if (a->machine == EM_ARM && l->got_isec && l->got_isec->out)
		gotplt = got_base;	/* GNU ld's ARM GOT origin: the start of .got */

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
		if (sym && sym->warning) {
			char *where = reloc_place(ctx, s, r->offset);
			warn_plain(ctx, "%s: warning: %s", where, sym->warning);
			sym->warning = NULL;	/* once */
		}
		if (r->relaxed == RX_TLS_SKIP || r->relaxed == RX_IREL)
			continue;	/* rewritten with the TLS sequence / filled at run time */
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
		if (h->kind == RK_NONE) {
			if (r->type == R_ARM_V4BX && a->machine == EM_ARM && ctx->opt.fix_v4bx) {
				/* --fix-v4bx: BX Rm becomes MOV PC, Rm (ARMv4 has no BX) */
				uint8_t *p = buf + r->offset;
				uint32_t insn = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
						(uint32_t)p[3] << 24;
				if ((insn & 0x0ffffff0u) == 0x012fff10u) {
					insn = (insn & 0xf000000fu) | 0x01a0f000u;
					for (int i = 0; i < 4; i++)
						p[i] = (uint8_t)(insn >> (8 * i));
				}
			}
			continue;
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
		/* the GOT slot a GOT-relative relocation uses (an IFUNC without one: its .igot.plt slot) */
		uint64_t slot = 0;
		if (sym && sym->needs_got)
			slot = got_base + sym->got_offset;
		else if (sym && sym->plt_index1 && l->igotplt_isec && l->igotplt_isec->out)
			slot = l->igotplt_isec->out->vma + l->igotplt_isec->offset +
			       (sym->plt_index1 - 1) * (a->is64 ? 8 : 4);
		if (sym && sym->plt_index1 && l->iplt_isec && l->iplt_isec->out)
			S = l->iplt_isec->out->vma + l->iplt_isec->offset + (sym->plt_index1 - 1) * 8;
		if (r->relaxed == RX_TLS_FAILED)
			tls_transition_failed(ctx, s, r, sym, true);
		if (r->relaxed >= RX_TLS_IE && r->relaxed <= RX_TLS_DESC_CALL) {
			uint64_t tls_start, tp;
			uint64_t tpoff = S - (tls_segment(ctx, &tls_start, &tp) ? tp : 0);
			if (a->target == TARGET_I386) {
				rewrite_tls_i386(r, loc, tpoff);
				continue;
			}
			uint8_t *op = loc - 3;
			uint8_t reg = (uint8_t)((op[2] >> 3) & 7);
			uint8_t rex_b = (op[0] & 0x04) ? 0x01 : 0;	/* REX.R moves to REX.B */
			static const uint8_t gd_le[12] = { 0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0x48, 0x8d, 0x80 };
			static const uint8_t ld_le[13] = { 0x66, 0x66, 0x66, 0x66, 0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0 };
			h = howto_of(a, R_X86_64_TPOFF32);
			switch (r->relaxed) {
			case RX_TLS_IE:
				if (op[1] == 0x8b) {		/* mov $x@tpoff, %r */
					op[0] = (uint8_t)((op[0] & ~0x04) | rex_b);
					op[1] = 0xc7;
					op[2] = (uint8_t)(0xc0 | reg);
				} else if (reg == 4) {		/* add $x@tpoff, %rsp/%r12 */
					op[0] = (uint8_t)((op[0] & ~0x04) | rex_b);
					op[1] = 0x81;
					op[2] = (uint8_t)(0xc0 | reg);
				} else {			/* lea x@tpoff(%r), %r */
					op[0] = (uint8_t)(op[0] | rex_b);
					op[1] = 0x8d;
					op[2] = (uint8_t)(0x80 | reg << 3 | reg);
				}
				break;
			case RX_TLS_DESC:			/* mov $x@tpoff, %r */
				op[0] = (uint8_t)((op[0] & ~0x04) | rex_b);
				op[1] = 0xc7;
				op[2] = (uint8_t)(0xc0 | reg);
				break;
			case RX_TLS_GD:
				memcpy(loc - 4, gd_le, sizeof gd_le);
				loc += 8;
				break;
			case RX_TLS_LD:
				if (r->tls_form)		/* call *GOT: one byte longer */
					memcpy(loc - 3, ld_le, 13);
				else
					memcpy(loc - 3, ld_le + 1, 12);
				continue;
			case RX_TLS_DESC_CALL:
				loc[0] = 0x66;			/* xchg %ax,%ax */
				loc[1] = 0x90;
				continue;
			default:
				break;
			}
			if (!fits(h, tpoff, addr_bits))
				truncated(ctx, s, r->offset, h, sym, 0);
			put(loc, tpoff, 4);
			continue;
		}
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
			v = slot + A;
			/* i386 without a base register (disp32 alone): the slot's address */
			if (a->is64)
				v -= got_base;
			else if (a->machine != EM_386 || r->offset < 1 || !baseless_modrm(loc[-1]))
				v -= gotplt;
			break;
		case RK_GOTPCREL:
		case RK_GOTPCRELX:
		case RK_REX_GOTPCRELX:
			v = slot + A - P;
			break;
		case RK_DTPOFF: {
			/* an executable's code: the TP offset (LD relaxed); elsewhere: the offset in the block */
			uint64_t tls_start, tp;
			bool any = tls_segment(ctx, &tls_start, &tp);
			if (h->size == 4 && (s->flags & SHF_EXECINSTR))
				v = S + A - (any ? tp : 0);
			else
				v = S + A - (any ? tls_start : 0);
			break;
		}
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
		if (a->apply) {
			/* the target's instruction set, known for functions: 1 ARM, 2 Thumb */
			int state = sym && (sym->type == STT_FUNC || sym->type == STT_GNU_IFUNC) ? ((S & 1) ? 2 : 1) : 0;
			if (!a->apply(h, r->type, loc, v, P, state)) {
				if (a->machine == EM_ARM && (r->type == R_ARM_LDR_PC_G0 || r->type == R_ARM_LDR_PC_G1 ||
							     r->type == R_ARM_LDR_PC_G2 || r->type == R_ARM_ALU_PC_G0 ||
							     r->type == R_ARM_ALU_PC_G1 || r->type == R_ARM_ALU_PC_G2))
					/* GNU ld says so first for the group relocations */
					error(ctx, "%s(%s+%#llx): overflow whilst splitting %#llx for group relocation %s",
					      s->file->display, s->name, (unsigned long long)r->offset,
					      (unsigned long long)((int32_t)v < 0 ? -(uint64_t)(int32_t)v
										   : (uint64_t)(uint32_t)v),
					      h->name);
				truncated(ctx, s, r->offset, h, sym, A);
			}
			continue;
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

/*
 * The IFUNC tables of a static link: each .iplt entry jumps through its
 * .igot.plt slot (x86-64: jmp *slot(%rip); i386: jmp *slot), padded with
 * xchg %ax,%ax; the slot holds the address after that jmp until the
 * R_*_IRELATIVE of .rela.iplt (.rel.iplt) stores what the resolver returns.
 */
static uint8_t *contents_of(struct input_section *s)
{
	if (!s || !s->out || !s->out->contents || s->out->removed)
		return NULL;
	return s->out->contents + s->offset;
}

static uint64_t addr_of(struct input_section *s)
{
	return s->out->vma + s->offset;
}

void fill_iplt(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	const struct arch *a = l->arch;
	unsigned w = a->is64 ? 8 : 4;
	uint8_t *plt = contents_of(l->iplt_isec), *gotplt = contents_of(l->igotplt_isec);
	for (size_t i = 0; plt && gotplt && i < l->iplt_syms.n; i++) {
		uint64_t ent = addr_of(l->iplt_isec) + i * 8, slot = addr_of(l->igotplt_isec) + i * w;
		uint8_t *p = plt + i * 8;
		p[0] = 0xff;
		p[1] = 0x25;
		put(p + 2, a->is64 ? slot - (ent + 6) : slot, 4);
		p[6] = 0x66;
		p[7] = 0x90;
		put(gotplt + i * w, ent + 6, w);
	}
	uint8_t *rel = contents_of(l->reliplt_isec);
	for (size_t i = 0; rel && i < l->irels.n; i++) {
		struct irel *ir = l->irels.v[i];
		bool undef;
		uint64_t resolver = symbol_address(ctx, ir->sym, &undef), where = 0;
		switch (ir->kind) {
		case IREL_DATA:
			where = ir->sec->out ? ir->sec->out->vma + ir->sec->offset + ir->offset : 0;
			break;
		case IREL_GOT:
			where = l->got_isec && l->got_isec->out ? addr_of(l->got_isec) + ir->sym->got_offset : 0;
			break;
		case IREL_PLT:
			where = addr_of(l->igotplt_isec) + (ir->sym->plt_index1 - 1) * w;
			break;
		}
		if (a->rela) {
			uint8_t *p = rel + i * 24;
			put(p, where, 8);
			put(p + 8, R_X86_64_IRELATIVE, 8);
			put(p + 16, resolver, 8);
		} else {
			uint8_t *p = rel + i * 8;
			put(p, where, 4);
			put(p + 4, R_386_IRELATIVE, 4);
			if (ir->kind == IREL_DATA && ir->sec->out && ir->sec->out->contents)
				put(ir->sec->out->contents + ir->sec->offset + ir->offset, resolver, 4);
		}
	}
}
