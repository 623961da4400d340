/*
 * klink.h - the one internal header of the linker, sectioned per .c file.
 *
 * Every pass takes a `struct ctx *`; there is no mutable global state.
 * script-parser/script.h is the only header included from the front end.
 */
#ifndef KLINK_H
#define KLINK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "script.h"

struct ctx;

#define KLINK_VERSION "0.1"
#define KLINK_LD_VERSION "2.40"	/* the GNU ld version klink reports */

/* ------------------------------------------------------------------ */
// options.c: the GNU ld command line -> struct options
/* ------------------------------------------------------------------ */

/* Targets klink links for. */
enum target {
	TARGET_NONE = 0,	/* not decided (yet)           */
	TARGET_X86_64,
	TARGET_I386,
	TARGET_ARM,		/* 32-bit little-endian ARM EABI */
};

enum link_type {
	LINK_EXEC = 0,		/* position-dependent executable (default) */
	LINK_PIE,		/* -pie                                    */
	LINK_SHARED,		/* -shared                                 */
	LINK_RELOCATABLE,	/* -r                                      */
};

enum endian { ENDIAN_DEFAULT = 0, ENDIAN_LITTLE, ENDIAN_BIG };
enum strip_mode { STRIP_NONE = 0, STRIP_DEBUG, STRIP_ALL };
enum discard_mode { DISCARD_DEFAULT = 0, DISCARD_NONE, DISCARD_LOCALS, DISCARD_ALL };
enum orphan_mode { ORPHAN_PLACE = 0, ORPHAN_WARN, ORPHAN_ERROR, ORPHAN_DISCARD };
enum sort_section_mode { SORT_SECTION_NONE = 0, SORT_SECTION_NAME, SORT_SECTION_ALIGNMENT };
enum sort_common_mode { SORT_COMMON_NONE = 0, SORT_COMMON_DESCENDING, SORT_COMMON_ASCENDING };
enum hash_style { HASH_DEFAULT = 0, HASH_SYSV, HASH_GNU, HASH_BOTH };
enum symbolic_mode { SYMBOLIC_NONE = 0, SYMBOLIC_ALL, SYMBOLIC_FUNCTIONS };
enum magic_mode { MAGIC_DEMAND_PAGED = 0, MAGIC_NMAGIC /* -n */, MAGIC_OMAGIC /* -N */ };
enum unresolved_mode {		/* --unresolved-symbols= */
	UNRESOLVED_DEFAULT = 0, UNRESOLVED_IGNORE_ALL, UNRESOLVED_REPORT_ALL,
	UNRESOLVED_IGNORE_IN_OBJECTS, UNRESOLVED_IGNORE_IN_SHARED_LIBS,
};
/* Tri-state for options that have a target/script dependent default. */
enum tristate { TRI_DEFAULT = 0, TRI_YES, TRI_NO };

/* Input handling state in effect for a file (changed by position-dependent options). */
struct input_state {
	bool whole_archive;	/* --whole-archive                        */
	bool as_needed;		/* --as-needed                            */
	bool static_only;	/* -Bstatic / -static / -dn (vs -Bdynamic) */
	const char *format;	/* -b / --format, NULL = default          */
	int group;		/* >0 inside --start-group ... --end-group */
};

/*
 * The ordered list of inputs and position-dependent options, exactly in
 * command-line order (GNU ld's semantics depend on it).
 */
enum input_kind {
	IN_FILE,		/* a file name (object, archive, script, binary) */
	IN_LIB,			/* -lNAME (name = "NAME") or -l:FILE (name = ":FILE") */
	IN_JUST_SYMBOLS,	/* -R FILE / --just-symbols=FILE                 */
	IN_SCRIPT,		/* -T FILE: its INPUT/GROUP go here               */
	IN_LIB_DIR,		/* -L DIR (applies to every -l; kept for order)   */
	IN_WHOLE_ARCHIVE, IN_NO_WHOLE_ARCHIVE,
	IN_START_GROUP, IN_END_GROUP,
	IN_AS_NEEDED, IN_NO_AS_NEEDED,
	IN_STATIC,		/* -Bstatic -static -dn -non_shared               */
	IN_DYNAMIC,		/* -Bdynamic -dy -call_shared                     */
	IN_FORMAT,		/* -b FMT / --format=FMT (name = FMT)             */
	IN_PUSH_STATE, IN_POP_STATE,
};

