/*
 * arch-x86_64.c - x86-64 facts and relocation types (psABI numbering).
 * Each type is classified into a generic kind (reloc.c computes it) with the
 * width written and the overflow check GNU ld applies.
 */
#include "klink.h"

#define H(n, k, sz, chk) [n] = { #n, k, sz, chk }

static const struct reloc_howto howtos[] = {
	H(R_X86_64_NONE, RK_NONE, 0, 0),
	H(R_X86_64_64, RK_ABS, 8, 0),
	H(R_X86_64_PC32, RK_PC, 4, 's'),
	H(R_X86_64_GOT32, RK_GOT, 4, 's'),
	H(R_X86_64_PLT32, RK_PLT, 4, 's'),
	H(R_X86_64_COPY, RK_UNSUPPORTED, 0, 0),
	H(R_X86_64_GLOB_DAT, RK_UNSUPPORTED, 0, 0),
	H(R_X86_64_JUMP_SLOT, RK_UNSUPPORTED, 0, 0),
	H(R_X86_64_RELATIVE, RK_UNSUPPORTED, 0, 0),
	H(R_X86_64_GOTPCREL, RK_GOTPCREL, 4, 's'),
	H(R_X86_64_32, RK_ABS, 4, 'u'),
	H(R_X86_64_32S, RK_ABS, 4, 's'),
	H(R_X86_64_16, RK_ABS, 2, 'b'),
	H(R_X86_64_PC16, RK_PC, 2, 'b'),
	H(R_X86_64_8, RK_ABS, 1, 'b'),
	H(R_X86_64_PC8, RK_PC, 1, 's'),
	H(R_X86_64_DTPOFF64, RK_DTPOFF, 8, 0),
	H(R_X86_64_TPOFF64, RK_TPOFF, 8, 0),
	H(R_X86_64_TLSGD, RK_TLSGD, 4, 's'),
	H(R_X86_64_TLSLD, RK_TLSLD, 4, 's'),
	H(R_X86_64_DTPOFF32, RK_DTPOFF, 4, 's'),
	H(R_X86_64_GOTTPOFF, RK_GOTTPOFF, 4, 's'),
	H(R_X86_64_TPOFF32, RK_TPOFF, 4, 's'),
	H(R_X86_64_PC64, RK_PC, 8, 0),
	H(R_X86_64_GOTOFF64, RK_GOTOFF, 8, 0),
	H(R_X86_64_GOTPC32, RK_GOTPC, 4, 's'),
	H(R_X86_64_GOT64, RK_GOT, 8, 0),
	H(R_X86_64_GOTPCREL64, RK_GOTPCREL, 8, 0),
	H(R_X86_64_GOTPC64, RK_GOTPC, 8, 0),
	H(R_X86_64_SIZE32, RK_SIZE, 4, 'u'),
	H(R_X86_64_SIZE64, RK_SIZE, 8, 0),
	H(R_X86_64_GOTPC32_TLSDESC, RK_TLSDESC, 4, 's'),
	H(R_X86_64_TLSDESC_CALL, RK_TLSDESC_CALL, 0, 0),
	H(R_X86_64_GOTPCRELX, RK_GOTPCRELX, 4, 's'),
	H(R_X86_64_REX_GOTPCRELX, RK_REX_GOTPCRELX, 4, 's'),
};

const struct arch arch_x86_64 = {
	.target = TARGET_X86_64,
	.name = "x86_64",
	.emulation = "elf_x86_64",
	.bfd_name = "elf64-x86-64",
	.machine = EM_X86_64,
	.is64 = true,
	.rela = true,
	.max_page_size = 0x1000,
	.common_page_size = 0x1000,
	.text_start = 0x400000,
	.nhowtos = sizeof howtos / sizeof howtos[0],
	.howtos = howtos,
	.rel_addend = NULL,
};
