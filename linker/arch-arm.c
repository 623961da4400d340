/*
 * arch-arm.c - 32-bit little-endian ARM (EABI) facts and relocation types.
 *
 * ARM uses REL relocations: the addend is encoded in the place, in the
 * instruction's own immediate field for branches and MOVW/MOVT.  reloc.c
 * computes the value (S + A - P and friends, S with the Thumb bit of a
 * Thumb function); arm_apply() below encodes it back into the field,
 * rewriting BL <-> BLX when the target's instruction set differs from the
 * caller's (interworking, as GNU ld does), and says when it does not fit.
 *
 * The semantics follow the "ELF for the ARM Architecture" ABI (AAELF).
 * Types klink cannot handle yet are RK_UNSUPPORTED (an error when used).
 */
#include <string.h>

#include "klink.h"

/* AAELF names that <elf.h> spells the old way, or lacks */
#define R_ARM_LDR_PC_G0 4
#define R_ARM_THM_CALL 10
#define R_ARM_GOTOFF32 24
#define R_ARM_BASE_PREL 25
#define R_ARM_GOT_BREL 26
#define R_ARM_THM_JUMP11 102
#define R_ARM_THM_JUMP8 103

#define H(n, k, sz) [n] = { #n, k, sz, 0 }

static struct reloc_howto howtos[] = {
	H(R_ARM_NONE, RK_NONE, 0),
	H(R_ARM_PC24, RK_PC, 4),
	H(R_ARM_ABS32, RK_ABS, 4),
	H(R_ARM_REL32, RK_PC, 4),
	H(R_ARM_LDR_PC_G0, RK_PC, 4),
	H(R_ARM_ABS16, RK_ABS, 2),
	H(R_ARM_ABS8, RK_ABS, 1),
	H(R_ARM_THM_CALL, RK_PC, 4),
	H(R_ARM_GOTOFF32, RK_GOTOFF, 4),
	H(R_ARM_BASE_PREL, RK_GOTPC, 4),
	H(R_ARM_GOT_BREL, RK_GOT, 4),
	H(R_ARM_PLT32, RK_PLT, 4),
	H(R_ARM_CALL, RK_PLT, 4),
	H(R_ARM_JUMP24, RK_PLT, 4),
	H(R_ARM_THM_JUMP24, RK_PLT, 4),
	H(R_ARM_TARGET1, RK_ABS, 4),		/* --target1-abs, GNU ld's default */
	H(R_ARM_V4BX, RK_NONE, 0),		/* nothing to do without --fix-v4bx */
	H(R_ARM_PREL31, RK_PC, 4),
	H(R_ARM_MOVW_ABS_NC, RK_ABS, 4),
	H(R_ARM_MOVT_ABS, RK_ABS, 4),
	H(R_ARM_MOVW_PREL_NC, RK_PC, 4),
	H(R_ARM_MOVT_PREL, RK_PC, 4),
	H(R_ARM_THM_MOVW_ABS_NC, RK_ABS, 4),
	H(R_ARM_THM_MOVT_ABS, RK_ABS, 4),
	H(R_ARM_THM_MOVW_PREL_NC, RK_PC, 4),
	H(R_ARM_THM_MOVT_PREL, RK_PC, 4),
	H(R_ARM_THM_JUMP19, RK_PC, 4),
	H(R_ARM_GOT_PREL, RK_GOTPCREL, 4),
	H(R_ARM_THM_JUMP11, RK_PC, 2),
	H(R_ARM_THM_JUMP8, RK_PC, 2),
	/* group relocations: a PC-relative X split over ADD/SUB + ADD/SUB + LDR */
	H(R_ARM_ALU_PC_G0_NC, RK_PC, 4),
	H(R_ARM_ALU_PC_G0, RK_PC, 4),
	H(R_ARM_ALU_PC_G1_NC, RK_PC, 4),
	H(R_ARM_ALU_PC_G1, RK_PC, 4),
	H(R_ARM_ALU_PC_G2, RK_PC, 4),
	H(R_ARM_LDR_PC_G1, RK_PC, 4),
	H(R_ARM_LDR_PC_G2, RK_PC, 4),
	/* known, not handled yet */
	H(R_ARM_SBREL32, RK_UNSUPPORTED, 4),
	H(R_ARM_TARGET2, RK_GOTPCREL, 4),	/* --target2=got-rel, GNU ld's default for Linux */
	H(R_ARM_TLS_LE32, RK_UNSUPPORTED, 4),
	H(R_ARM_TLS_IE32, RK_UNSUPPORTED, 4),
	H(R_ARM_TLS_GD32, RK_UNSUPPORTED, 4),
	H(R_ARM_TLS_LDM32, RK_UNSUPPORTED, 4),
	H(R_ARM_TLS_LDO32, RK_UNSUPPORTED, 4),
};

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static uint16_t rd16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