struct input_item {
	enum input_kind kind;
	const char *name;	/* file, library, directory, format; NULL for flags */
	struct input_state state; /* state in effect at this point (after this item) */
};

/* -Ttext=ADDR etc. and --section-start=SEC=ADDR. */
struct section_start {
	const char *section;	/* ".text", ".data", ".bss", or the named section       */
	const char *segment;	/* "text", "text-segment", ... for SEGMENT_START; NULL for --section-start */
	uint64_t addr;
};

/* A string list in command-line order. */
struct strlist {
	const char **v;
	size_t n;
};

/* -z keywords klink interprets (the raw list is kept in options.z_keywords). */
struct z_options {
	enum tristate execstack;	/* execstack / noexecstack          */
	enum tristate relro;		/* relro / norelro                  */
	enum tristate separate_code;	/* separate-code / noseparate-code  */
	enum tristate now;		/* now / lazy                       */
	enum tristate text;		/* text / notext / textoff          */
	enum tristate defs;		/* defs / undefs                    */
	enum tristate combreloc;	/* combreloc / nocombreloc          */
	enum tristate dynamic_undefined_weak;
	bool muldefs;			/* also --allow-multiple-definition */
	bool origin;
	uint64_t max_page_size;		/* 0 = target default               */
	uint64_t common_page_size;	/* 0 = target default               */
	uint64_t stack_size;		/* 0 = not given                    */
	bool max_page_size_set, common_page_size_set, stack_size_set;
};

/* What a script dump request asks for (klink's --dump-script extension). */
struct dump_request {
	const char *file;
	enum script_mode mode;		/* SM_SCRIPT or SM_VERSION */
};

struct options {
	/* target */
	const char *emulation;		/* last -m (NULL if none)             */
	enum target emul_target;	/* target of that emulation           */
	enum endian endian;		/* -EL / -EB                          */
	const char *oformat;		/* --oformat                          */
	const char *architecture;	/* -A                                 */

	/* inputs in order, and search */
	struct input_item *inputs;
	size_t ninputs;
	size_t nfiles;			/* IN_FILE + IN_LIB + IN_JUST_SYMBOLS items */
	struct strlist lib_dirs;	/* -L, in order                       */
	bool nostdlib;
	const char *sysroot;
	struct strlist rpath, rpath_link;
	const char *y_path;		/* -Y                                 */

	/* scripts */
	struct strlist scripts;		/* -T / --script, in order            */
	const char *default_script;	/* --dT / --default-script            */
	struct strlist version_scripts;	/* --version-script                   */
	struct strlist dynamic_lists;	/* --dynamic-list                     */
	struct strlist defsyms;		/* --defsym SYM=EXPR, in order        */

