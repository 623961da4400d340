/*
 * options.c - the GNU ld 2.40 command line.
 *
 * GNU ld parses with getopt_long_only(): a long option may start with one
 * dash or two ("-shared", "--shared"), may be abbreviated to a unique prefix
 * ("--whole-arch"), and a single-dash word that is not a long option is read
 * as short options ("-omagic" is "-o magic").  A few long options are only
 * accepted with two dashes (EXACTLY_TWO_DASHES in GNU ld: --omagic, --output,
 * --oformat ...).  klink follows the same rules with its own small matcher
 * (no getopt: its state is global) over the table below, and reproduces GNU
 * ld's messages for the mistakes a user or a build system's probe makes.
 *
 * Inputs and the options whose meaning depends on their position
 * (--whole-archive, --start-group, -l, -L, --as-needed, -Bstatic, -b, -T...)
 * go into one list in command-line order: struct options.inputs.
 *
 * load_scripts(), the pass after parse_options(), is at the end of this file:
 * it parses the scripts the command line names.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "klink.h"

/* ------------------------------------------------------------------ */
/* The option table                                                    */
/* ------------------------------------------------------------------ */

enum opt_id {
	O_SECTION = 1,		/* not an option: a heading in --help */
	O_IGNORE,		/* accepted and ignored (as GNU ld does) */
	/* position dependent */
	O_FORMAT, O_LIBRARY, O_LIBPATH, O_JUST_SYMBOLS, O_SCRIPT,
	O_WHOLE_ARCHIVE, O_NO_WHOLE_ARCHIVE, O_START_GROUP, O_END_GROUP,
	O_AS_NEEDED, O_NO_AS_NEEDED, O_BSTATIC, O_BDYNAMIC, O_PUSH_STATE, O_POP_STATE,
	/* target */
	O_EMULATION, O_EB, O_EL, O_OFORMAT, O_ARCHITECTURE,
	/* general */
	O_OUTPUT, O_ENTRY, O_UNDEFINED, O_REQUIRE_DEFINED, O_DEFSYM, O_DEFAULT_SCRIPT,
	O_VERSION_SCRIPT, O_DYNAMIC_LIST, O_RELOCATABLE, O_SHARED, O_PIE, O_NO_PIE,
	O_STRIP_ALL, O_STRIP_DEBUG, O_STRIP_DISCARDED, O_NO_STRIP_DISCARDED,
	O_DISCARD_ALL, O_DISCARD_LOCALS, O_DISCARD_NONE, O_EMIT_RELOCS,
	O_GC_SECTIONS, O_NO_GC_SECTIONS, O_PRINT_GC_SECTIONS, O_NO_PRINT_GC_SECTIONS,
	O_GC_KEEP_EXPORTED, O_SONAME, O_DYNAMIC_LINKER, O_NO_DYNAMIC_LINKER,
	O_BSYMBOLIC, O_BSYMBOLIC_FUNCTIONS, O_BNO_SYMBOLIC, O_EXPORT_DYNAMIC,
	O_NO_EXPORT_DYNAMIC, O_OMAGIC, O_NMAGIC, O_NO_OMAGIC, O_ORPHAN_HANDLING,
	O_SORT_SECTION, O_SORT_COMMON, O_NO_UNDEFINED, O_NOINHIBIT_EXEC,
	O_FATAL_WARNINGS, O_NO_FATAL_WARNINGS, O_WARN_COMMON, O_WARN_ONCE,
	O_WARN_SECTION_ALIGN, O_WARN_CONSTRUCTORS, O_WARN_TEXTREL, O_WARN_ALTERNATE_EM,
	O_WARN_RWX, O_NO_WARN_RWX, O_WARN_EXECSTACK, O_NO_WARN_EXECSTACK,
	O_NO_WARN_MISMATCH, O_NO_WARN_SEARCH_MISMATCH, O_NO_WARNINGS,
	O_UNRESOLVED_SYMBOLS, O_WARN_UNRESOLVED, O_ERROR_UNRESOLVED,
	O_ALLOW_SHLIB_UNDEFINED, O_NO_ALLOW_SHLIB_UNDEFINED, O_ALLOW_MULTIPLE_DEFINITION,
	O_IGNORE_UNRESOLVED, O_WRAP, O_TRACE_SYMBOL, O_FORCE_COMMON, O_NO_DEFINE_COMMON,
	O_FORCE_GROUP_ALLOCATION, O_CHECK_SECTIONS, O_NO_CHECK_SECTIONS,
	O_RELAX, O_NO_RELAX, O_OPTIMIZE, O_GPSIZE, O_NOSTDLIB, O_RPATH, O_RPATH_LINK,
	O_Y, O_SYSROOT, O_INIT, O_FINI, O_SECTION_START, O_TTEXT, O_TDATA, O_TBSS,
	O_TTEXT_SEGMENT, O_TRODATA_SEGMENT, O_TLDATA_SEGMENT, O_MAP, O_PRINT_MAP, O_CREF,
	O_TRACE, O_VERBOSE, O_STATS, O_PRINT_MEMORY_USAGE, O_PRINT_MAP_DISCARDED,
	O_NO_PRINT_MAP_DISCARDED, O_PRINT_MAP_LOCALS, O_NO_PRINT_MAP_LOCALS,
	O_NO_KEEP_MEMORY, O_REDUCE_MEMORY_OVERHEADS, O_TRADITIONAL_FORMAT,
	O_DEMANGLE, O_NO_DEMANGLE, O_NO_UNDEFINED_VERSION, O_UNDEFINED_VERSION,
	O_COPY_DT_NEEDED, O_NO_COPY_DT_NEEDED, O_EXPORT_DYNAMIC_SYMBOL,
	O_EXPORT_DYNAMIC_SYMBOL_LIST, O_VERSION, O_VERSION_V, O_VERSION_VV, O_HELP,
	O_TARGET_HELP, O_PRINT_SYSROOT,
	/* ELF emulation options */
	O_Z, O_BUILD_ID, O_HASH_STYLE, O_EH_FRAME_HDR, O_NO_EH_FRAME_HDR,
	O_LD_UNWIND, O_NO_LD_UNWIND, O_ENABLE_NEW_DTAGS, O_DISABLE_NEW_DTAGS,
	O_EXCLUDE_LIBS,
	/* ARM emulation options */
	O_PIC_VENEER, O_BE8, O_TARGET1_REL, O_TARGET1_ABS, O_TARGET2, O_FIX_V4BX,
	O_FIX_V4BX_INTERWORKING, O_USE_BLX, O_VFP11_DENORM_FIX, O_NO_ENUM_SIZE_WARNING,
	O_NO_WCHAR_SIZE_WARNING, O_FIX_CORTEX_A8, O_NO_FIX_CORTEX_A8, O_FIX_ARM1176,
	O_NO_FIX_ARM1176, O_LONG_PLT, O_NO_MERGE_EXIDX, O_THUMB_ENTRY, O_STUB_GROUP_SIZE,
	/* klink's own */
	O_DUMP_SCRIPT, O_DUMP_VERSION_SCRIPT,
};

enum arg_kind { A_NO, A_REQ, A_OPT };

/*
 * How the long name may be written.  The values matter: GNU ld's "missing
 * argument" test compares the word from this offset on with the name (so
 * "-Ttext" and "--script" get "missing argument", "--Ttext" and "--output"
 * are "unrecognized").
 */
enum dash {
	D_ONE = 1,		/* shown as -name; -name and --name both work */
	D_TWO = 2,		/* shown as --name; -name and --name both work */
	D_XTWO = 3,		/* only --name                                 */
	D_EMUL = 4,		/* an emulation's option: like D_TWO, but never "missing argument" */
};

#define F_HIDDEN 1		/* a synonym or compatibility spelling: not in --help */

struct optdef {
	const char *name;	/* long name or NULL                */
	char sh;		/* short option letter or 0         */
	unsigned char arg;	/* enum arg_kind                    */
	unsigned char dash;	/* enum dash                        */
	unsigned char flags;
	unsigned short id;	/* enum opt_id                      */
	const char *argname;	/* for --help                       */
	const char *help;	/* for --help                       */
};

#define SECTION(title) { NULL, 0, A_NO, D_TWO, 0, O_SECTION, NULL, title }