static void wr16(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

/* Sign-extend the low BITS bits of V. */
static int64_t sext(uint64_t v, unsigned bits)
{
	return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

/* A signed value that fits in BITS bits (as a two's complement field). */
static bool fits_signed(int64_t v, unsigned bits)
{
	return v >= -(1ll << (bits - 1)) && v < (1ll << (bits - 1));
}

/* MOVW/MOVT (ARM): imm4:imm12 in bits 19-16 and 11-0. */
static uint32_t arm_mov_imm(uint32_t insn)
{
	return ((insn >> 4) & 0xf000) | (insn & 0xfff);
}

/* MOVW/MOVT (Thumb-2): imm4 (hw1 3-0), i (hw1 10), imm3 (hw2 14-12), imm8 (hw2 7-0). */
static uint32_t thm_mov_imm(uint16_t hw1, uint16_t hw2)
{
	return (uint32_t)(hw1 & 0xf) << 12 | (uint32_t)((hw1 >> 10) & 1) << 11 |
	       (uint32_t)((hw2 >> 12) & 7) << 8 | (hw2 & 0xff);
}

/* BL/BLX/B.W (Thumb-2): S:I1:I2:imm10:imm11:0, I = NOT(J xor S). */
static int64_t thm_branch24(uint16_t hw1, uint16_t hw2)
{
	uint32_t s = (hw1 >> 10) & 1, j1 = (hw2 >> 13) & 1, j2 = (hw2 >> 11) & 1;
	uint32_t i1 = ~(j1 ^ s) & 1, i2 = ~(j2 ^ s) & 1;
	uint32_t v = s << 24 | i1 << 23 | i2 << 22 | (uint32_t)(hw1 & 0x3ff) << 12 | (uint32_t)(hw2 & 0x7ff) << 1;
	return sext(v, 25);
}

/* B<c>.W (Thumb-2): S:J2:J1:imm6:imm11:0. */
static int64_t thm_branch19(uint16_t hw1, uint16_t hw2)
{
	uint32_t s = (hw1 >> 10) & 1, j1 = (hw2 >> 13) & 1, j2 = (hw2 >> 11) & 1;
	uint32_t v = s << 20 | j2 << 19 | j1 << 18 | (uint32_t)(hw1 & 0x3f) << 12 | (uint32_t)(hw2 & 0x7ff) << 1;
	return sext(v, 21);
}

static int64_t rel_addend(const struct reloc_howto *h, uint32_t type, const uint8_t *loc)
{
	uint32_t insn;
	switch (type) {
	case R_ARM_NONE:
	case R_ARM_V4BX:
		return 0;
	case R_ARM_ABS8:
		return (int8_t)loc[0];
	case R_ARM_ABS16:
		return (int16_t)rd16(loc);
	case R_ARM_PREL31:
		return sext(rd32(loc), 31);
	case R_ARM_PC24:
	case R_ARM_PLT32:
	case R_ARM_CALL:
	case R_ARM_JUMP24:
		insn = rd32(loc);
		/* BLX imm: the H bit is bit 1 of the offset */
		return sext((uint64_t)(insn & 0xffffff) << 2, 26) | ((insn >> 28) == 0xf ? (insn >> 23) & 2 : 0);
	case R_ARM_ALU_PC_G0_NC:
	case R_ARM_ALU_PC_G0:
	case R_ARM_ALU_PC_G1_NC:
	case R_ARM_ALU_PC_G1:
	case R_ARM_ALU_PC_G2: {
		/* the rotated immediate, negative for SUB */
		insn = rd32(loc);
		unsigned rot = ((insn >> 8) & 0xf) * 2;
		uint32_t imm = insn & 0xff;
		imm = rot ? (imm >> rot | imm << (32 - rot)) : imm;
		return ((insn >> 21) & 0xf) == 2 ? -(int64_t)imm : (int64_t)imm;
	}
	case R_ARM_LDR_PC_G0:
	case R_ARM_LDR_PC_G1:
	case R_ARM_LDR_PC_G2:
		insn = rd32(loc);
		return (insn & (1u << 23)) ? (int64_t)(insn & 0xfff) : -(int64_t)(insn & 0xfff);
	case R_ARM_MOVW_ABS_NC:
	case R_ARM_MOVT_ABS:
	case R_ARM_MOVW_PREL_NC:
	case R_ARM_MOVT_PREL:
		return sext(arm_mov_imm(rd32(loc)), 16);
	case R_ARM_THM_MOVW_ABS_NC:
	case R_ARM_THM_MOVT_ABS:
	case R_ARM_THM_MOVW_PREL_NC:
	case R_ARM_THM_MOVT_PREL:
		return sext(thm_mov_imm(rd16(loc), rd16(loc + 2)), 16);
	case R_ARM_THM_CALL:
	case R_ARM_THM_JUMP24:
		return thm_branch24(rd16(loc), rd16(loc + 2));
	case R_ARM_THM_JUMP19:
		return thm_branch19(rd16(loc), rd16(loc + 2));
	case R_ARM_THM_JUMP11:
		return sext((uint64_t)(rd16(loc) & 0x7ff) << 1, 12);
	case R_ARM_THM_JUMP8:
		return sext((uint64_t)(rd16(loc) & 0xff) << 1, 9);
	default:
		return h->size == 4 ? (int32_t)rd32(loc) : 0;
	}
}

static void put_thm_mov(uint8_t *loc, uint32_t imm16)
{
	uint16_t hw1 = rd16(loc), hw2 = rd16(loc + 2);
	hw1 = (uint16_t)((hw1 & 0xfbf0) | ((imm16 >> 12) & 0xf) | ((imm16 >> 11) & 1) << 10);
	hw2 = (uint16_t)((hw2 & 0x8f00) | ((imm16 >> 8) & 7) << 12 | (imm16 & 0xff));
	wr16(loc, hw1);
	wr16(loc + 2, hw2);
}

static void put_thm_branch24(uint8_t *loc, uint16_t hw1, uint16_t hw2, uint32_t off)
{
	uint32_t s = (off >> 24) & 1, i1 = (off >> 23) & 1, i2 = (off >> 22) & 1;
	uint32_t j1 = (~i1 ^ s) & 1, j2 = (~i2 ^ s) & 1;
	hw1 = (uint16_t)((hw1 & 0xf800) | s << 10 | ((off >> 12) & 0x3ff));
	hw2 = (uint16_t)((hw2 & 0xd000) | j1 << 13 | j2 << 11 | ((off >> 1) & 0x7ff));
	wr16(loc, hw1);
	wr16(loc + 2, hw2);
}

/*
 * Encode V into the place of a relocation of TYPE at LOC (address P).
 * STATE: 1 an ARM function, 2 a Thumb one (V then has bit 0 set), 0 not
 * known.  Returns
 * false when V does not fit the field.
 */
/*
 * AAELF group relocations: |X| is cut, from its most significant set bit
 * down, into groups of 8 bits starting at an even bit position (what an ARM
 * rotated immediate can hold).  group_residual() returns the residual left
 * after taking groups 0..N-1, and *G the group N itself.
 */
static uint32_t group_residual(uint32_t x, unsigned n, uint32_t *g, int *lo)
{
	uint32_t r = x;
	for (unsigned i = 0;; i++) {
		uint32_t gi = 0;
		*lo = 0;
		if (r) {
			int top = 31 - __builtin_clz(r);
			*lo = top - 7 < 0 ? 0 : ((top - 7 + 1) & ~1);
			gi = r & (0xffu << *lo);
		}
		if (i == n) {
			*g = gi;
			return r;
		}
		r -= gi;
	}
}

/*
 * G, a group starting at bit LO, as an ARM modified immediate: 8 bits
 * rotated right by 32 - LO (the rotation is counted from the group's
 * position, so a group such as 0x100 is encoded as 0x40 ror 30, as GNU ld
 * does)
 */
static uint32_t arm_imm_encode(uint32_t g, int lo)
{
	if (!lo)
		return g;
	return (uint32_t)(((32 - lo) / 2) & 0xf) << 8 | ((g >> lo) & 0xff);
}

static bool apply(const struct reloc_howto *h, uint32_t type, uint8_t *loc, uint64_t v, uint64_t P,
		  int state)
{
	/* only a function's state is known: other targets keep the instruction as written */
	bool thumb = state == 2, arm = state == 1;
	int64_t sv = sext(v, 32);
	uint32_t insn;
	switch (type) {
	case R_ARM_ABS8:
		loc[0] = (uint8_t)v;
		return fits_signed(sv, 8) || (uint32_t)v < 0x100 || sv >= -0x80;
	case R_ARM_ABS16:
		wr16(loc, (uint32_t)v);
		return fits_signed(sv, 16) || (uint32_t)v < 0x10000;
	case R_ARM_PREL31:
		wr32(loc, (rd32(loc) & 0x80000000u) | ((uint32_t)v & 0x7fffffffu));
		return fits_signed(sv, 31);
	case R_ARM_PC24:
	case R_ARM_PLT32:
	case R_ARM_CALL:
	case R_ARM_JUMP24:
		insn = rd32(loc);
		if (type == R_ARM_CALL && thumb) {
			/* BL to Thumb code: BLX, with bit 1 of the offset in H */
			insn = 0xfa000000u | ((uint32_t)(v >> 1) & 1) << 24;
		} else if (type == R_ARM_CALL && arm && (insn >> 28) == 0xf) {
			insn = 0xeb000000u;	/* BLX to ARM code: BL */
			v &= ~(uint64_t)3;
			sv = sext(v, 32);
		} else if (thumb) {
			return false;		/* B to Thumb code needs a veneer (not yet) */
		} else if ((insn >> 28) == 0xf) {
			/* BLX kept (a target of unknown state): H is bit 1 */
			insn = (insn & ~(1u << 24)) | ((uint32_t)(v >> 1) & 1) << 24;
		}
		wr32(loc, (insn & 0xff000000u) | ((uint32_t)(v >> 2) & 0xffffff));
		return fits_signed(sv, 26);
	case R_ARM_ALU_PC_G0_NC:
	case R_ARM_ALU_PC_G0:
	case R_ARM_ALU_PC_G1_NC:
	case R_ARM_ALU_PC_G1:
	case R_ARM_ALU_PC_G2: {
		unsigned n = type == R_ARM_ALU_PC_G0_NC || type == R_ARM_ALU_PC_G0 ? 0
			     : type == R_ARM_ALU_PC_G2				   ? 2
										   : 1;
		int lo;
		uint32_t g, ax = sv < 0 ? (uint32_t)-sv : (uint32_t)sv;
		uint32_t r = group_residual(ax, n, &g, &lo);
		/* ADD for X >= 0, SUB otherwise */
		insn = rd32(loc) & 0xff1ff000u;
		insn |= sv < 0 ? 1u << 22 : 1u << 23;
		wr32(loc, insn | arm_imm_encode(g, lo));
		if (type == R_ARM_ALU_PC_G0_NC || type == R_ARM_ALU_PC_G1_NC)
			return true;
		return r - g == 0;
	}
	case R_ARM_LDR_PC_G1:
	case R_ARM_LDR_PC_G2: {
		int lo;
		uint32_t g, ax = sv < 0 ? (uint32_t)-sv : (uint32_t)sv;
		uint32_t r = group_residual(ax, type == R_ARM_LDR_PC_G1 ? 1 : 2, &g, &lo);
		insn = rd32(loc) & ~((1u << 23) | 0xfffu);
		wr32(loc, insn | (sv < 0 ? 0 : 1u << 23) | (r & 0xfff));
		return r < 0x1000;
	}
	case R_ARM_LDR_PC_G0:
		insn = rd32(loc) & ~((1u << 23) | 0xfffu);
		if (sv < 0)
			wr32(loc, insn | (uint32_t)(-sv & 0xfff));
		else
			wr32(loc, insn | 1u << 23 | (uint32_t)(sv & 0xfff));
		return sv > -0x1000 && sv < 0x1000;
	case R_ARM_MOVW_ABS_NC:
	case R_ARM_MOVW_PREL_NC:
	case R_ARM_MOVT_ABS:
	case R_ARM_MOVT_PREL: {
		uint32_t imm = (type == R_ARM_MOVT_ABS || type == R_ARM_MOVT_PREL) ? (uint32_t)(v >> 16) & 0xffff
										  : (uint32_t)v & 0xffff;
		insn = rd32(loc) & 0xfff0f000u;
		wr32(loc, insn | (imm & 0xf000) << 4 | (imm & 0xfff));
		return true;
	}
	case R_ARM_THM_MOVW_ABS_NC:
	case R_ARM_THM_MOVW_PREL_NC:
		put_thm_mov(loc, (uint32_t)v & 0xffff);
		return true;
	case R_ARM_THM_MOVT_ABS:
	case R_ARM_THM_MOVT_PREL:
		put_thm_mov(loc, (uint32_t)(v >> 16) & 0xffff);
		return true;
	case R_ARM_THM_CALL:
	case R_ARM_THM_JUMP24: {
		uint16_t hw1 = rd16(loc), hw2 = rd16(loc + 2);
		if (type == R_ARM_THM_CALL && (arm || (!thumb && !(hw2 & 0x1000)))) {
			/* BL to ARM code: BLX, relative to the word-aligned PC */
			hw2 = (uint16_t)(hw2 & ~0x1000);
			v += P & 2;
			v &= ~(uint64_t)3;
		} else if (type == R_ARM_THM_CALL) {
			hw2 |= 0x1000;		/* BLX to Thumb code: BL */
			v &= ~(uint64_t)1;
		} else if (arm) {
			return false;		/* B.W to ARM code needs a veneer (not yet) */
		} else {
			v &= ~(uint64_t)1;
		}
		sv = sext(v, 32);
		put_thm_branch24(loc, hw1, hw2, (uint32_t)v);
		return fits_signed(sv, 25);
	}
	case R_ARM_THM_JUMP19: {
		uint16_t hw1 = rd16(loc), hw2 = rd16(loc + 2);
		uint32_t off = (uint32_t)v;
		hw1 = (uint16_t)((hw1 & 0xfbc0) | ((off >> 20) & 1) << 10 | ((off >> 12) & 0x3f));
		hw2 = (uint16_t)((hw2 & 0xd000) | ((off >> 18) & 1) << 13 | ((off >> 19) & 1) << 11 |
				 ((off >> 1) & 0x7ff));
		wr16(loc, hw1);
		wr16(loc + 2, hw2);
		return fits_signed(sv, 21);
	}
	case R_ARM_THM_JUMP11:
		wr16(loc, (rd16(loc) & 0xf800u) | ((uint32_t)(v >> 1) & 0x7ff));
		return fits_signed(sv, 12);
	case R_ARM_THM_JUMP8:
		wr16(loc, (rd16(loc) & 0xff00u) | ((uint32_t)(v >> 1) & 0xff));
		return fits_signed(sv, 9);
	default:
		if (h->size == 4)
			wr32(loc, (uint32_t)v);
		return true;
	}
}

/*
 * --target1-rel / --target1-abs and --target2=rel|abs|got-rel: what
 * R_ARM_TARGET1 and R_ARM_TARGET2 stand for (REL32, ABS32 or GOT_PREL).
 * False for a --target2 type GNU ld does not know.
 */
bool arm_set_target_relocs(bool target1_rel, const char *target2)
{
	howtos[R_ARM_TARGET1].kind = target1_rel ? RK_PC : RK_ABS;
	if (!target2)
		return true;
	if (strcmp(target2, "rel") == 0)
		howtos[R_ARM_TARGET2].kind = RK_PC;
	else if (strcmp(target2, "abs") == 0)
		howtos[R_ARM_TARGET2].kind = RK_ABS;
	else if (strcmp(target2, "got-rel") == 0)
		howtos[R_ARM_TARGET2].kind = RK_GOTPCREL;
	else {
		howtos[R_ARM_TARGET2].kind = RK_NONE;	/* GNU ld then leaves the place alone */
		return false;
	}
	return true;
}

const struct arch arch_arm = {
	.target = TARGET_ARM,
	.name = "arm",
	.emulation = "armelf_linux_eabi",
	.bfd_name = "elf32-littlearm",
	.machine = EM_ARM,
	.is64 = false,
	.rela = false,
	.max_page_size = 0x1000,
	.common_page_size = 0x1000,
	.text_start = 0x00010000,
	.nhowtos = sizeof howtos / sizeof howtos[0],
	.howtos = howtos,
	.rel_addend = rel_addend,
	.apply = apply,
};