	/* output */
	const char *output;		/* -o (default "a.out")               */
	enum link_type type;
	enum magic_mode magic;
	const char *entry;		/* -e                                 */
	struct strlist undefined;	/* -u                                 */
	struct strlist require_defined;	/* --require-defined                  */
	struct strlist wrap;		/* --wrap                             */
	struct strlist trace_symbols;	/* -y                                 */
	struct strlist ignore_unresolved; /* --ignore-unresolved-symbol       */
	struct strlist export_dynamic_symbols;	/* --export-dynamic-symbol    */
	struct strlist export_dynamic_symbol_lists;
	struct strlist exclude_libs;	/* --exclude-libs                     */
	struct strlist z_keywords;	/* every -z keyword as given          */
	struct z_options z;
	struct section_start *section_starts;
	size_t nsection_starts;
	const char *soname;		/* -soname / -h                       */
	const char *dynamic_linker;	/* -dynamic-linker / -I               */
	bool no_dynamic_linker;
	const char *init, *fini;	/* -init / -fini                      */
	const char *build_id;		/* --build-id[=STYLE]: STYLE, "sha1" if bare, NULL if none */
	enum hash_style hash_style;
	enum symbolic_mode symbolic;
	bool eh_frame_hdr;
	bool export_dynamic;		/* -E                                 */
	bool emit_relocs;		/* -q                                 */
	enum strip_mode strip;
	enum discard_mode discard;
	bool strip_discarded;		/* default true                       */
	bool gc_sections, print_gc_sections, gc_keep_exported;
	enum orphan_mode orphan_handling;
	enum sort_section_mode sort_section;
	enum sort_common_mode sort_common;
	bool force_common_definition;	/* -d -dc -dp                         */
	bool no_define_common;
	bool force_group_allocation;
	bool check_sections;		/* default true                       */
	enum tristate relax;		/* --relax / --no-relax               */
	int optimize;			/* -O                                 */
	unsigned long gpsize;		/* -G                                 */
	bool new_dtags_set, new_dtags;	/* --enable/--disable-new-dtags       */
	bool copy_dt_needed;
	bool traditional_format;
	enum tristate ld_generated_unwind_info;

	/* diagnostics */
	bool no_undefined;
	enum unresolved_mode unresolved;
	bool warn_unresolved;		/* --warn-unresolved-symbols          */
	enum tristate allow_shlib_undefined;
	bool allow_multiple_definition;
	bool noinhibit_exec;
	bool fatal_warnings;
	bool no_warnings;		/* -w                                 */
	bool warn_common, warn_once, warn_section_align, warn_constructors;
	bool warn_textrel, warn_alternate_em;
	enum tristate warn_rwx_segments, warn_execstack;
	bool no_warn_mismatch, no_warn_search_mismatch;
	bool no_undefined_version;
	bool demangle;			/* default true                       */

	/* reports */
	const char *map_file;		/* -Map FILE, "-" for -M              */
	bool cref;
	int trace;			/* -t count                           */
	int verbose;			/* --verbose[=N]: 0 none, 1 or N      */
	bool stats;
	bool print_memory_usage;
	bool print_map_discarded;	/* default true                       */
	bool print_map_locals;
	bool no_keep_memory, reduce_memory_overheads;

	/* ARM */
	bool pic_veneer, be8, use_blx, fix_v4bx, fix_v4bx_interworking;
	enum tristate fix_cortex_a8, fix_arm1176;
	bool target1_rel;		/* --target1-rel (else abs)           */
	bool target1_set;
	const char *target2;		/* --target2=TYPE                     */
	bool no_enum_size_warning, no_wchar_size_warning;
	bool long_plt, no_merge_exidx_entries;
	const char *thumb_entry;
	const char *vfp11_denorm_fix;
	long stub_group_size;

	/* what was asked besides a link */
	bool version_printed;		/* -v / -V / --verbose printed something */
	struct dump_request *dumps;	/* --dump-script / --dump-version-script */
	size_t ndumps;

	/* internal: current input state and the --push-state stack */
	struct input_state cur;
	struct input_state *state_stack;
	size_t nstate_stack;
};

/* parse_args() results */
enum parse_status {
	PARSE_OK = 0,		/* go on                                      */
	PARSE_EXIT_OK,		/* --help / --version printed: exit 0          */
	PARSE_ERROR,		/* message printed: exit 1                     */
};

/*
 * Parse ARGV (response files expanded) into ctx->opt.  Messages go to
 * ctx->err, version/help text to ctx->out.  Never exits: the caller decides.
 */
enum parse_status parse_args(struct ctx *ctx, int argc, char **argv);

/* parse_args(), then exit(0) or exit(1) as GNU ld would. */
void parse_options(struct ctx *ctx, int argc, char **argv);