static const struct optdef optdefs[] = {
	SECTION("Input files and libraries (position dependent)"),
	{ "library", 'l', A_REQ, D_TWO, 0, O_LIBRARY, "NAME", "Search for libNAME.a (-l:FILE: for FILE) in the -L directories" },
	{ "library-path", 'L', A_REQ, D_TWO, 0, O_LIBPATH, "DIR", "Add DIR to the library and script search path" },
	{ "format", 'b', A_REQ, D_TWO, 0, O_FORMAT, "FMT", "Read following input files as FMT (elf32-i386, binary, default...)" },
	{ "just-symbols", 'R', A_REQ, D_TWO, 0, O_JUST_SYMBOLS, "FILE", "Take only the symbol addresses of FILE (a directory: as -rpath)" },
	{ "whole-archive", 0, A_NO, D_TWO, 0, O_WHOLE_ARCHIVE, NULL, "Link every member of the archives that follow" },
	{ "no-whole-archive", 0, A_NO, D_TWO, 0, O_NO_WHOLE_ARCHIVE, NULL, "Back to extracting only the archive members needed" },
	{ "start-group", '(', A_NO, D_TWO, 0, O_START_GROUP, NULL, "Begin a group of archives searched repeatedly" },
	{ "end-group", ')', A_NO, D_TWO, 0, O_END_GROUP, NULL, "End the group" },
	{ "as-needed", 0, A_NO, D_TWO, 0, O_AS_NEEDED, NULL, "Record following shared libraries only when they are used" },
	{ "no-as-needed", 0, A_NO, D_TWO, 0, O_NO_AS_NEEDED, NULL, "Record following shared libraries always (default)" },
	{ "Bstatic", 0, A_NO, D_ONE, 0, O_BSTATIC, NULL, "Following -l options find only static archives (also -static, -dn)" },
	{ "static", 0, A_NO, D_ONE, F_HIDDEN, O_BSTATIC, NULL, NULL },
	{ "dn", 0, A_NO, D_ONE, F_HIDDEN, O_BSTATIC, NULL, NULL },
	{ "non_shared", 0, A_NO, D_ONE, F_HIDDEN, O_BSTATIC, NULL, NULL },
	{ "Bdynamic", 0, A_NO, D_ONE, 0, O_BDYNAMIC, NULL, "Following -l options may find shared libraries (also -dy)" },
	{ "dy", 0, A_NO, D_ONE, F_HIDDEN, O_BDYNAMIC, NULL, NULL },
	{ "call_shared", 0, A_NO, D_ONE, F_HIDDEN, O_BDYNAMIC, NULL, NULL },
	{ "push-state", 0, A_NO, D_TWO, 0, O_PUSH_STATE, NULL, "Save the --whole-archive, --as-needed and -Bstatic state" },
	{ "pop-state", 0, A_NO, D_TWO, 0, O_POP_STATE, NULL, "Restore the state saved by the last --push-state" },
	{ "nostdlib", 0, A_NO, D_ONE, 0, O_NOSTDLIB, NULL, "Search only the -L directories for libraries" },
	{ "sysroot", 0, A_REQ, D_EMUL, 0, O_SYSROOT, "=DIR", "Prefix for = and $SYSROOT in search paths" },
	{ NULL, 'Y', A_REQ, D_ONE, 0, O_Y, "PATH", "Default library search path (Solaris compatibility)" },

	SECTION("Scripts and target"),
	{ "script", 'T', A_REQ, D_TWO, 0, O_SCRIPT, "FILE", "Use linker script FILE (searched in the -L directories too)" },
	{ "default-script", 0, A_REQ, D_TWO, 0, O_DEFAULT_SCRIPT, "FILE", "Use FILE instead of the built-in default script (also -dT)" },
	{ "dT", 0, A_REQ, D_ONE, F_HIDDEN, O_DEFAULT_SCRIPT, NULL, NULL },
	{ NULL, 'm', A_REQ, D_ONE, 0, O_EMULATION, "EMULATION", "Link for EMULATION: elf_x86_64, elf_i386, armelf_linux_eabi (last one wins)" },
	{ "EL", 0, A_NO, D_ONE, 0, O_EL, NULL, "Link little-endian objects" },
	{ "EB", 0, A_NO, D_ONE, 0, O_EB, NULL, "Link big-endian objects" },
	{ "oformat", 0, A_REQ, D_XTWO, 0, O_OFORMAT, "FORMAT", "Output format (a BFD target name such as elf64-x86-64)" },
	{ "architecture", 'A', A_REQ, D_TWO, 0, O_ARCHITECTURE, "ARCH", "Set the architecture" },
	{ "defsym", 0, A_REQ, D_TWO, 0, O_DEFSYM, "SYM=EXPR", "Define SYM as the script expression EXPR" },
	{ "version-script", 0, A_REQ, D_TWO, 0, O_VERSION_SCRIPT, "FILE", "Read symbol versions from FILE" },
	{ "dynamic-list", 0, A_REQ, D_TWO, 0, O_DYNAMIC_LIST, "FILE", "Read the list of dynamic symbols from FILE" },

	SECTION("Output"),
	{ "output", 'o', A_REQ, D_XTWO, 0, O_OUTPUT, "FILE", "Write the output to FILE (default a.out)" },
	{ "relocatable", 'r', A_NO, D_TWO, 0, O_RELOCATABLE, NULL, "Produce a relocatable object (also -i)" },
	{ NULL, 'i', A_NO, D_ONE, F_HIDDEN, O_RELOCATABLE, NULL, NULL },
	{ "shared", 0, A_NO, D_ONE, 0, O_SHARED, NULL, "Produce a shared object (also -Bshareable)" },
	{ "Bshareable", 0, A_NO, D_ONE, F_HIDDEN, O_SHARED, NULL, NULL },
	{ "pie", 0, A_NO, D_ONE, 0, O_PIE, NULL, "Produce a position-independent executable (also --pic-executable)" },
	{ "pic-executable", 0, A_NO, D_TWO, F_HIDDEN, O_PIE, NULL, NULL },
	{ "no-pie", 0, A_NO, D_ONE, 0, O_NO_PIE, NULL, "Produce a position-dependent executable (default)" },
	{ "entry", 'e', A_REQ, D_TWO, 0, O_ENTRY, "SYMBOL", "Start execution at SYMBOL (or an address)" },
	{ "undefined", 'u', A_REQ, D_TWO, 0, O_UNDEFINED, "SYMBOL", "Start with SYMBOL undefined (pulls it from archives)" },
	{ "require-defined", 0, A_REQ, D_TWO, 0, O_REQUIRE_DEFINED, "SYMBOL", "Like -u, and fail unless SYMBOL gets defined" },
	{ "Ttext", 0, A_REQ, D_ONE, 0, O_TTEXT, "ADDR", "Place .text at ADDR (hexadecimal)" },
	{ "Tdata", 0, A_REQ, D_ONE, 0, O_TDATA, "ADDR", "Place .data at ADDR (hexadecimal)" },
	{ "Tbss", 0, A_REQ, D_ONE, 0, O_TBSS, "ADDR", "Place .bss at ADDR (hexadecimal)" },
	{ "Ttext-segment", 0, A_REQ, D_ONE, 0, O_TTEXT_SEGMENT, "ADDR", "SEGMENT_START(\"text-segment\") is ADDR" },
	{ "Trodata-segment", 0, A_REQ, D_ONE, 0, O_TRODATA_SEGMENT, "ADDR", "SEGMENT_START(\"rodata-segment\") is ADDR" },
	{ "Tldata-segment", 0, A_REQ, D_ONE, 0, O_TLDATA_SEGMENT, "ADDR", "SEGMENT_START(\"ldata-segment\") is ADDR" },
	{ "section-start", 0, A_REQ, D_TWO, 0, O_SECTION_START, "SEC=ADDR", "Place section SEC at ADDR (hexadecimal)" },
	{ "omagic", 'N', A_NO, D_XTWO, 0, O_OMAGIC, NULL, "Text writable, data not page-aligned" },
	{ "nmagic", 'n', A_NO, D_TWO, 0, O_NMAGIC, NULL, "Data not page-aligned" },
	{ "no-omagic", 0, A_NO, D_XTWO, 0, O_NO_OMAGIC, NULL, "Undo -N: page-aligned data, read-only text" },
	{ "strip-all", 's', A_NO, D_TWO, 0, O_STRIP_ALL, NULL, "Omit all symbols" },
	{ "strip-debug", 'S', A_NO, D_TWO, 0, O_STRIP_DEBUG, NULL, "Omit debugging sections and symbols" },
	{ "strip-discarded", 0, A_NO, D_TWO, 0, O_STRIP_DISCARDED, NULL, "Omit symbols of discarded sections (default)" },
	{ "no-strip-discarded", 0, A_NO, D_TWO, 0, O_NO_STRIP_DISCARDED, NULL, "Keep symbols of discarded sections" },
	{ "discard-all", 'x', A_NO, D_TWO, 0, O_DISCARD_ALL, NULL, "Omit all local symbols" },
	{ "discard-locals", 'X', A_NO, D_TWO, 0, O_DISCARD_LOCALS, NULL, "Omit compiler-generated local symbols (.L*)" },
	{ "discard-none", 0, A_NO, D_TWO, 0, O_DISCARD_NONE, NULL, "Keep every local symbol" },
	{ "emit-relocs", 'q', A_NO, D_TWO, 0, O_EMIT_RELOCS, NULL, "Keep the relocations in a linked output" },
	{ "gc-sections", 0, A_NO, D_TWO, 0, O_GC_SECTIONS, NULL, "Drop unreferenced sections" },
	{ "no-gc-sections", 0, A_NO, D_TWO, 0, O_NO_GC_SECTIONS, NULL, "Keep unreferenced sections (default)" },
	{ "print-gc-sections", 0, A_NO, D_TWO, 0, O_PRINT_GC_SECTIONS, NULL, "List the sections --gc-sections drops" },
	{ "no-print-gc-sections", 0, A_NO, D_TWO, 0, O_NO_PRINT_GC_SECTIONS, NULL, "Do not list them (default)" },
	{ "gc-keep-exported", 0, A_NO, D_TWO, 0, O_GC_KEEP_EXPORTED, NULL, "--gc-sections keeps sections of exported symbols" },
	{ "orphan-handling", 0, A_REQ, D_TWO, 0, O_ORPHAN_HANDLING, "=MODE", "Orphan sections: place (default), warn, error or discard" },
	{ "sort-section", 0, A_REQ, D_TWO, 0, O_SORT_SECTION, "name|alignment", "Apply SORT_BY_NAME or SORT_BY_ALIGNMENT to every wildcard" },
	{ "sort-common", 0, A_OPT, D_TWO, 0, O_SORT_COMMON, "[=ascending|descending]", "Sort common symbols by alignment" },
	{ "sort_common", 0, A_NO, D_TWO, F_HIDDEN, O_SORT_COMMON, NULL, NULL },
	{ NULL, 'd', A_NO, D_ONE, 0, O_FORCE_COMMON, NULL, "Allocate common symbols even with -r (also -dc, -dp)" },
	{ "dc", 0, A_NO, D_ONE, F_HIDDEN, O_FORCE_COMMON, NULL, NULL },
	{ "dp", 0, A_NO, D_ONE, F_HIDDEN, O_FORCE_COMMON, NULL, NULL },
	{ "no-define-common", 0, A_NO, D_TWO, 0, O_NO_DEFINE_COMMON, NULL, "Do not allocate common symbols" },
	{ "force-group-allocation", 0, A_NO, D_TWO, 0, O_FORCE_GROUP_ALLOCATION, NULL, "Place section group members like ordinary sections" },
	{ "check-sections", 0, A_NO, D_TWO, 0, O_CHECK_SECTIONS, NULL, "Fail on overlapping sections (default)" },
	{ "no-check-sections", 0, A_NO, D_TWO, 0, O_NO_CHECK_SECTIONS, NULL, "Allow overlapping sections" },
	{ "relax", 0, A_NO, D_TWO, 0, O_RELAX, NULL, "Allow target relaxations" },
	{ "no-relax", 0, A_NO, D_TWO, 0, O_NO_RELAX, NULL, "No relaxations" },
	{ NULL, 'O', A_REQ, D_ONE, 0, O_OPTIMIZE, "LEVEL", "Optimisation level (accepted; no effect on the output)" },
	{ NULL, 'G', A_REQ, D_TWO, 0, O_GPSIZE, "SIZE", "Small data size (-G alone: same as -shared)" },
	{ "gpsize", 0, A_REQ, D_TWO, F_HIDDEN, O_GPSIZE, NULL, NULL },
	{ NULL, 'g', A_NO, D_ONE, 0, O_IGNORE, NULL, "Ignored" },
	{ "traditional-format", 0, A_NO, D_TWO, 0, O_TRADITIONAL_FORMAT, NULL, "Do not merge or optimise special sections" },

	SECTION("Dynamic linking"),
	{ "soname", 'h', A_REQ, D_ONE, 0, O_SONAME, "NAME", "Set DT_SONAME of a shared object" },
	{ "dynamic-linker", 'I', A_REQ, D_TWO, 0, O_DYNAMIC_LINKER, "PROGRAM", "Set the program interpreter" },
	{ "no-dynamic-linker", 0, A_NO, D_TWO, 0, O_NO_DYNAMIC_LINKER, NULL, "No program interpreter (static PIE, kernels)" },
	{ "Bsymbolic", 0, A_NO, D_ONE, 0, O_BSYMBOLIC, NULL, "Bind global references within a shared object" },
	{ "Bsymbolic-functions", 0, A_NO, D_ONE, 0, O_BSYMBOLIC_FUNCTIONS, NULL, "Bind global function references within it" },
	{ "Bno-symbolic", 0, A_NO, D_ONE, 0, O_BNO_SYMBOLIC, NULL, "Undo -Bsymbolic" },
	{ "export-dynamic", 'E', A_NO, D_TWO, 0, O_EXPORT_DYNAMIC, NULL, "Put every global symbol in the dynamic symbol table" },
	{ "no-export-dynamic", 0, A_NO, D_TWO, 0, O_NO_EXPORT_DYNAMIC, NULL, "Undo --export-dynamic" },
	{ "export-dynamic-symbol", 0, A_REQ, D_XTWO, 0, O_EXPORT_DYNAMIC_SYMBOL, "SYMBOL", "Export SYMBOL dynamically" },
	{ "export-dynamic-symbol-list", 0, A_REQ, D_XTWO, 0, O_EXPORT_DYNAMIC_SYMBOL_LIST, "FILE", "Export the symbols listed in FILE" },
	{ "rpath", 0, A_REQ, D_ONE, 0, O_RPATH, "DIR", "Add DIR to the run-time library search path" },
	{ "rpath-link", 0, A_REQ, D_ONE, 0, O_RPATH_LINK, "DIR", "Where to find the dependencies of shared libraries" },
	{ "init", 0, A_REQ, D_ONE, 0, O_INIT, "SYMBOL", "DT_INIT function" },
	{ "fini", 0, A_REQ, D_ONE, 0, O_FINI, "SYMBOL", "DT_FINI function" },
	{ "copy-dt-needed-entries", 0, A_NO, D_TWO, 0, O_COPY_DT_NEEDED, NULL, "Follow DT_NEEDED of shared libraries" },
	{ "no-copy-dt-needed-entries", 0, A_NO, D_TWO, 0, O_NO_COPY_DT_NEEDED, NULL, "Do not (default)" },
	{ "add-needed", 0, A_NO, D_TWO, F_HIDDEN, O_COPY_DT_NEEDED, NULL, NULL },
	{ "no-add-needed", 0, A_NO, D_TWO, F_HIDDEN, O_NO_COPY_DT_NEEDED, NULL, NULL },
	{ "allow-shlib-undefined", 0, A_NO, D_TWO, 0, O_ALLOW_SHLIB_UNDEFINED, NULL, "Allow undefined symbols in shared libraries" },
	{ "no-allow-shlib-undefined", 0, A_NO, D_TWO, 0, O_NO_ALLOW_SHLIB_UNDEFINED, NULL, "Report them" },
	{ "no-undefined-version", 0, A_NO, D_TWO, 0, O_NO_UNDEFINED_VERSION, NULL, "Fail when a version script names an undefined symbol" },
	{ "undefined-version", 0, A_NO, D_XTWO, 0, O_UNDEFINED_VERSION, NULL, "Allow it (default)" },

	SECTION("Diagnostics"),
	{ "no-undefined", 0, A_NO, D_TWO, 0, O_NO_UNDEFINED, NULL, "Report undefined symbols even with -shared" },
	{ "unresolved-symbols", 0, A_REQ, D_TWO, 0, O_UNRESOLVED_SYMBOLS, "=METHOD", "ignore-all, report-all, ignore-in-object-files, ignore-in-shared-libs" },
	{ "warn-unresolved-symbols", 0, A_NO, D_TWO, 0, O_WARN_UNRESOLVED, NULL, "Undefined symbols are warnings" },
	{ "error-unresolved-symbols", 0, A_NO, D_TWO, 0, O_ERROR_UNRESOLVED, NULL, "Undefined symbols are errors (default)" },
	{ "ignore-unresolved-symbol", 0, A_REQ, D_TWO, 0, O_IGNORE_UNRESOLVED, "SYMBOL", "Never report SYMBOL as undefined" },
	{ "allow-multiple-definition", 0, A_NO, D_TWO, 0, O_ALLOW_MULTIPLE_DEFINITION, NULL, "The first definition wins (also -z muldefs)" },
	{ "noinhibit-exec", 0, A_NO, D_TWO, 0, O_NOINHIBIT_EXEC, NULL, "Write the output even after errors" },
	{ "noinhibit_exec", 0, A_NO, D_TWO, F_HIDDEN, O_NOINHIBIT_EXEC, NULL, NULL },
	{ "fatal-warnings", 0, A_NO, D_TWO, 0, O_FATAL_WARNINGS, NULL, "Warnings are errors" },
	{ "no-fatal-warnings", 0, A_NO, D_TWO, 0, O_NO_FATAL_WARNINGS, NULL, "Warnings are warnings (default)" },
	{ "no-warnings", 'w', A_NO, D_TWO, 0, O_NO_WARNINGS, NULL, "Print no warnings" },
	{ "warn-common", 0, A_NO, D_TWO, 0, O_WARN_COMMON, NULL, "Warn about common symbols merged with others" },
	{ "warn-once", 0, A_NO, D_TWO, 0, O_WARN_ONCE, NULL, "Report each undefined symbol once" },
	{ "warn-section-align", 0, A_NO, D_TWO, 0, O_WARN_SECTION_ALIGN, NULL, "Warn when alignment moves an output section" },
	{ "warn-constructors", 0, A_NO, D_TWO, 0, O_WARN_CONSTRUCTORS, NULL, "Warn about global constructors" },
	{ "warn-textrel", 0, A_NO, D_TWO, 0, O_WARN_TEXTREL, NULL, "Warn about text relocations" },
	{ "warn-alternate-em", 0, A_NO, D_TWO, 0, O_WARN_ALTERNATE_EM, NULL, "Warn about alternate ELF machine codes" },
	{ "warn-rwx-segments", 0, A_NO, D_TWO, 0, O_WARN_RWX, NULL, "Warn about segments that are writable and executable" },
	{ "no-warn-rwx-segments", 0, A_NO, D_TWO, 0, O_NO_WARN_RWX, NULL, "Do not" },
	{ "warn-execstack", 0, A_NO, D_TWO, 0, O_WARN_EXECSTACK, NULL, "Warn about an executable stack" },
	{ "no-warn-execstack", 0, A_NO, D_TWO, 0, O_NO_WARN_EXECSTACK, NULL, "Do not" },
	{ "no-warn-mismatch", 0, A_NO, D_TWO, 0, O_NO_WARN_MISMATCH, NULL, "Link mismatched inputs without a word" },
	{ "no-warn-search-mismatch", 0, A_NO, D_TWO, 0, O_NO_WARN_SEARCH_MISMATCH, NULL, "Skip incompatible libraries silently" },
	{ "demangle", 0, A_OPT, D_TWO, 0, O_DEMANGLE, "[=STYLE]", "Demangle symbol names in messages" },
	{ "no-demangle", 0, A_NO, D_TWO, 0, O_NO_DEMANGLE, NULL, "Do not" },
	{ "wrap", 0, A_REQ, D_TWO, 0, O_WRAP, "SYMBOL", "References to SYMBOL go to __wrap_SYMBOL" },
	{ "trace-symbol", 'y', A_REQ, D_TWO, 0, O_TRACE_SYMBOL, "SYMBOL", "Report each file that mentions SYMBOL" },

	SECTION("Reports"),
	{ "Map", 0, A_REQ, D_ONE, 0, O_MAP, "FILE", "Write a link map to FILE" },
	{ "print-map", 'M', A_NO, D_TWO, 0, O_PRINT_MAP, NULL, "Write the link map to standard output" },
	{ "print-map-discarded", 0, A_NO, D_TWO, 0, O_PRINT_MAP_DISCARDED, NULL, "List discarded sections in the map (default)" },
	{ "no-print-map-discarded", 0, A_NO, D_TWO, 0, O_NO_PRINT_MAP_DISCARDED, NULL, "Do not" },
	{ "print-map-locals", 0, A_NO, D_TWO, 0, O_PRINT_MAP_LOCALS, NULL, "List local symbols in the map" },
	{ "no-print-map-locals", 0, A_NO, D_TWO, 0, O_NO_PRINT_MAP_LOCALS, NULL, "Do not (default)" },
	{ "cref", 0, A_NO, D_TWO, 0, O_CREF, NULL, "Add a cross-reference table to the map" },
	{ "trace", 't', A_NO, D_TWO, 0, O_TRACE, NULL, "Print the name of each input file as it is read" },
	{ "verbose", 0, A_OPT, D_TWO, 0, O_VERBOSE, "[=N]", "Print the version, emulations and more as the link goes" },
	{ "dll-verbose", 0, A_NO, D_TWO, F_HIDDEN, O_VERBOSE, NULL, NULL },
	{ "stats", 0, A_NO, D_TWO, 0, O_STATS, NULL, "Print time and memory statistics" },
	{ "print-memory-usage", 0, A_NO, D_TWO, 0, O_PRINT_MEMORY_USAGE, NULL, "Print how full each memory region is" },
	{ "no-keep-memory", 0, A_NO, D_TWO, 0, O_NO_KEEP_MEMORY, NULL, "Accepted for compatibility (no effect)" },
	{ "reduce-memory-overheads", 0, A_NO, D_TWO, 0, O_REDUCE_MEMORY_OVERHEADS, NULL, "Accepted for compatibility (no effect)" },
	{ "version", 0, A_NO, D_TWO, 0, O_VERSION, NULL, "Print the version and exit" },
	{ NULL, 'v', A_NO, D_ONE, 0, O_VERSION_VV, NULL, "Print the version line and carry on (no inputs: exit 0)" },
	{ NULL, 'V', A_NO, D_ONE, 0, O_VERSION_V, NULL, "Print the version and the supported emulations" },
	{ "help", 0, A_NO, D_TWO, 0, O_HELP, NULL, "Print this help" },
	{ "target-help", 0, A_NO, D_TWO, 0, O_TARGET_HELP, NULL, "Print the target-specific options" },
	{ "print-sysroot", 0, A_NO, D_TWO, 0, O_PRINT_SYSROOT, NULL, "Print the sysroot (empty: none)" },

	SECTION("Ignored for compatibility with other linkers and compiler drivers"),
	{ "plugin", 0, A_REQ, D_ONE, 0, O_IGNORE, "PLUGIN", "Ignored (klink loads no plugins)" },
	{ "plugin-opt", 0, A_REQ, D_ONE, 0, O_IGNORE, "ARG", "Ignored" },
	{ "flto", 0, A_OPT, D_ONE, F_HIDDEN, O_IGNORE, NULL, NULL },
	{ "flto-partition=", 0, A_REQ, D_ONE, F_HIDDEN, O_IGNORE, NULL, NULL },
	{ "fuse-ld=", 0, A_REQ, D_ONE, F_HIDDEN, O_IGNORE, NULL, NULL },
	{ "map-whole-files", 0, A_OPT, D_TWO, F_HIDDEN, O_IGNORE, NULL, NULL },
	{ "no-map-whole-files", 0, A_OPT, D_TWO, F_HIDDEN, O_IGNORE, NULL, NULL },
	{ "Qy", 0, A_NO, D_ONE, F_HIDDEN, O_IGNORE, NULL, NULL },
	{ "qmagic", 0, A_NO, D_ONE, F_HIDDEN, O_IGNORE, NULL, NULL },

	SECTION("ELF options"),
	{ NULL, 'z', A_REQ, D_EMUL, 0, O_Z, "KEYWORD", "ELF link option; see -z keywords below" },
	{ "build-id", 0, A_OPT, D_EMUL, 0, O_BUILD_ID, "[=STYLE]", "Add a .note.gnu.build-id (sha1 default, md5, uuid, 0xHEX, none)" },
	{ "hash-style", 0, A_REQ, D_EMUL, 0, O_HASH_STYLE, "=STYLE", "Dynamic hash table: sysv, gnu or both" },
	{ "eh-frame-hdr", 0, A_NO, D_EMUL, 0, O_EH_FRAME_HDR, NULL, "Create .eh_frame_hdr and PT_GNU_EH_FRAME" },
	{ "no-eh-frame-hdr", 0, A_NO, D_EMUL, 0, O_NO_EH_FRAME_HDR, NULL, "Do not" },
	{ "ld-generated-unwind-info", 0, A_NO, D_EMUL, 0, O_LD_UNWIND, NULL, "Unwind info for linker-made code (PLT)" },
	{ "no-ld-generated-unwind-info", 0, A_NO, D_EMUL, 0, O_NO_LD_UNWIND, NULL, "None" },
	{ "enable-new-dtags", 0, A_NO, D_EMUL, 0, O_ENABLE_NEW_DTAGS, NULL, "Use DT_RUNPATH and DT_FLAGS" },
	{ "disable-new-dtags", 0, A_NO, D_EMUL, 0, O_DISABLE_NEW_DTAGS, NULL, "Use DT_RPATH" },
	{ "exclude-libs", 0, A_REQ, D_EMUL, 0, O_EXCLUDE_LIBS, "=LIBS", "Hide the symbols of the archives LIBS" },

	SECTION("ARM options"),
	{ "pic-veneer", 0, A_NO, D_EMUL, 0, O_PIC_VENEER, NULL, "Always use position-independent veneers" },
	{ "be8", 0, A_NO, D_EMUL, 0, O_BE8, NULL, "BE8 output (big-endian data, little-endian code)" },
	{ "target1-rel", 0, A_NO, D_EMUL, 0, O_TARGET1_REL, NULL, "R_ARM_TARGET1 is R_ARM_REL32" },
	{ "target1-abs", 0, A_NO, D_EMUL, 0, O_TARGET1_ABS, NULL, "R_ARM_TARGET1 is R_ARM_ABS32 (default)" },
	{ "target2", 0, A_REQ, D_EMUL, 0, O_TARGET2, "=TYPE", "R_ARM_TARGET2 is rel, abs or got-rel" },
	{ "fix-v4bx", 0, A_NO, D_EMUL, 0, O_FIX_V4BX, NULL, "Rewrite BX rn as MOV pc, rn (ARMv4)" },
	{ "fix-v4bx-interworking", 0, A_NO, D_EMUL, 0, O_FIX_V4BX_INTERWORKING, NULL, "Rewrite BX rn through an interworking veneer" },
	{ "use-blx", 0, A_NO, D_EMUL, 0, O_USE_BLX, NULL, "Use BLX for interworking calls" },
	{ "vfp11-denorm-fix", 0, A_REQ, D_EMUL, 0, O_VFP11_DENORM_FIX, "=TYPE", "VFP11 erratum workaround: scalar, vector or none" },
	{ "no-enum-size-warning", 0, A_NO, D_EMUL, 0, O_NO_ENUM_SIZE_WARNING, NULL, "Link objects with different enum sizes silently" },
	{ "no-wchar-size-warning", 0, A_NO, D_EMUL, 0, O_NO_WCHAR_SIZE_WARNING, NULL, "Link objects with different wchar_t sizes silently" },
	{ "fix-cortex-a8", 0, A_NO, D_EMUL, 0, O_FIX_CORTEX_A8, NULL, "Work around the Cortex-A8 branch erratum" },
	{ "no-fix-cortex-a8", 0, A_NO, D_EMUL, 0, O_NO_FIX_CORTEX_A8, NULL, "Do not" },
	{ "fix-arm1176", 0, A_NO, D_EMUL, 0, O_FIX_ARM1176, NULL, "Work around the ARM1176 BLX erratum" },
	{ "no-fix-arm1176", 0, A_NO, D_EMUL, 0, O_NO_FIX_ARM1176, NULL, "Do not" },
	{ "long-plt", 0, A_NO, D_EMUL, 0, O_LONG_PLT, NULL, "Use 16-byte PLT entries" },
	{ "no-merge-exidx-entries", 0, A_NO, D_EMUL, 0, O_NO_MERGE_EXIDX, NULL, "Keep duplicate .ARM.exidx entries" },
	{ "thumb-entry", 0, A_REQ, D_EMUL, 0, O_THUMB_ENTRY, "=SYMBOL", "Entry point is the Thumb symbol SYMBOL" },
	{ "stub-group-size", 0, A_REQ, D_EMUL, 0, O_STUB_GROUP_SIZE, "=N", "Maximum size of a group of sections sharing stubs" },

	SECTION("klink extensions"),
	{ "dump-script", 0, A_REQ, D_TWO, 0, O_DUMP_SCRIPT, "FILE", "Parse linker script FILE, print it in canonical form, exit" },
	{ "dump-version-script", 0, A_REQ, D_TWO, 0, O_DUMP_VERSION_SCRIPT, "FILE", "Same for a version script" },
};

