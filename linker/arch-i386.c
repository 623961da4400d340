/*
 * arch-i386.c - i386 facts and relocation types.  i386 uses REL
 * relocations: the addend is the value already in the place.
 */
#include "klink.h"

#define H(n, k, sz, chk) [n] = { #n, k, sz, chk }

static const struct reloc_howto howtos[] = {
	H(R_386_NONE, RK_NONE, 0, 0),
	H(R_386_32, RK_ABS, 4, 'b'),
	H(R_386_PC32, RK_PC, 4, 'b'),
	H(R_386_GOT32, RK_GOT, 4, 'b'),
	H(R_386_PLT32, RK_PLT, 4, 'b'),
	H(R_386_COPY, RK_UNSUPPORTED, 0, 0),
	H(R_386_GLOB_DAT, RK_UNSUPPORTED, 0, 0),
	H(R_386_JMP_SLOT, RK_UNSUPPORTED, 0, 0),
	H(R_386_RELATIVE, RK_UNSUPPORTED, 0, 0),
	H(R_386_GOTOFF, RK_GOTOFF, 4, 'b'),
	H(R_386_GOTPC, RK_GOTPC, 4, 'b'),
	/* TLS (a static executable: every model relaxed to local exec, see reloc.c).
	   The dynamic types, when an object holds one, are plain S + A as in GNU ld. */
	H(R_386_TLS_TPOFF, RK_ABS, 4, 'b'),
	H(R_386_TLS_IE, RK_GOTTPOFF, 4, 'b'),
	H(R_386_TLS_GOTIE, RK_GOTTPOFF, 4, 'b'),
	H(R_386_TLS_GD, RK_TLSGD, 4, 'b'),
	H(R_386_TLS_LDM, RK_TLSLD, 4, 'b'),
	H(R_386_16, RK_ABS, 2, 'b'),
	H(R_386_PC16, RK_PC, 2, 'b'),
	H(R_386_8, RK_ABS, 1, 'b'),
	H(R_386_PC8, RK_PC, 1, 's'),
	H(R_386_SIZE32, RK_SIZE, 4, 'u'),
	H(R_386_TLS_LE, RK_TPOFF, 4, 'b'),
	H(R_386_TLS_LDO_32, RK_DTPOFF, 4, 'b'),
	H(R_386_TLS_IE_32, RK_GOTTPOFF, 4, 'b'),
	H(R_386_TLS_LE_32, RK_TPOFF_NEG, 4, 'b'),
	H(R_386_TLS_DTPMOD32, RK_ABS, 4, 'b'),
	H(R_386_TLS_DTPOFF32, RK_ABS, 4, 'b'),
	H(R_386_TLS_TPOFF32, RK_ABS, 4, 'b'),
	H(R_386_TLS_GOTDESC, RK_TLSDESC, 4, 'b'),
	H(R_386_TLS_DESC_CALL, RK_TLSDESC_CALL, 0, 0),
	H(R_386_TLS_DESC, RK_ABS, 4, 'b'),
	H(R_386_GOT32X, RK_GOT32X, 4, 'b'),
};

static int64_t rel_addend(const struct reloc_howto *h, uint32_t type, const uint8_t *loc)
{
	(void)type;
	switch (h->size) {
	case 1:
		return (int8_t)loc[0];
	case 2:
		return (int16_t)(loc[0] | loc[1] << 8);
	case 4:
		return (int32_t)((uint32_t)loc[0] | (uint32_t)loc[1] << 8 | (uint32_t)loc[2] << 16 |
				 (uint32_t)loc[3] << 24);
	default:
		return 0;
	}
}

const struct arch arch_i386 = {
	.target = TARGET_I386,
	.name = "i386",
	.emulation = "elf_i386",
	.bfd_name = "elf32-i386",
	.machine = EM_386,
	.is64 = false,
	.rela = false,
	.max_page_size = 0x1000,
	.common_page_size = 0x1000,
	.text_start = 0x08048000,
	.nhowtos = sizeof howtos / sizeof howtos[0],
	.howtos = howtos,
	.rel_addend = rel_addend,
};