/*
 * Expand @FILE arguments (GNU/libiberty rules: whitespace separates, '...'
 * and "..." quote, backslash escapes the next character, nested @files are
 * expanded; an @FILE that cannot be read stays as it is).  Returns a new
 * NULL-terminated argv and its count in *ARGCP.
 */
char **expand_response_files(int *argcp, char **argv);

/* Emulation name -> target; TARGET_NONE if klink does not support it. */
enum target target_from_emulation(const char *emul);
/* BFD target (OUTPUT_FORMAT, --oformat) or architecture (OUTPUT_ARCH) name -> target. */
enum target target_from_bfd_name(const char *name);
/* ELF header fields of an input -> target (TARGET_NONE if unsupported). */
enum target target_from_elf(unsigned ei_class, unsigned ei_data, unsigned e_machine);
const char *target_name(enum target t);		/* "x86_64", "i386", "arm" */
const char *target_emulation(enum target t);	/* "elf_x86_64", ...        */

/*
 * Decide the target the way a multi-target GNU ld does: the last -m wins;
 * else --oformat; else the scripts' OUTPUT_FORMAT (the variant chosen by
 * -EB/-EL when it has three), then OUTPUT_ARCH; else the first ELF input
 * (FIRST_INPUT, TARGET_NONE if not known yet).  Returns TARGET_NONE when
 * nothing decides.
 */
enum target decide_target(const struct options *o, struct script *const *scripts,
			  size_t nscripts, enum target first_input);

/* SEGMENT_START(name, ...) value from -Ttext/-Tdata/-Tbss/-T*-segment. */
bool options_segment_start(const struct options *o, const char *segment, uint64_t *out);

void print_version(struct ctx *ctx, int level);	/* 0: -v, 1: -V, 2: --version */
void print_help(struct ctx *ctx);

/* ------------------------------------------------------------------ */
// diag.c: GNU ld style diagnostics (program name is argv[0] as invoked)
/* ------------------------------------------------------------------ */

#define KLINK_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* "PROG: MSG\n", counted as an error. */
void error(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "PROG: warning: MSG\n"; an error too under --fatal-warnings. */
void warn(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "PROG: MSG\n", not counted (GNU ld's plain %P messages). */
void message(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "PROG: MSG\n", then exit(1). */
__attribute__((noreturn)) void fatal(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* exit(1) if any error was counted. */
void checkpoint(struct ctx *ctx);

/* ------------------------------------------------------------------ */
// main.c: the pipeline
/* ------------------------------------------------------------------ */

struct ctx {
	const char *prog;		/* argv[0] as invoked, for messages */
	FILE *out;			/* stdout (tests may redirect)       */
	FILE *err;			/* stderr (tests may redirect)       */
	int errors;			/* counted by error(), checked by checkpoint() */
	int warnings;
	struct options opt;

	/* load_scripts */
	struct script **scripts;	/* -T files in order                 */
	size_t nscripts;
	struct script *default_script;	/* --dT file, or NULL                */
	struct script **version_scripts;
	size_t nversion_scripts;
	struct stmt *defsyms;		/* --defsym assignments in order     */
	size_t script_inputs;		/* INPUT/GROUP/STARTUP files named by scripts */

	enum target target;		/* decided target (TARGET_NONE until known) */
};

/* diag.c: an empty ctx printing to stdout/stderr under the name PROG. */
void ctx_init(struct ctx *ctx, const char *prog);

/* The passes, in order (DESIGN.md).  Only the first two exist yet. */
void load_scripts(struct ctx *ctx);	/* options.c: -T, --dT, --version-script, --defsym */
/* Issue 3: */
void read_inputs(struct ctx *ctx);
void resolve_symbols(struct ctx *ctx);
void map_sections(struct ctx *ctx);
void assign_addresses(struct ctx *ctx);
void write_output(struct ctx *ctx);

#endif /* KLINK_H */