#define NOPTS (sizeof(optdefs) / sizeof(optdefs[0]))

/* -z keywords klink interprets or records, for --help (the rest: "ignored"). */
static const char *const z_help[][2] = {
	{ "execstack / noexecstack", "Stack executable or not (PT_GNU_STACK)" },
	{ "relro / norelro", "Create PT_GNU_RELRO or not" },
	{ "separate-code / noseparate-code", "Code in its own segments or not" },
	{ "max-page-size=SIZE", "Maximum page size (a power of 2)" },
	{ "common-page-size=SIZE", "Common page size (a power of 2)" },
	{ "stack-size=SIZE", "Size of PT_GNU_STACK" },
	{ "now / lazy", "Bind dynamic symbols at load time / on first call" },
	{ "text / notext / textoff", "Text relocations are errors / allowed" },
	{ "defs / undefs", "Undefined symbols are errors / allowed" },
	{ "muldefs", "Same as --allow-multiple-definition" },
	{ "combreloc / nocombreloc", "Merge and sort dynamic relocations or not" },
	{ "dynamic-undefined-weak / nodynamic-undefined-weak", "Undefined weak symbols dynamic or not" },
	{ "origin", "Set DF_ORIGIN" },
	{ "nocopyreloc nodelete nodlopen nodump nodefaultlib initfirst interpose global loadfltr", "Dynamic-section flags" },
	{ "common nocommon start-stop-gc nostart-stop-gc start-stop-visibility=V unique-symbol nounique-symbol", "Symbol handling" },
	{ "noreloc-overflow ibt ibtplt shstk pack-relative-relocs nopack-relative-relocs", "x86 specifics" },
};

/* Emulations klink supports, in -V order. */
static const struct { const char *name; enum target t; } emulations[] = {
	{ "elf_x86_64", TARGET_X86_64 },
	{ "elf_i386", TARGET_I386 },
	{ "armelf_linux_eabi", TARGET_ARM },
	{ "armelf", TARGET_ARM },
};

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

static void strlist_add(struct strlist *l, const char *s)
{
	l->v = xrealloc(l->v, (l->n + 2) * sizeof(*l->v));
	l->v[l->n++] = s;
	l->v[l->n] = NULL;	/* always NULL-terminated: usable as search_dirs */
}

static void add_input(struct options *o, enum input_kind kind, const char *name)
{
	struct input_item *it;

	o->inputs = xrealloc(o->inputs, (o->ninputs + 1) * sizeof(*o->inputs));
	it = &o->inputs[o->ninputs++];
	it->kind = kind;
	it->name = name;
	it->state = o->cur;
	if (kind == IN_FILE || kind == IN_LIB || kind == IN_JUST_SYMBOLS)
		o->nfiles++;
}

/* bfd_scan_vma(s, &end, 16) on a 64-bit host: strtoul base 16 ("0x" optional). */
static bool parse_hex(const char *s, uint64_t *out)
{
	char *end;

	errno = 0;
	*out = strtoull(s, &end, 16);
	return *end == '\0';
}

static bool parse_num0(const char *s, uint64_t *out)
{
	char *end;

	*out = strtoull(s, &end, 0);
	return *end == '\0';
}

static void set_segment_start(struct options *o, const char *section, const char *arg,
			      enum parse_status *st, struct ctx *ctx)
{
	uint64_t v;
	size_t i;

	if (!parse_hex(arg, &v)) {
		message(ctx, "invalid hex number `%s'", arg);
		*st = PARSE_ERROR;
		return;
	}
	for (i = 0; i < o->nsection_starts; i++)
		if (o->section_starts[i].segment && !strcmp(o->section_starts[i].segment, section + 1)) {
			o->section_starts[i].addr = v;
			return;
		}
	o->section_starts = xrealloc(o->section_starts,
				     (o->nsection_starts + 1) * sizeof(*o->section_starts));
	o->section_starts[o->nsection_starts++] = (struct section_start){
		.section = section, .segment = section + 1, .addr = v };
}

static void set_section_start(struct options *o, const char *arg, enum parse_status *st,
			      struct ctx *ctx)
{
	const char *eq = strchr(arg, '=');
	uint64_t v;

	if (!eq) {
		message(ctx, "invalid argument to option \"--section-start\"");
		*st = PARSE_ERROR;
		return;
	}
	if (eq == arg || eq[1] == '\0') {
		message(ctx, "missing argument(s) to option \"--section-start\"");
		*st = PARSE_ERROR;
		return;
	}
	if (!parse_hex(eq + 1, &v)) {
		message(ctx, "invalid hex number `%s'", eq + 1);
		*st = PARSE_ERROR;
		return;
	}
	o->section_starts = xrealloc(o->section_starts,
				     (o->nsection_starts + 1) * sizeof(*o->section_starts));
	o->section_starts[o->nsection_starts++] = (struct section_start){
		.section = xstrndup(arg, eq - arg), .segment = NULL, .addr = v };
}

bool options_segment_start(const struct options *o, const char *segment, uint64_t *out)
{
	size_t i;

	for (i = 0; i < o->nsection_starts; i++)
		if (o->section_starts[i].segment && !strcmp(o->section_starts[i].segment, segment)) {
			*out = o->section_starts[i].addr;
			return true;
		}
	return false;
}

/* ------------------------------------------------------------------ */
/* -z KEYWORD (GNU ld's ELF emulation)                                 */
/* ------------------------------------------------------------------ */

static const char *const z_recorded[] = {
	"nocopyreloc", "nodelete", "nodlopen", "nodump", "nodefaultlib", "initfirst",
	"interpose", "global", "loadfltr", "common", "nocommon", "start-stop-gc",
	"nostart-stop-gc", "unique-symbol", "nounique-symbol", "noreloc-overflow",
	"ibt", "ibtplt", "shstk", "pack-relative-relocs", "nopack-relative-relocs",
};

static void z_option(struct ctx *ctx, const char *kw, enum parse_status *st)
{
	static const struct { const char *name; size_t off; enum tristate v; } tri[] = {
#define T(n, f, v) { n, offsetof(struct z_options, f), v }
		T("execstack", execstack, TRI_YES), T("noexecstack", execstack, TRI_NO),
		T("relro", relro, TRI_YES), T("norelro", relro, TRI_NO),
		T("separate-code", separate_code, TRI_YES), T("noseparate-code", separate_code, TRI_NO),
		T("now", now, TRI_YES), T("lazy", now, TRI_NO),
		T("text", text, TRI_YES), T("notext", text, TRI_NO), T("textoff", text, TRI_NO),
		T("defs", defs, TRI_YES), T("undefs", defs, TRI_NO),
		T("combreloc", combreloc, TRI_YES), T("nocombreloc", combreloc, TRI_NO),
		T("dynamic-undefined-weak", dynamic_undefined_weak, TRI_YES),
		T("nodynamic-undefined-weak", dynamic_undefined_weak, TRI_NO),
#undef T
	};
	struct options *o = &ctx->opt;
	struct z_options *z = &o->z;
	uint64_t v;
	size_t i;

	for (i = 0; i < sizeof(tri) / sizeof(tri[0]); i++)
		if (!strcmp(kw, tri[i].name)) {
			*(enum tristate *)((char *)z + tri[i].off) = tri[i].v;
			goto known;
		}
	if (!strcmp(kw, "muldefs")) {
		z->muldefs = true;
		o->allow_multiple_definition = true;
	} else if (!strcmp(kw, "origin")) {
		z->origin = true;
	} else if (!strncmp(kw, "max-page-size=", 14)) {
		if (!parse_num0(kw + 14, &v) || (v & (v - 1)) != 0) {
			message(ctx, "invalid maximum page size `%s'", kw + 14);
			*st = PARSE_ERROR;
			return;
		}
		z->max_page_size = v;
		z->max_page_size_set = true;
	} else if (!strncmp(kw, "common-page-size=", 17)) {
		if (!parse_num0(kw + 17, &v) || (v & (v - 1)) != 0) {
			message(ctx, "invalid common page size `%s'", kw + 17);
			*st = PARSE_ERROR;
			return;
		}
		z->common_page_size = v;
		z->common_page_size_set = true;
	} else if (!strncmp(kw, "stack-size=", 11)) {
		if (!parse_num0(kw + 11, &v)) {
			message(ctx, "invalid stack size `%s'", kw + 11);
			*st = PARSE_ERROR;
			return;
		}
		z->stack_size = v;
		z->stack_size_set = true;
	} else if (!strncmp(kw, "start-stop-visibility=", 22)) {
		const char *vis = kw + 22;
		if (strcmp(vis, "default") && strcmp(vis, "internal") &&
		    strcmp(vis, "hidden") && strcmp(vis, "protected")) {
			message(ctx, "invalid visibility in `-z %s'; must be default, internal, hidden, or protected", kw);
			*st = PARSE_ERROR;
			return;
		}
	} else {
		for (i = 0; i < sizeof(z_recorded) / sizeof(z_recorded[0]); i++)
			if (!strcmp(kw, z_recorded[i]))
				goto known;
		warn(ctx, "-z %s ignored", kw);
		return;
	}
known:
	/* -z defs / -z undefs: like --no-undefined, the last one given wins */
	if (!strcmp(kw, "defs"))
		o->ignore_unresolved_in_objects = false;
	else if (!strcmp(kw, "undefs"))
		o->ignore_unresolved_in_objects = true;
	strlist_add(&o->z_keywords, kw);
}

/* ------------------------------------------------------------------ */
/* Targets                                                             */
/* ------------------------------------------------------------------ */

enum target target_from_emulation(const char *emul)
{
	size_t i;

	for (i = 0; i < sizeof(emulations) / sizeof(emulations[0]); i++)
		if (!strcmp(emul, emulations[i].name))
			return emulations[i].t;
	return TARGET_NONE;
}

enum target target_from_bfd_name(const char *name)
{
	static const struct { const char *name; enum target t; } names[] = {
		/* OUTPUT_FORMAT / --oformat */
		{ "elf64-x86-64", TARGET_X86_64 },
		{ "elf32-i386", TARGET_I386 },
		{ "elf32-littlearm", TARGET_ARM },
		/* OUTPUT_ARCH */
		{ "i386:x86-64", TARGET_X86_64 },
		{ "i386:x86-64:intel", TARGET_X86_64 },
		{ "i386", TARGET_I386 },
		{ "i386:intel", TARGET_I386 },
		{ "arm", TARGET_ARM },
	};
	size_t i;

	if (!name)
		return TARGET_NONE;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i].name))
			return names[i].t;
	/* OUTPUT_ARCH(armv7-a) and friends (BFD's arm architecture names) */
	if (!strncmp(name, "armv", 4) || !strncmp(name, "arm:", 4))
		return TARGET_ARM;
	return TARGET_NONE;
}

enum target target_from_elf(unsigned ei_class, unsigned ei_data, unsigned e_machine)
{
	/* ELFCLASS32 = 1, ELFCLASS64 = 2, ELFDATA2LSB = 1; EM_386 3, EM_ARM 40, EM_X86_64 62 */
	if (ei_class == 2 && ei_data == 1 && e_machine == 62)
		return TARGET_X86_64;
	if (ei_class == 1 && ei_data == 1 && e_machine == 3)
		return TARGET_I386;
	if (ei_class == 1 && ei_data == 1 && e_machine == 40)
		return TARGET_ARM;
	return TARGET_NONE;
}

const char *target_name(enum target t)
{
	switch (t) {
	case TARGET_X86_64: return "x86_64";
	case TARGET_I386: return "i386";
	case TARGET_ARM: return "arm";
	case TARGET_NONE: break;
	}
	return "none";
}

const char *target_emulation(enum target t)
{
	switch (t) {
	case TARGET_X86_64: return "elf_x86_64";
	case TARGET_I386: return "elf_i386";
	case TARGET_ARM: return "armelf_linux_eabi";
	case TARGET_NONE: break;
	}
	return NULL;
}

enum target decide_target(const struct options *o, struct script *const *scripts,
			  size_t nscripts, enum target first_input)
{
	enum target t = TARGET_NONE, arch = TARGET_NONE;
	bool have_format = false;
	size_t i;
	const struct stmt *s;

	if (o->emulation && o->emul_target != TARGET_NONE)
		return o->emul_target;
	if (o->oformat && (t = target_from_bfd_name(o->oformat)) != TARGET_NONE)
		return t;
	/* The first OUTPUT_FORMAT of the scripts wins (GNU ld's lang_add_output_format). */
	for (i = 0; i < nscripts; i++) {
		if (!scripts[i])
			continue;
		for (s = scripts[i]->stmts; s; s = s->next) {
			if (s->kind == ST_OUTPUT_FORMAT && !have_format) {
				const char *f = s->u.fmt.def;
				if (o->endian == ENDIAN_BIG && s->u.fmt.big)
					f = s->u.fmt.big;
				else if (o->endian == ENDIAN_LITTLE && s->u.fmt.little)
					f = s->u.fmt.little;
				have_format = true;
				t = target_from_bfd_name(f);
			} else if (s->kind == ST_OUTPUT_ARCH && arch == TARGET_NONE) {
				arch = target_from_bfd_name(s->u.name);
			}
		}
	}
	if (t != TARGET_NONE)
		return t;
	if (arch != TARGET_NONE)
		return arch;
	return first_input;
}

/* ------------------------------------------------------------------ */
/* --version, --help                                                   */
/* ------------------------------------------------------------------ */

void print_version(struct ctx *ctx, int level)
{
	size_t i;

	fprintf(ctx->out, "GNU ld (klink %s) %s\n", KLINK_VERSION, KLINK_LD_VERSION);
	if (level == 1) {
		fprintf(ctx->out, "  Supported emulations:\n");
		for (i = 0; i < sizeof(emulations) / sizeof(emulations[0]); i++)
			fprintf(ctx->out, "   %s\n", emulations[i].name);
	} else if (level == 2) {
		fprintf(ctx->out,
			"Copyright (C) 2025 the klink authors.\n"
			"klink is a linker compatible with GNU ld %s: it reports that version\n"
			"so that build systems use the GNU ld command line and script language.\n"
			"This program has absolutely no warranty.\n", KLINK_LD_VERSION);
	}
}

static void help_option(FILE *out, const struct optdef *d)
{
	char left[128];
	int n = 0;
	const char *arg = d->argname ? d->argname : "";
	const char *sep = (arg[0] == '=' || arg[0] == '[' || !arg[0]) ? "" : " ";

	if (d->sh) {
		n += snprintf(left + n, sizeof(left) - n, "-%c%s%s", d->sh,
			      arg[0] == '=' ? " " : sep, arg[0] == '=' ? arg + 1 : arg);
		if (d->name)
			n += snprintf(left + n, sizeof(left) - n, ", ");
	}
	if (d->name)
		snprintf(left + n, sizeof(left) - n, "%s%s%s%s",
			 d->dash == D_ONE ? "-" : "--", d->name, sep, arg);
	if (strlen(left) <= 28)
		fprintf(out, "  %-28s %s\n", left, d->help);
	else
		fprintf(out, "  %s\n  %-28s %s\n", left, "", d->help);
}

static void print_help_sections(struct ctx *ctx, bool target_only)
{
	FILE *out = ctx->out;
	bool in_target = false;
	size_t i, j;

	for (i = 0; i < NOPTS; i++) {
		const struct optdef *d = &optdefs[i];

		if (d->id == O_SECTION) {
			in_target = !strcmp(d->help, "ELF options") || !strcmp(d->help, "ARM options");
			if (!target_only || in_target)
				fprintf(out, "%s:\n", d->help);
			continue;
		}
		if ((d->flags & F_HIDDEN) || (target_only && !in_target))
			continue;
		help_option(out, d);
		if (d->id == O_Z)
			for (j = 0; j < sizeof(z_help) / sizeof(z_help[0]); j++)
				fprintf(out, "      -z %s\n  %-28s %s\n", z_help[j][0], "", z_help[j][1]);
	}
}

void print_help(struct ctx *ctx)
{
	fprintf(ctx->out, "Usage: %s [options] file...\n", ctx->prog);
	fprintf(ctx->out, "Options (a long option takes one dash or two, except those shown with\n"
		"two; its value follows '=' or comes as the next argument; @FILE reads\n"
		"options from FILE):\n");
	print_help_sections(ctx, false);
	fprintf(ctx->out, "%s: supported targets: elf64-x86-64 elf32-i386 elf32-littlearm\n", ctx->prog);
	fprintf(ctx->out, "%s: supported emulations: elf_x86_64 elf_i386 armelf_linux_eabi armelf\n", ctx->prog);
	fprintf(ctx->out, "Unknown -z keywords are ignored with a warning; unknown options are errors.\n");
}

/* ------------------------------------------------------------------ */
/* Response files                                                      */
/* ------------------------------------------------------------------ */

static char *read_file(const char *name, size_t *lenp)
{
	struct stat st;
	FILE *f;
	char *buf;
	size_t len = 0, cap = 4096, n;

	if (stat(name, &st) != 0 || S_ISDIR(st.st_mode))
		return NULL;
	f = fopen(name, "r");
	if (!f)
		return NULL;
	buf = xmalloc(cap);
	while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
		len += n;
		if (len == cap)
			buf = xrealloc(buf, cap *= 2);
	}
	fclose(f);
	buf[len] = '\0';	/* len < cap always */
	*lenp = len;
	return buf;
}

/* libiberty buildargv(): split TEXT into words. */
static void split_words(const char *text, char ***vp, int *np)
{
	const char *p = text;
	size_t cap = strlen(text) + 1;

	for (;;) {
		bool sq = false, dq = false, bs = false;
		char *word, *w;

		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
			p++;
		if (!*p)
			break;
		word = w = xmalloc(cap);
		for (; *p; p++) {
			if (bs) {
				bs = false;
				*w++ = *p;
			} else if (*p == '\\') {
				bs = true;
			} else if (sq) {
				if (*p == '\'')
					sq = false;
				else
					*w++ = *p;
			} else if (dq) {
				if (*p == '"')
					dq = false;
				else
					*w++ = *p;
			} else if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
				   *p == '\f' || *p == '\v') {
				break;
			} else if (*p == '\'') {
				sq = true;
			} else if (*p == '"') {
				dq = true;
			} else {
				*w++ = *p;
			}
		}
		*w = '\0';
		*vp = xrealloc(*vp, (*np + 2) * sizeof(**vp));
		(*vp)[(*np)++] = word;
	}
}

char **expand_response_files(int *argcp, char **argv)
{
	int argc = *argcp, n = 0, i, rounds = 0;
	char **v = xmalloc((argc + 1) * sizeof(*v));

	for (i = 0; i < argc; i++)
		v[n++] = argv[i];
	v[n] = NULL;
	/* Expand in place, as libiberty's expandargv does, so nested @files work. */
	for (i = 1; i < n; i++) {
		char **words = NULL, *text, **nv;
		int nwords = 0, j, k;
		size_t len;

		if (v[i][0] != '@' || ++rounds > 2000)
			continue;
		text = read_file(v[i] + 1, &len);
		if (!text)
			continue;	/* stays an input file name, as in GNU ld */
		split_words(text, &words, &nwords);
		nv = xmalloc((n - 1 + nwords + 1) * sizeof(*nv));
		for (k = 0, j = 0; j < i; j++)
			nv[k++] = v[j];
		for (j = 0; j < nwords; j++)
			nv[k++] = words[j];
		for (j = i + 1; j < n; j++)
			nv[k++] = v[j];
		nv[k] = NULL;
		v = nv;
		n = k;
		i--;		/* look at the first inserted word again */
	}
	*argcp = n;
	return v;
}

/* ------------------------------------------------------------------ */
/* Matching words to options (getopt_long_only's rules)                */
/* ------------------------------------------------------------------ */

/* Find the long option NAME[0..LEN); XTWO selects the two-dashes-only set. */
static const struct optdef *match_long(const char *name, size_t len, bool xtwo, bool *ambiguous)
{
	const struct optdef *found = NULL;
	size_t i;

	*ambiguous = false;
	for (i = 0; i < NOPTS; i++) {
		const struct optdef *d = &optdefs[i];
		if (!d->name || d->id == O_SECTION || (d->dash == D_XTWO) != xtwo)
			continue;
		if (strlen(d->name) == len && !strncmp(d->name, name, len))
			return d;	/* exact */
	}
	for (i = 0; i < NOPTS; i++) {
		const struct optdef *d = &optdefs[i];
		if (!d->name || d->id == O_SECTION || (d->dash == D_XTWO) != xtwo)
			continue;
		if (strncmp(d->name, name, len) != 0)
			continue;
		if (!found)
			found = d;
		else if (found->arg != d->arg || found->id != d->id)
			*ambiguous = true;	/* glibc: same meaning is not ambiguous */
	}
	return *ambiguous ? NULL : found;
}

static const struct optdef *match_short(char c)
{
	size_t i;

	for (i = 0; i < NOPTS; i++)
		if (optdefs[i].sh == c && optdefs[i].id != O_SECTION)
			return &optdefs[i];
	return NULL;
}

/* GNU ld's reply when getopt refuses WORD. */
static void refuse(struct ctx *ctx, const char *word)
{
	size_t i;

	for (i = 0; i < NOPTS; i++) {
		const struct optdef *d = &optdefs[i];
		if (d->arg == A_REQ && d->name && d->dash != D_EMUL && d->id != O_SECTION &&
		    strlen(word) >= d->dash && !strcmp(word + d->dash, d->name)) {
			message(ctx, "%s: missing argument", word);
			break;
		}
	}
	if (i == NOPTS)
		message(ctx, "unrecognized option '%s'", word);
	message(ctx, "use the --help option for usage information");
}

/* ------------------------------------------------------------------ */
/* Doing what an option says                                           */
/* ------------------------------------------------------------------ */

static enum parse_status do_option(struct ctx *ctx, const struct optdef *d, const char *val)
{
	struct options *o = &ctx->opt;
	enum parse_status st = PARSE_OK;
	uint64_t v;

	switch ((enum opt_id)d->id) {
	case O_SECTION:
	case O_IGNORE:
	case O_EMULATION:	/* taken by the pre-scan (last -m wins) */
		break;

	/* position dependent */
	case O_LIBRARY:
		add_input(o, IN_LIB, val);
		break;
	case O_LIBPATH:
		strlist_add(&o->lib_dirs, val);
		add_input(o, IN_LIB_DIR, val);
		break;
	case O_FORMAT:
		o->cur.format = val;
		add_input(o, IN_FORMAT, val);
		break;
	case O_JUST_SYMBOLS: {
		/* GNU ld: a directory means -rpath (Solaris's -R). */
		struct stat sb;
		if (stat(val, &sb) == 0 && S_ISDIR(sb.st_mode))
			strlist_add(&o->rpath, val);
		else
			add_input(o, IN_JUST_SYMBOLS, val);
		break;
	}
	case O_SCRIPT:
		strlist_add(&o->scripts, val);
		add_input(o, IN_SCRIPT, val);
		break;
	case O_WHOLE_ARCHIVE:
		o->cur.whole_archive = true;
		add_input(o, IN_WHOLE_ARCHIVE, NULL);
		break;
	case O_NO_WHOLE_ARCHIVE:
		o->cur.whole_archive = false;
		add_input(o, IN_NO_WHOLE_ARCHIVE, NULL);
		break;
	case O_START_GROUP:
		o->cur.group++;
		add_input(o, IN_START_GROUP, NULL);
		break;
	case O_END_GROUP:
		if (o->cur.group == 0) {
			message(ctx, "group ended before it began (--help for usage)");
			return PARSE_ERROR;
		}
		o->cur.group--;
		add_input(o, IN_END_GROUP, NULL);
		break;
	case O_AS_NEEDED:
		o->cur.as_needed = true;
		add_input(o, IN_AS_NEEDED, NULL);
		break;
	case O_NO_AS_NEEDED:
		o->cur.as_needed = false;
		add_input(o, IN_NO_AS_NEEDED, NULL);
		break;
	case O_BSTATIC:
		o->cur.static_only = true;
		add_input(o, IN_STATIC, NULL);
		break;
	case O_BDYNAMIC:
		o->cur.static_only = false;
		add_input(o, IN_DYNAMIC, NULL);
		break;
	case O_PUSH_STATE:
		o->state_stack = xrealloc(o->state_stack, (o->nstate_stack + 1) * sizeof(*o->state_stack));
		o->state_stack[o->nstate_stack++] = o->cur;
		add_input(o, IN_PUSH_STATE, NULL);
		break;
	case O_POP_STATE: {
		struct input_state s;
		if (o->nstate_stack == 0) {
			message(ctx, "no state pushed before popping");
			return PARSE_ERROR;
		}
		/* the flags come back; the group nesting and -b format do not */
		s = o->state_stack[--o->nstate_stack];
		o->cur.whole_archive = s.whole_archive;
		o->cur.as_needed = s.as_needed;
		o->cur.static_only = s.static_only;
		add_input(o, IN_POP_STATE, NULL);
		break;
	}
	case O_NOSTDLIB: o->nostdlib = true; break;
	case O_SYSROOT: o->sysroot = val; break;
	case O_Y: o->y_path = val; break;

	/* scripts and target */
	case O_DEFAULT_SCRIPT: o->default_script = val; break;
	case O_EL: o->endian = ENDIAN_LITTLE; break;
	case O_EB: o->endian = ENDIAN_BIG; break;
	case O_OFORMAT: o->oformat = val; break;
	case O_ARCHITECTURE: o->architecture = val; break;
	case O_DEFSYM: strlist_add(&o->defsyms, val); break;
	case O_VERSION_SCRIPT: strlist_add(&o->version_scripts, val); break;
	case O_DYNAMIC_LIST: strlist_add(&o->dynamic_lists, val); break;

	/* output */
	case O_OUTPUT: o->output = val; break;
	case O_RELOCATABLE:
		if (o->type == LINK_SHARED || o->type == LINK_PIE) {
			message(ctx, "-r and %s may not be used together",
				o->type == LINK_SHARED ? "-shared" : "-pie");
			return PARSE_ERROR;
		}
		o->type = LINK_RELOCATABLE;
		o->cur.static_only = true;
		break;
	case O_SHARED:
		if (o->type == LINK_RELOCATABLE) {
			message(ctx, "-r and %s may not be used together", "-shared");
			return PARSE_ERROR;
		}
		o->type = LINK_SHARED;
		break;
	case O_PIE:
		if (o->type == LINK_RELOCATABLE) {
			message(ctx, "-r and %s may not be used together", "-pie");
			return PARSE_ERROR;
		}
		o->type = LINK_PIE;
		break;
	case O_NO_PIE: o->type = LINK_EXEC; break;
	case O_ENTRY: o->entry = val; break;
	case O_UNDEFINED: strlist_add(&o->undefined, val); break;
	case O_REQUIRE_DEFINED: strlist_add(&o->require_defined, val); break;
	case O_TTEXT: set_segment_start(o, ".text", val, &st, ctx); break;
	case O_TDATA: set_segment_start(o, ".data", val, &st, ctx); break;
	case O_TBSS: set_segment_start(o, ".bss", val, &st, ctx); break;
	case O_TTEXT_SEGMENT: set_segment_start(o, ".text-segment", val, &st, ctx); break;
	case O_TRODATA_SEGMENT: set_segment_start(o, ".rodata-segment", val, &st, ctx); break;
	case O_TLDATA_SEGMENT: set_segment_start(o, ".ldata-segment", val, &st, ctx); break;
	case O_SECTION_START: set_section_start(o, val, &st, ctx); break;
	case O_OMAGIC:
		o->magic = MAGIC_OMAGIC;
		o->cur.static_only = true;
		break;
	case O_NMAGIC:
		o->magic = MAGIC_NMAGIC;
		o->cur.static_only = true;
		break;
	case O_NO_OMAGIC: o->magic = MAGIC_DEMAND_PAGED; break;
	case O_STRIP_ALL: o->strip = STRIP_ALL; break;
	case O_STRIP_DEBUG: o->strip = STRIP_DEBUG; break;
	case O_STRIP_DISCARDED: o->strip_discarded = true; break;
	case O_NO_STRIP_DISCARDED: o->strip_discarded = false; break;
	case O_DISCARD_ALL: o->discard = DISCARD_ALL; break;
	case O_DISCARD_LOCALS: o->discard = DISCARD_LOCALS; break;
	case O_DISCARD_NONE: o->discard = DISCARD_NONE; break;
	case O_EMIT_RELOCS: o->emit_relocs = true; break;
	case O_GC_SECTIONS: o->gc_sections = true; break;
	case O_NO_GC_SECTIONS: o->gc_sections = false; break;
	case O_PRINT_GC_SECTIONS: o->print_gc_sections = true; break;
	case O_NO_PRINT_GC_SECTIONS: o->print_gc_sections = false; break;
	case O_GC_KEEP_EXPORTED: o->gc_keep_exported = true; break;
	case O_ORPHAN_HANDLING:
		if (!strcmp(val, "place")) o->orphan_handling = ORPHAN_PLACE;
		else if (!strcmp(val, "warn")) o->orphan_handling = ORPHAN_WARN;
		else if (!strcmp(val, "error")) o->orphan_handling = ORPHAN_ERROR;
		else if (!strcmp(val, "discard")) o->orphan_handling = ORPHAN_DISCARD;
		else {
			message(ctx, "invalid argument to option \"--orphan-handling\"");
			return PARSE_ERROR;
		}
		break;
	case O_SORT_SECTION:
		if (!strcmp(val, "name")) o->sort_section = SORT_SECTION_NAME;
		else if (!strcmp(val, "alignment")) o->sort_section = SORT_SECTION_ALIGNMENT;
		else {
			message(ctx, "invalid section sorting option: %s", val);
			return PARSE_ERROR;
		}
		break;
	case O_SORT_COMMON:
		if (!val || !strcmp(val, "descending")) o->sort_common = SORT_COMMON_DESCENDING;
		else if (!strcmp(val, "ascending")) o->sort_common = SORT_COMMON_ASCENDING;
		else {
			message(ctx, "invalid common section sorting option: %s", val);
			return PARSE_ERROR;
		}
		break;
	case O_FORCE_COMMON: o->force_common_definition = true; break;
	case O_NO_DEFINE_COMMON: o->no_define_common = true; break;
	case O_FORCE_GROUP_ALLOCATION: o->force_group_allocation = true; break;
	case O_CHECK_SECTIONS: o->check_sections = true; break;
	case O_NO_CHECK_SECTIONS: o->check_sections = false; break;
	case O_RELAX: o->relax = TRI_YES; break;
	case O_NO_RELAX: o->relax = TRI_NO; break;
	case O_OPTIMIZE: o->optimize = (int)strtoul(val, NULL, 0); break;
	case O_GPSIZE:
		if (!parse_num0(val, &v)) {
			message(ctx, "invalid number `%s'", val);
			return PARSE_ERROR;
		}
		o->gpsize = (unsigned long)v;
		break;
	case O_TRADITIONAL_FORMAT: o->traditional_format = true; break;

	/* dynamic linking */
	case O_SONAME:
		if (val[0] == '\0' && o->soname && o->soname[0])
			message(ctx, "SONAME must not be empty string; keeping previous one");
		else
			o->soname = val;
		break;
	case O_DYNAMIC_LINKER:
		o->dynamic_linker = val;
		o->no_dynamic_linker = false;
		break;
	case O_NO_DYNAMIC_LINKER: o->no_dynamic_linker = true; break;
	case O_BSYMBOLIC: o->symbolic = SYMBOLIC_ALL; break;
	case O_BSYMBOLIC_FUNCTIONS: o->symbolic = SYMBOLIC_FUNCTIONS; break;
	case O_BNO_SYMBOLIC: o->symbolic = SYMBOLIC_NONE; break;
	case O_EXPORT_DYNAMIC: o->export_dynamic = true; break;
	case O_NO_EXPORT_DYNAMIC: o->export_dynamic = false; break;
	case O_EXPORT_DYNAMIC_SYMBOL: strlist_add(&o->export_dynamic_symbols, val); break;
	case O_EXPORT_DYNAMIC_SYMBOL_LIST: strlist_add(&o->export_dynamic_symbol_lists, val); break;
	case O_RPATH: strlist_add(&o->rpath, val); break;
	case O_RPATH_LINK: strlist_add(&o->rpath_link, val); break;
	case O_INIT: o->init = val; break;
	case O_FINI: o->fini = val; break;
	case O_COPY_DT_NEEDED: o->copy_dt_needed = true; break;
	case O_NO_COPY_DT_NEEDED: o->copy_dt_needed = false; break;
	case O_ALLOW_SHLIB_UNDEFINED: o->allow_shlib_undefined = TRI_YES; break;
	case O_NO_ALLOW_SHLIB_UNDEFINED: o->allow_shlib_undefined = TRI_NO; break;
	case O_NO_UNDEFINED_VERSION: o->no_undefined_version = true; break;
	case O_UNDEFINED_VERSION: o->no_undefined_version = false; break;

	/* diagnostics */
	case O_NO_UNDEFINED:
		o->no_undefined = true;
		o->ignore_unresolved_in_objects = false;
		break;
	case O_UNRESOLVED_SYMBOLS:
		if (!strcmp(val, "ignore-all")) o->unresolved = UNRESOLVED_IGNORE_ALL;
		else if (!strcmp(val, "report-all")) o->unresolved = UNRESOLVED_REPORT_ALL;
		else if (!strcmp(val, "ignore-in-object-files")) o->unresolved = UNRESOLVED_IGNORE_IN_OBJECTS;
		else if (!strcmp(val, "ignore-in-shared-libs")) o->unresolved = UNRESOLVED_IGNORE_IN_SHARED_LIBS;
		else {
			message(ctx, "bad --unresolved-symbols option: %s", val);
			return PARSE_ERROR;
		}
		o->ignore_unresolved_in_objects = o->unresolved == UNRESOLVED_IGNORE_ALL ||
						  o->unresolved == UNRESOLVED_IGNORE_IN_OBJECTS;
		break;
	case O_WARN_UNRESOLVED: o->warn_unresolved = true; break;
	case O_ERROR_UNRESOLVED: o->warn_unresolved = false; break;
	case O_IGNORE_UNRESOLVED: strlist_add(&o->ignore_unresolved, val); break;
	case O_ALLOW_MULTIPLE_DEFINITION: o->allow_multiple_definition = true; break;
	case O_NOINHIBIT_EXEC: o->noinhibit_exec = true; break;
	case O_FATAL_WARNINGS: o->fatal_warnings = true; break;
	case O_NO_FATAL_WARNINGS: o->fatal_warnings = false; break;
	case O_NO_WARNINGS: o->no_warnings = true; break;
	case O_WARN_COMMON: o->warn_common = true; break;
	case O_WARN_ONCE: o->warn_once = true; break;
	case O_WARN_SECTION_ALIGN: o->warn_section_align = true; break;
	case O_WARN_CONSTRUCTORS: o->warn_constructors = true; break;
	case O_WARN_TEXTREL: o->warn_textrel = true; break;
	case O_WARN_ALTERNATE_EM: o->warn_alternate_em = true; break;
	case O_WARN_RWX: o->warn_rwx_segments = TRI_YES; break;
	case O_NO_WARN_RWX: o->warn_rwx_segments = TRI_NO; break;
	case O_WARN_EXECSTACK: o->warn_execstack = TRI_YES; break;
	case O_NO_WARN_EXECSTACK: o->warn_execstack = TRI_NO; break;
	case O_NO_WARN_MISMATCH: o->no_warn_mismatch = true; break;
	case O_NO_WARN_SEARCH_MISMATCH: o->no_warn_search_mismatch = true; break;
	case O_DEMANGLE:
		if (val && strcmp(val, "auto") && strcmp(val, "gnu-v3") && strcmp(val, "none") &&
		    strcmp(val, "java") && strcmp(val, "gnat") && strcmp(val, "dlang") &&
		    strcmp(val, "rust")) {
			message(ctx, "unknown demangling style `%s'", val);
			return PARSE_ERROR;
		}
		o->demangle = true;
		break;
	case O_NO_DEMANGLE: o->demangle = false; break;
	case O_WRAP: strlist_add(&o->wrap, val); break;
	case O_TRACE_SYMBOL: strlist_add(&o->trace_symbols, val); break;

	/* reports */
	case O_MAP: o->map_file = val; break;
	case O_PRINT_MAP: o->map_file = "-"; break;
	case O_PRINT_MAP_DISCARDED: o->print_map_discarded = true; break;
	case O_NO_PRINT_MAP_DISCARDED: o->print_map_discarded = false; break;
	case O_PRINT_MAP_LOCALS: o->print_map_locals = true; break;
	case O_NO_PRINT_MAP_LOCALS: o->print_map_locals = false; break;
	case O_CREF: o->cref = true; break;
	case O_TRACE: o->trace++; break;
	case O_VERBOSE:
		/* GNU ld prints the version and emulations at once, then checks N */
		print_version(ctx, 1);
		o->version_printed = true;
		o->verbose = 1;
		if (val) {
			if (!parse_num0(val, &v)) {
				message(ctx, "invalid number `%s'", val);
				return PARSE_ERROR;
			}
			if (v > 1)
				o->verbose = (int)(v > 100 ? 100 : v);
		}
		break;
	case O_STATS: o->stats = true; break;
	case O_PRINT_MEMORY_USAGE: o->print_memory_usage = true; break;
	case O_NO_KEEP_MEMORY: o->no_keep_memory = true; break;
	case O_REDUCE_MEMORY_OVERHEADS: o->reduce_memory_overheads = true; break;
	case O_VERSION:
		print_version(ctx, 2);
		return PARSE_EXIT_OK;
	case O_VERSION_V:
		print_version(ctx, 1);
		o->version_printed = true;
		break;
	case O_VERSION_VV:	/* -v */
		print_version(ctx, 0);
		o->version_printed = true;
		break;
	case O_HELP:
		print_help(ctx);
		return PARSE_EXIT_OK;
	case O_TARGET_HELP:
		print_help_sections(ctx, true);
		return PARSE_EXIT_OK;
	case O_PRINT_SYSROOT:
		if (o->sysroot && o->sysroot[0])
			fprintf(ctx->out, "%s\n", o->sysroot);
		return PARSE_EXIT_OK;

	/* ELF */
	case O_Z: z_option(ctx, val, &st); break;
	case O_BUILD_ID:
		if (!val)
			o->build_id = "sha1";
		else if (!strcmp(val, "none"))
			o->build_id = NULL;
		else
			o->build_id = val;	/* checked when the note is made, as GNU ld does */
		break;
	case O_HASH_STYLE:
		if (!strcmp(val, "sysv")) o->hash_style = HASH_SYSV;
		else if (!strcmp(val, "gnu")) o->hash_style = HASH_GNU;
		else if (!strcmp(val, "both")) o->hash_style = HASH_BOTH;
		else {
			message(ctx, "invalid hash style `%s'", val);
			return PARSE_ERROR;
		}
		break;
	case O_EH_FRAME_HDR: o->eh_frame_hdr = true; break;
	case O_NO_EH_FRAME_HDR: o->eh_frame_hdr = false; break;
	case O_LD_UNWIND: o->ld_generated_unwind_info = TRI_YES; break;
	case O_NO_LD_UNWIND: o->ld_generated_unwind_info = TRI_NO; break;
	case O_ENABLE_NEW_DTAGS: o->new_dtags_set = true; o->new_dtags = true; break;
	case O_DISABLE_NEW_DTAGS: o->new_dtags_set = true; o->new_dtags = false; break;
	case O_EXCLUDE_LIBS: strlist_add(&o->exclude_libs, val); break;

	/* ARM */
	case O_PIC_VENEER: o->pic_veneer = true; break;
	case O_BE8: o->be8 = true; break;
	case O_TARGET1_REL: o->target1_rel = true; o->target1_set = true; break;
	case O_TARGET1_ABS: o->target1_rel = false; o->target1_set = true; break;
	case O_TARGET2: o->target2 = val; break;
	case O_FIX_V4BX: o->fix_v4bx = true; break;
	case O_FIX_V4BX_INTERWORKING: o->fix_v4bx_interworking = true; break;
	case O_USE_BLX: o->use_blx = true; break;
	case O_VFP11_DENORM_FIX:
		if (strcmp(val, "scalar") && strcmp(val, "vector") && strcmp(val, "none"))
			message(ctx, "unrecognized VFP11 fix type '%s'", val);
		else
			o->vfp11_denorm_fix = val;
		break;
	case O_NO_ENUM_SIZE_WARNING: o->no_enum_size_warning = true; break;
	case O_NO_WCHAR_SIZE_WARNING: o->no_wchar_size_warning = true; break;
	case O_FIX_CORTEX_A8: o->fix_cortex_a8 = TRI_YES; break;
	case O_NO_FIX_CORTEX_A8: o->fix_cortex_a8 = TRI_NO; break;
	case O_FIX_ARM1176: o->fix_arm1176 = TRI_YES; break;
	case O_NO_FIX_ARM1176: o->fix_arm1176 = TRI_NO; break;
	case O_LONG_PLT: o->long_plt = true; break;
	case O_NO_MERGE_EXIDX: o->no_merge_exidx_entries = true; break;
	case O_THUMB_ENTRY: o->thumb_entry = val; break;
	case O_STUB_GROUP_SIZE: {
		char *end;
		o->stub_group_size = strtol(val, &end, 0);
		if (*end) {
			message(ctx, "invalid number for stub-group-size '%s'", val);
			return PARSE_ERROR;
		}
		break;
	}

	/* klink */
	case O_DUMP_SCRIPT:
	case O_DUMP_VERSION_SCRIPT:
		o->dumps = xrealloc(o->dumps, (o->ndumps + 1) * sizeof(*o->dumps));
		o->dumps[o->ndumps++] = (struct dump_request){
			.file = val, .mode = d->id == O_DUMP_SCRIPT ? SM_SCRIPT : SM_VERSION };
		break;
	}
	return st;
}

/* ------------------------------------------------------------------ */
/* The parser                                                          */
/* ------------------------------------------------------------------ */

static void options_defaults(struct options *o)
{
	memset(o, 0, sizeof(*o));
	o->output = "a.out";
	o->strip_discarded = true;
	o->check_sections = true;
	o->demangle = true;
	o->print_map_discarded = true;
}

/*
 * GNU ld reads -m before everything else (ldmain.c get_emulation), so a bad
 * emulation is reported first and the last -m wins wherever it is.
 */
static enum parse_status scan_emulation(struct ctx *ctx, int argc, char **argv)
{
	struct options *o = &ctx->opt;
	size_t k;
	int i;

	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "-m", 2) != 0)
			continue;
		if (argv[i][2] == '\0') {
			if (i + 1 >= argc) {
				message(ctx, "missing argument to -m");
				return PARSE_ERROR;
			}
			o->emulation = argv[++i];
		} else {
			o->emulation = argv[i] + 2;
		}
	}
	if (!o->emulation)
		return PARSE_OK;
	o->emul_target = target_from_emulation(o->emulation);
	if (o->emul_target == TARGET_NONE) {
		message(ctx, "unrecognised emulation mode: %s", o->emulation);
		fprintf(ctx->err, "Supported emulations:");
		for (k = 0; k < sizeof(emulations) / sizeof(emulations[0]); k++)
			fprintf(ctx->err, " %s", emulations[k].name);
		fprintf(ctx->err, "\n");
		return PARSE_ERROR;
	}
	return PARSE_OK;
}

/* One word starting with a single dash that is not a long option: short options. */
static enum parse_status short_options(struct ctx *ctx, int argc, char **argv, int *ip)
{
	const char *word = argv[*ip];
	size_t p;

	for (p = 1; word[p]; ) {
		const struct optdef *d = match_short(word[p]);
		const char *val = NULL;
		enum parse_status st;

		if (!d) {
			refuse(ctx, word);
			return PARSE_ERROR;
		}
		if (d->arg == A_REQ) {
			if (word[p + 1])
				val = word + p + 1;
			else if (*ip + 1 < argc)
				val = argv[++*ip];
			else {
				refuse(ctx, word);
				return PARSE_ERROR;
			}
		}
		/* GNU ld 2.40 on "-non-start"-like words: a later letter is suspect */
		if (p > 1 && word[p] != word[1]) {
			if (val) {
				message(ctx, "Error: unable to disambiguate: %s (did you mean -%s ?)", word, word);
				return PARSE_ERROR;
			}
			message(ctx, "Warning: grouped short command line options are deprecated: %s", word);
		}
		st = do_option(ctx, d, val);
		if (st != PARSE_OK)
			return st;
		if (val)
			break;
		p++;
	}
	return PARSE_OK;
}

enum parse_status parse_args(struct ctx *ctx, int argc, char **argv)
{
	struct options *o = &ctx->opt;
	enum parse_status st;
	int i;

	options_defaults(o);
	argv = expand_response_files(&argc, argv);

	/* GNU ld: "-G" not followed by a number means -shared */
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-G") && (i + 1 >= argc || !(argv[i + 1][0] >= '0' && argv[i + 1][0] <= '9')))
			argv[i] = "--shared";

	st = scan_emulation(ctx, argc, argv);
	if (st != PARSE_OK)
		return st;

	for (i = 1; i < argc; i++) {
		const char *word = argv[i];
		const struct optdef *d = NULL;
		const char *name, *eq, *val = NULL;
		bool ambiguous = false;
		size_t len;

		if (word[0] != '-' || word[1] == '\0') {
			add_input(o, IN_FILE, word);
			continue;
		}
		if (!strcmp(word, "--"))
			break;		/* getopt stops here; GNU ld ignores the rest */
		if (word[1] == 'l' && word[2] != '\0') {
			/* GNU ld turns -lNAME into --library=NAME before getopt */
			st = do_option(ctx, match_short('l'), word + 2);
			if (st != PARSE_OK)
				return st;
			continue;
		}

		name = word + (word[1] == '-' ? 2 : 1);
		eq = strchr(name, '=');
		len = eq ? (size_t)(eq - name) : strlen(name);
		if (word[1] == '-') {
			d = match_long(name, len, false, &ambiguous);
			if (!d)
				d = match_long(name, len, true, &ambiguous);
		} else if (word[2] != '\0' || !match_short(word[1])) {
			d = match_long(name, len, false, &ambiguous);
			if (!d && !ambiguous && match_short(word[1])) {
				st = short_options(ctx, argc, argv, &i);
				if (st != PARSE_OK)
					return st;
				continue;
			}
		} else {
			st = short_options(ctx, argc, argv, &i);
			if (st != PARSE_OK)
				return st;
			continue;
		}
		if (!d) {
			refuse(ctx, word);
			return PARSE_ERROR;
		}
		if (eq) {
			if (d->arg == A_NO) {
				refuse(ctx, word);
				return PARSE_ERROR;
			}
			val = eq + 1;
		} else if (d->arg == A_REQ) {
			if (i + 1 >= argc) {
				refuse(ctx, word);
				return PARSE_ERROR;
			}
			val = argv[++i];
		}
		st = do_option(ctx, d, val);
		if (st != PARSE_OK)
			return st;
	}

	while (o->cur.group > 0) {
		message(ctx, "missing --end-group; added as last command line option");
		o->cur.group--;
		add_input(o, IN_END_GROUP, NULL);
	}
	return ctx->errors ? PARSE_ERROR : PARSE_OK;
}

void parse_options(struct ctx *ctx, int argc, char **argv)
{
	switch (parse_args(ctx, argc, argv)) {
	case PARSE_OK:
		return;
	case PARSE_EXIT_OK:
		fflush(ctx->out);
		exit(0);
	case PARSE_ERROR:
		break;
	}
	fflush(ctx->out);
	exit(1);
}

/* ------------------------------------------------------------------ */
/* load_scripts: the scripts the command line names                    */
/* ------------------------------------------------------------------ */

static size_t count_script_inputs(const struct script *s)
{
	const struct stmt *st;
	const struct input_file_ref *f;
	size_t n = 0;

	for (st = s->stmts; st; st = st->next) {
		if (st->kind == ST_INPUT || st->kind == ST_GROUP)
			for (f = st->u.files; f; f = f->next)
				n++;
		else if (st->kind == ST_STARTUP)
			n++;
	}
	return n;
}

void load_scripts(struct ctx *ctx)
{
	struct options *o = &ctx->opt;
	const char *const *dirs = o->lib_dirs.v;	/* NULL-terminated or NULL */
	size_t i;

	for (i = 0; i < o->scripts.n; i++) {
		struct script *s = script_parse_file(ctx->prog, o->scripts.v[i], SM_SCRIPT, dirs);
		if (!s) {
			ctx->errors++;	/* the parser printed the message */
			continue;
		}
		ctx->scripts = xrealloc(ctx->scripts, (ctx->nscripts + 1) * sizeof(*ctx->scripts));
		ctx->scripts[ctx->nscripts++] = s;
		ctx->script_inputs += count_script_inputs(s);
	}
	if (o->default_script) {
		ctx->default_script = script_parse_file(ctx->prog, o->default_script, SM_SCRIPT, dirs);
		if (!ctx->default_script)
			ctx->errors++;
		else
			ctx->script_inputs += count_script_inputs(ctx->default_script);
	}
	for (i = 0; i < o->version_scripts.n; i++) {
		struct script *s = script_parse_file(ctx->prog, o->version_scripts.v[i], SM_VERSION, dirs);
		if (!s) {
			ctx->errors++;
			continue;
		}
		ctx->version_scripts = xrealloc(ctx->version_scripts,
						(ctx->nversion_scripts + 1) * sizeof(*ctx->version_scripts));
		ctx->version_scripts[ctx->nversion_scripts++] = s;
	}
	for (i = 0; i < o->defsyms.n; i++) {
		struct stmt *s = script_parse_defsym(ctx->prog, o->defsyms.v[i]);
		if (!s) {
			ctx->errors++;
			continue;
		}
		s->next = NULL;
		ctx->defsyms = stmt_append(ctx->defsyms, s);
	}
}
