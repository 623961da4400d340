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

#include <gelf.h>

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
	const char *resolved;	/* IN_LIB: the file found (input.c) */
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
	bool ignore_unresolved_in_objects; /* the last of --unresolved-symbols=, --no-undefined, -z defs/undefs */
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
// The link's data (input.c, symtab.c, layout.c, assign.c, output.c)
/* ------------------------------------------------------------------ */

struct input_file;
struct input_section;
struct osec;
struct symbol;
struct arch;

/* A growable array of pointers. */
struct ptrvec {
	void **v;
	size_t n, cap;
};
void vec_push(struct ptrvec *v, void *p);

/* Relocation as read from an input file (REL addends are read later by the arch). */
struct reloc {
	uint64_t offset;	/* in the input section */
	uint32_t type;
	uint32_t sym;		/* index into the file's symbol table */
	int64_t addend;		/* RELA addend (0 for REL) */
	uint32_t relaxed;	/* GOT load relaxed to a direct reference: an RX_* */
	uint32_t relaxed_type;	/* the type it became (for --emit-relocs) */
	bool relaxed_jmp;	/* jmp *GOT -> jmp: the field moved back a byte */
	uint8_t tls_form;	/* RX_TLS_*: which instruction form was found */
};

struct input_section {
	struct input_file *file;
	const char *name;
	unsigned index;			/* section header index in its file */
	uint32_t type;			/* SHT_* */
	uint64_t flags;			/* SHF_* */
	uint64_t size;
	uint64_t align;
	uint64_t entsize;
	uint32_t info, link;
	const uint8_t *data;		/* contents in the mapped file (NULL for NOBITS) */
	uint8_t *buf;			/* contents when klink made or changed them */
	struct reloc *relocs;		/* relocations applying to this section */
	size_t nrelocs;
	const struct input_section *relsec; /* the SHT_REL/RELA section they came from */
	struct merge_map *merge;	/* SHF_MERGE: where the original entries went (merge.c) */
	bool merge_excluded;		/* merged away entirely: not laid out */

	/* layout */
	struct osec *out;	/* NULL: not placed (yet) */
	uint64_t offset;		/* offset within out */
	const struct stmt *rule;	/* input-section statement that placed it (NULL: orphan) */
	bool discarded;			/* /DISCARD/, dropped group member, --gc-sections */
	bool stack_note;		/* .note.GNU-stack: only orphan messages, never placed */
	bool phantom;			/* layout.c: a stand-in for a section BFD makes (no bytes) */
	bool keep;			/* KEEP() */
	bool group_dropped;		/* member of a COMDAT group already seen */
	bool gc_mark;			/* --gc-sections: reached from a root */
	struct input_section *group_next; /* next member of its section group (a ring), or NULL */
	struct section_group *group;	/* the SHT_GROUP it belongs to, or NULL */
	struct osec *map_out;		/* map.c: the output section of a phantom/stack note */
	bool map_discarded;		/* map.c: a stack note /DISCARD/ took */
	struct input_section *exidx;	/* ARM: the .ARM.exidx describing this code (armexidx.c) */
};

/* An SHT_GROUP section of an input file (not placed itself). */
struct section_group {
	const char *name;		/* ".group" */
	const char *signature;
	unsigned shndx;			/* its index in the file */
	struct input_section *first;	/* its first member (kept or dropped with the group) */
};

enum file_kind { FK_OBJECT, FK_ARCHIVE_MEMBER, FK_BINARY, FK_INTERNAL };

struct input_file {
	enum file_kind kind;
	const char *path;		/* as opened                          */
	const char *display;		/* for messages: "a.o", "lib.a(m.o)"  */
	const char *archive;		/* archive path for members           */
	const char *member;		/* member name                        */
	int order;			/* position in the link (load order)  */
	bool is64;
	unsigned machine;		/* e_machine                          */
	uint32_t eflags;
	uint8_t ei_data;		/* ELFDATA2LSB / MSB */
	const uint8_t *image;		/* the mapped file (or member)        */
	size_t size;

	struct input_section **sections;	/* by index; NULL for unplaced kinds */
	size_t nsections;
	const char *shstrtab;

	/* symbols: locals first, then globals (ELF order) */
	struct symbol **syms;		/* by symbol index; [0] NULL           */
	size_t nsyms;
	size_t first_global;
	struct symbol *locals;		/* storage for the local symbols       */
	size_t nlocals;
	const char *strtab;
	size_t strtab_size;
	struct gdef { struct input_section *sec; uint64_t value; uint8_t type; const char *name; } *gdefs;
					/* by symbol index: the file's own definitions of its globals */
	bool noexecstack_note;		/* had .note.GNU-stack without SHF_EXECINSTR */
	bool execstack_note;		/* had .note.GNU-stack with SHF_EXECINSTR */
	bool has_stack_note;
	const struct input_file *pulled_by;	/* archive member: the file whose reference pulled it */
	const char *pulled_sym;		/* ... and the symbol (map.c) */
	bool local_order_seen;		/* output.c: placed in the order of its locals */
};

enum sym_kind {
	SK_UNDEF = 0,		/* referenced, not defined          */
	SK_DEFINED,		/* in an input section (sec, value) */
	SK_ABS,			/* SHN_ABS in an object             */
	SK_COMMON,		/* common: value = size, align      */
	SK_SCRIPT,		/* assigned by the script/--defsym (osec, value) */
};

struct symbol {
	const char *name;
	enum sym_kind kind;
	uint8_t bind;			/* STB_*       */
	uint8_t type;			/* STT_*       */
	uint8_t visibility;		/* STV_*       */
	uint8_t other;			/* raw st_other */
	uint64_t value;			/* offset in sec / absolute / common size */
	uint64_t size;
	uint64_t common_align;
	struct input_file *file;	/* defining (or first referencing) file */
	struct input_section *sec;	/* defining input section (SK_DEFINED) */
	struct osec *osec;	/* SK_SCRIPT: relative to this output section, or NULL = absolute */
	struct osec *final_osec;	/* SK_SCRIPT absolute from a top-level `.`: its section at the end */
	const struct stmt *script_stmt;	/* SK_SCRIPT: the assignment (for --why and messages) */
	unsigned shndx;			/* raw st_shndx from the input */
	bool local;			/* a local symbol of its file */
	bool referenced;		/* some input refers to it */
	bool linker_ref;		/* -u, -e, EXTERN or the ENTRY of a script refer to it */
	bool undef_reported;		/* an undefined reference to it was reported (--warn-once) */
	bool ref_regular;		/* referenced by a relocation */
	bool provide;			/* defined by PROVIDE (only if referenced) */
	bool provide_pending;		/* PROVIDE not (yet) taking effect */
	bool hidden_by_script;		/* PROVIDE_HIDDEN / HIDDEN: output as a local */
	bool weak_undef_seen;
	bool is_section_sym;		/* STT_SECTION local */
	bool defined_in_script_pass;	/* given a value during assignment */
	bool merged;			/* value already mapped by merge.c */
	uint8_t script_type;		/* SK_SCRIPT: STT_* copied from the one symbol its expression read */
	const char *warning;		/* from a .gnu.warning.SYM section: said once, at a reference */
	bool tls_module_base;		/* _TLS_MODULE_BASE_ made by linkersyms.c */
	bool script_assigned;		/* a script or --defsym assigns it (known before the layout) */
	uint32_t bfd_seq;		/* 1 + when GNU ld would enter it in its hash table (0: never) */
	struct symbol *bfd_next;	/* chain in the emulated BFD hash table */
	bool dynamic_export;
	bool needs_got;			/* has a slot in .got */
	uint32_t out_index;		/* index in the output .symtab */
	uint64_t got_offset;		/* offset of its slot in .got */
	struct input_section *start_stop_sec; /* __start_SEC/__stop_SEC: an input section named SEC */
	/* STT_GNU_IFUNC in a static link (reloc.c) */
	uint32_t plt_index1;		/* 1 + its .iplt entry (0: none) */
	bool ifunc_plt_ref;		/* called, or its address taken other than from writable data */
	bool ifunc_got_ref;		/* loaded through the GOT */
	bool ifunc_ptr_eq;		/* pointer equality needed: a .got slot holds the PLT entry */
};

/* A string-keyed hash map (symtab.c). */
struct strmap {
	const char **keys;
	void **vals;
	size_t cap, n;
};
void *strmap_get(const struct strmap *m, const char *key);
/* Insert KEY -> VAL unless present; returns the value now stored. */
void *strmap_put(struct strmap *m, const char *key, void *val);

/* The global symbol table (symtab.c). */
struct symtab {
	struct strmap map;
	uint32_t created;		/* entries GNU ld would have created so far */
	struct ptrvec order;		/* globals in creation order (deterministic output) */
};

struct symbol *sym_lookup(struct ctx *ctx, const char *name);
struct symbol *sym_intern(struct ctx *ctx, const char *name);	/* creates an undefined one */
/* Enter a global symbol of F (ELF symbol GS) into the table, GNU ld's resolution rules. */
struct symbol *sym_add_global(struct ctx *ctx, struct input_file *f, const char *name,
			      const GElf_Sym *gs);
/* Record that GNU ld would create the hash entry of S now (first time counts). */
void sym_note_created(struct ctx *ctx, struct symbol *s);
/*
 * The global symbols in the order GNU ld's BFD hash table traversal visits
 * them (it decides the order of globals in .symtab): the table is emulated
 * from the order entries were created.
 */
void symtab_bfd_order(struct ctx *ctx, struct ptrvec *out);
/* COMDAT: true the first time SIG is seen. */
bool group_signature_new(struct ctx *ctx, const char *sig);
/* "FILE: in function `F':\n(SEC+0xOFF)" or "FILE:(SEC+0xOFF)" for messages (malloc'd). */
char *describe_place(struct input_section *sec, uint64_t offset);

/* What an output section holds, in script order. */
enum item_kind {
	IT_INPUT,		/* sections placed by one input-section statement */
	IT_ASSIGN,		/* a symbol or '.' assignment */
	IT_DATA,		/* BYTE/SHORT/LONG/QUAD/SQUAD */
	IT_FILL,		/* FILL(exp) */
	IT_ASSERT,
	IT_OTHER,		/* CONSTRUCTORS, CREATE_OBJECT_SYMBOLS, ENTRY: no layout effect */
};

struct osec_item {
	enum item_kind kind;
	const struct stmt *stmt;
	struct ptrvec secs;		/* IT_INPUT: struct input_section * in placement order */
	uint64_t offset;		/* IT_DATA: where it went; IT_ASSIGN to '.': where '.' went */
	bool moves_dot;			/* IT_ASSIGN: assigned '.' (a gap up to offset is padded alone) */
	uint64_t data_value;		/* IT_DATA: evaluated value */
};

struct osec {
	const char *name;
	const struct stmt *stmt;	/* ST_OUTSECT (NULL for orphans and synthetic ones) */
	const struct overlay *overlay;	/* set when part of an OVERLAY */
	int order;			/* creation order */
	uint32_t type;			/* SHT_* */
	uint64_t flags;			/* SHF_* */
	uint64_t vma, lma, size, align;
	uint64_t entsize;
	uint64_t offset;		/* file offset */
	uint32_t link, info;
	struct ptrvec items;		/* struct osec_item * */
	bool has_contents;		/* some input section or data */
	bool has_assignment;		/* '.' or symbol assigned inside */
	bool keep_empty;		/* kept though empty (GNU ld's rules) */
	bool removed;			/* empty and removed */
	bool discard;			/* /DISCARD/ */
	bool noload;			/* (NOLOAD) */
	bool lma_set;			/* AT() / AT> / LMA inherited */
	uint64_t fill;			/* =fill */
	bool has_fill;
	unsigned fill_len;
	struct osec *next_in_order;
	int shndx;			/* index in the output section header table */
	int segment;			/* first PT_LOAD containing it (-1 none) */
	const char *region;
	uint8_t *contents;		/* output bytes (allocated during write) */
	bool orphan;
	bool map_at_end;		/* an orphan GNU ld appends to its statement list (map.c) */
	void *layout_node;		/* layout.c: its place in the statement list */
	bool in_steps;			/* assign.c: already in the walk */
	bool type_warned;		/* "type changed to PROGBITS" said */
	bool has_bfd;			/* GNU ld would have made its BFD section before placing orphans */
	bool bfd_inputs;		/* ... and put an input section in it */
	unsigned bfd_flags;		/* ... with these BFD flags (layout.c BF_*) */
	uint32_t bfd_type;		/* ... and this ELF type */
	unsigned stmt_flags;		/* GNU ld's flags of the statement itself (orphan anchors) */
	bool relro;
	bool offset_set;		/* segments.c placed it in the file */
	uint64_t orphan_flags;		/* flags of the input section that made an orphan */
	bool bfd_alloc;			/* allocated as BFD sees it (segments use this) */
	bool bfd_load, bfd_readonly, bfd_code, bfd_tls;	/* BFD's view, for _bfd_nearby_section */
	struct osec *reloc_for;		/* --emit-relocs: the .rel(a) section of this one */
	uint32_t sym_index;		/* its STT_SECTION symbol in .symtab (emit-relocs) */
};

struct segment {
	uint32_t type;			/* PT_* */
	uint32_t flags;			/* PF_* */
	uint64_t offset, vaddr, paddr, filesz, memsz, align;
	struct ptrvec sections;		/* struct osec * */
	bool includes_filehdr, includes_phdrs;
	const struct phdr *decl;	/* from PHDRS, or NULL */
	bool paddr_set;
	bool vaddr_set;
};

/* One step of the layout order: a SECTIONS statement or an orphan output section. */
struct layout_node {
	const struct stmt *stmt;	/* NULL for an orphan */
	struct osec *os;		/* the orphan (stmt == NULL) */
};

/* assign.c: what GNU ld says about MEMORY regions while it sizes the sections. */
enum region_note_kind {
	RN_ERROR,		/* said in the first sizing pass only */
	RN_ERROR_EVERY_PASS,	/* said in every sizing pass ("is not within region") */
	RN_WARNING,		/* "warning: ...", first pass only */
	RN_FATAL,		/* said, and the link stops there */
};
struct region_note {
	enum region_note_kind kind;
	char *text;
};
/* A region that overflowed: GNU ld says by how much after the layout. */
struct region_overflow {
	const char *name;
	uint64_t over;
};

/* One R_*_IRELATIVE of .rela.iplt (reloc.c). */
enum irel_kind { IREL_DATA, IREL_GOT, IREL_PLT };
struct irel {
	enum irel_kind kind;
	struct symbol *sym;		/* the IFUNC */
	struct input_section *sec;	/* IREL_DATA: the place */
	uint64_t offset;
};

/* A link's state after reading inputs. */
struct link {
	struct ptrvec files;		/* struct input_file *, in load order */
	struct symtab symtab;
	struct ptrvec osecs;		/* struct osec *, in layout order */
	struct ptrvec segments;		/* struct segment * */
	const struct arch *arch;
	struct script *layout_script;	/* the script whose SECTIONS we follow */
	struct strmap osec_names;	/* output section name -> the first struct osec */
	struct ptrvec layout_order;	/* SECTIONS statements and orphan sections, in order (struct layout_node *) */
	const char *builtin_script_text; /* the built-in script, when used (--verbose) */
	struct symbol *entry;
	const char *entry_name;
	bool entry_from_cmdline;
	uint64_t entry_addr;
	uint64_t sizeof_headers;
	bool headers_in_load;		/* file and program headers are loaded */
	uint32_t eflags;		/* the output's e_flags (ARM: armattr.c) */
	struct input_section *got_isec;	/* synthetic .got (static link: filled by klink) */
	struct input_section *gotplt_isec; /* synthetic .got.plt (_GLOBAL_OFFSET_TABLE_) */
	struct ptrvec got_syms;		/* symbols with a GOT slot, in slot order */
	/* IFUNCs of a static link: .iplt entries, their .igot.plt slots, and
	   .rela.iplt's R_*_IRELATIVE (struct irel *, in output order) */
	struct input_section *iplt_isec, *igotplt_isec, *reliplt_isec;
	struct ptrvec iplt_syms;	/* struct symbol *, in .iplt order */
	struct ptrvec irels;
	struct ptrvec provided_names;	/* names scripts PROVIDE (input.c) */
	struct eh_info *eh;		/* ehframe.c: the edited .eh_frame, .eh_frame_hdr */
	struct input_section *build_id;	/* .note.gnu.build-id */
	size_t build_id_len;
	bool execstack;			/* result for PT_GNU_STACK */
	bool have_phdrs_cmd;
	const struct stmt *phdrs_stmt;
	uint64_t maxpage, commonpage;
	uint64_t script_maxpage;	/* CONSTANT(MAXPAGESIZE) (> maxpage when only -z common-page-size is larger) */
	bool relro;			/* -z relro in effect (GNU ld's link_info.relro) */
	uint64_t relro_start, relro_end; /* from DATA_SEGMENT_*: the PT_GNU_RELRO range */
	bool separate_code;		/* -z separate-code (x86 default) */
	struct strmap group_sigs;	/* COMDAT signatures seen */
	struct ptrvec commons;		/* common symbols to allocate */
	struct ptrvec asserts_failed;	/* assign.c: the ASSERT statements reported */
	struct input_section *common_sec; /* synthetic COMMON section (.bss) */
	struct input_file *internal;	/* "linker stubs"/internal file */
	struct ptrvec map_phantoms;	/* layout.c: BFD's empty sections and stack notes, for the map */
	/* assign.c */
	uint64_t overlay_base, overlay_max, overlay_lma;
	void *assign_state;
	struct ptrvec region_notes;	/* struct region_note *, from the last final pass */
	struct ptrvec region_overflows;	/* struct region_overflow *, in MEMORY order */
	int deferred_errors;		/* GNU ld's %X errors found before the output is written */
	/* segments.c */
	uint64_t phdr_offset;		/* file offset of the program headers */
	uint64_t file_end;		/* end of section data (before .symtab ...) */
	bool phdrs_in_load;
	bool load_phdrs;		/* the script used SIZEOF_HEADERS */
	bool segments_quiet;		/* a trial mapping: no messages */
	/* reloc.c: message state (GNU ld's %C shortens repeats) */
	const struct input_file *last_msg_file;
	const char *last_msg_func;
	const char *undef_name;
	unsigned undef_count;
};

/* assign.c: ELF special sections (name -> initial type and flags) */
struct special_section {
	const char *prefix;
	int match;			/* 0 exact, -1 any suffix, -2 nothing or ".suffix" */
	uint32_t type;
	uint64_t attr;
};
const struct special_section *special_section(const char *name, const struct arch *arch);

/* layout.c */
struct osec *osec_new(struct ctx *ctx, const char *name, const struct stmt *st);
struct osec *osec_find(struct ctx *ctx, const char *name);
/* The built-in layout for the target when no -T script has SECTIONS. */
struct script *default_script_for(struct ctx *ctx);
/* --gc-sections: the input sections some KEEP() statement names. */
void find_keep_sections(struct ctx *ctx, struct ptrvec *out);

/* gc.c: --gc-sections (before scan_relocs and map_sections) */
void gc_sections(struct ctx *ctx);

/* linkersyms.c: symbols the linker defines when the inputs refer to them */
void define_start_stop(struct ctx *ctx);	/* __start_SEC/__stop_SEC, before gc */
void place_start_stop(struct ctx *ctx);		/* after map_sections: their output section */
void finish_linker_symbols(struct ctx *ctx);	/* after the layout: __stop_ values, __ehdr_start */

/* ------------------------------------------------------------------ */
// arch-*.c: per-target facts and relocations
/* ------------------------------------------------------------------ */

/* How a GOT load was relaxed (reloc.c). */
enum { RX_NONE = 0, RX_LEA, RX_MOVIMM, RX_CALL, RX_JMP, RX_TEST, RX_BINOP,
       /* TLS sequences rewritten to local exec (a static executable) */
       RX_TLS_IE,		/* IE -> LE: mov/add GOT slot -> mov $/lea/add $ */
       RX_TLS_GD,		/* GD -> LE: lea+call -> mov %fs:0,%rax; lea off(%rax),%rax */
       RX_TLS_LD,		/* LD -> LE: lea+call -> mov %fs:0,%rax (prefixed) */
       RX_TLS_DESC,		/* lea x@tlsdesc -> mov $off, %r */
       RX_TLS_DESC_CALL,	/* call *x@tlscall -> nop */
       RX_TLS_SKIP,		/* the __tls_get_addr call of a rewritten GD/LD sequence */
       RX_IREL,			/* a pointer to an IFUNC: an R_*_IRELATIVE of .rela.iplt fills it */
       RX_TLS_FAILED,		/* a TLS sequence GNU ld refuses when it relocates (a global's IE) */
};

/* Generic relocation kinds: what the arch computes for a type. */
enum rkind {
	RK_NONE,
	RK_ABS,			/* S + A               */
	RK_PC,			/* S + A - P           */
	RK_GOTOFF,		/* S + A - GOT         */
	RK_GOTPC,		/* GOT + A - P         */
	RK_GOT,			/* G + A (offset of the slot in the GOT) */
	RK_GOTPCREL,		/* G + GOT + A - P     */
	RK_GOTPCRELX,		/* as GOTPCREL, relaxable to a direct reference */
	RK_REX_GOTPCRELX,
	RK_GOT32X,		/* i386: G + A (- GOT), relaxable */
	RK_PLT,			/* L + A - P (static: S + A - P) */
	RK_SIZE,		/* Z + A               */
	RK_TPOFF,		/* S + A - end of the TLS block (local exec) */
	RK_TPOFF_NEG,		/* end of the TLS block - S + A (i386 TLS_LE_32) */
	RK_GOTTPOFF,		/* initial exec: GOT slot of the TP offset (relaxed to LE) */
	RK_TLSGD,		/* general dynamic (relaxed to LE) */
	RK_TLSLD,		/* local dynamic module (relaxed to LE) */
	RK_DTPOFF,		/* offset in the TLS block (code of an executable: TP offset) */
	RK_TLSDESC,		/* lea of a TLS descriptor (relaxed to LE) */
	RK_TLSDESC_CALL,	/* its call (relaxed to a nop) */
	RK_UNSUPPORTED,
};

struct reloc_howto {
	const char *name;	/* "R_X86_64_PC32" */
	enum rkind kind;
	unsigned size;		/* bytes written */
	int check;		/* 0 none, 's' signed, 'u' unsigned, 'b' bitfield (either) */
};

struct arch {
	enum target target;
	const char *name;		/* "x86_64" */
	const char *emulation;		/* "elf_x86_64" */
	const char *bfd_name;		/* "elf64-x86-64" */
	unsigned machine;		/* EM_* */
	bool is64;
	bool rela;			/* relocations carry addends */
	uint64_t max_page_size, common_page_size;
	uint64_t text_start;		/* default -Ttext-segment */
	unsigned nhowtos;
	const struct reloc_howto *howtos; /* indexed by type */
	/* Read the implicit addend of a REL relocation at LOC. */
	int64_t (*rel_addend)(const struct reloc_howto *h, uint32_t type, const uint8_t *loc);
	/*
	 * Optional: encode the computed value V into the place at LOC (address
	 * P) instead of storing it as a SIZE-byte word; STATE: the target is an
	 * ARM (1) or Thumb (2) function, or not known (0).  False when V does
	 * not fit the field.
	 */
	bool (*apply)(const struct reloc_howto *h, uint32_t type, uint8_t *loc, uint64_t v, uint64_t P,
		      int state);
};

const struct arch *arch_for(enum target t);
extern const struct arch arch_x86_64, arch_i386, arch_arm;

/* ------------------------------------------------------------------ */
// input.c
/* ------------------------------------------------------------------ */

/* segments.c: program headers (PHDRS or GNU ld's default mapping) and file offsets */
void layout_segments(struct ctx *ctx);
void layout_segments_quiet(struct ctx *ctx);
uint64_t count_headers_size(struct ctx *ctx);
/* The estimate of SIZEOF_HEADERS GNU ld makes before the layout. */
uint64_t estimate_headers_size(struct ctx *ctx);

/* merge.c: SHF_MERGE sections deduplicated (after map_sections) */
void merge_sections(struct ctx *ctx);
/* Where offset OFF of merged section S went: the holding section and *OUT. */
struct input_section *merged_offset(struct input_section *s, uint64_t off, uint64_t *out);

/* ehframe.c: --eh-frame-hdr's section and __GNU_EH_FRAME_HDR (before map_sections) */
void make_eh_frame_hdr(struct ctx *ctx);
/* ehframe.c: .eh_frame's CIEs merged, FDEs of discarded code removed (after map_sections) */
void edit_eh_frame(struct ctx *ctx);
/* ehframe.c: the output section holding .eh_frame_hdr (for PT_GNU_EH_FRAME), or NULL */
struct osec *eh_frame_hdr_osec(struct ctx *ctx);
/* ehframe.c: CIE pointers and .eh_frame_hdr, once the output is relocated */
void ehframe_write(struct ctx *ctx);
/* arch-arm.c: what TARGET1/TARGET2 stand for (--target1-rel, --target2=) */
bool arm_set_target_relocs(bool target1_rel, const char *target2);
/* armexidx.c */
void arm_fix_exidx(struct ctx *ctx);
void arm_drop_orphaned_exidx(struct ctx *ctx);
void arm_exidx_write(struct ctx *ctx);
int arm_exidx_link(const struct osec *os);

/* input.c: .gnu.warning.SYMBOL sections left out of the output */
void drop_warning_sections(struct ctx *ctx);
/* armattr.c: the inputs' .ARM.attributes merged into the first one; e_flags */
void merge_arm_attributes(struct ctx *ctx);
/* gnuprop.c: the inputs' .note.gnu.property merged into the first one (before gc) */
void merge_gnu_properties(struct ctx *ctx);

/* reloc.c: before the layout, decide GOT slots and relaxations; make .got/.got.plt */
void scan_relocs(struct ctx *ctx);
/* reloc.c: apply the relocations of S into BUF (S's bytes in the output) */
void relocate_section(struct ctx *ctx, struct input_section *s, uint8_t *buf);
/* The contents of .iplt, .igot.plt and .rela.iplt (IFUNCs of a static link), once addresses are known. */
void fill_iplt(struct ctx *ctx);
/* reloc.c: the TLS segment's start and GNU ld's x86 thread pointer (its aligned end); false: none */
bool tls_segment(struct ctx *ctx, uint64_t *start, uint64_t *tp);
/* Address of a symbol in the output (0 for undefined weak). */
uint64_t symbol_address(struct ctx *ctx, const struct symbol *sym, bool *undefined);

/* A section klink makes, appended to the first ELF input as GNU ld does. */
struct input_section *synthetic_section(struct ctx *ctx, const char *name, uint32_t type,
					uint64_t flags, uint64_t align, uint64_t size);

/* linkersyms.c */
bool c_identifier(const char *s);
/* layout.c: a debugging section's name (GNU ld's SEC_DEBUGGING) */
bool debugging_name(const char *name);

/* reloc.c */
bool debugging_section(const struct input_section *s);
bool reloc_against_discarded(const struct input_section *s, const struct reloc *r);

/* hash.c */
enum digest_kind { DIGEST_SHA1, DIGEST_MD5 };
struct digest {
	enum digest_kind kind;
	uint32_t h[5];
	uint8_t buf[64];
	size_t nbuf;
	uint64_t len;
};
void digest_init(struct digest *d, enum digest_kind kind);
void digest_update(struct digest *d, const void *data, size_t len);
size_t digest_final(struct digest *d, uint8_t *out);

/* output.c: the --build-id note, made before the layout */
void make_build_id_note(struct ctx *ctx);

/* Map a whole file read-only; false (and errno) on failure. */
bool map_file(const char *path, const uint8_t **data, size_t *size);
/* Parse an ELF relocatable image into F (F->image/size set).  Errors are reported. */
bool parse_elf_object(struct ctx *ctx, struct input_file *f);

/* ------------------------------------------------------------------ */
// diag.c: GNU ld style diagnostics (program name is argv[0] as invoked)
/* ------------------------------------------------------------------ */

#define KLINK_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* "PROG: MSG\n", counted as an error. */
void error(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "MSG\n" without the program name, counted as an error. */
void error_plain(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/*
 * Errors that only keep GNU ld from writing its output (its "%X" ones:
 * undefined references, multiple definitions, relocation overflows,
 * ASSERT, region overflow): --noinhibit-exec writes it anyway and exits 0.
 */
void link_error(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
void link_error_plain(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "PROG: MSG\n" counted as a warning (MSG says "warning:" where GNU ld puts it). */
void warn_plain(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "PROG: warning: MSG\n"; an error too under --fatal-warnings. */
void warn(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "PROG: MSG\n", not counted (GNU ld's plain %P messages). */
void message(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* "PROG: MSG\n", then exit(1). */
__attribute__((noreturn)) void fatal(struct ctx *ctx, const char *fmt, ...) KLINK_PRINTF(2, 3);
/* exit(1) if any error was counted (but link_error()s under --noinhibit-exec). */
void checkpoint(struct ctx *ctx);

/* ------------------------------------------------------------------ */
// main.c: the pipeline
/* ------------------------------------------------------------------ */

struct ctx {
	const char *prog;		/* argv[0] as invoked, for messages */
	FILE *out;			/* stdout (tests may redirect)       */
	FILE *err;			/* stderr (tests may redirect)       */
	int errors;			/* counted by error(), checked by checkpoint() */
	int link_errors;		/* those of them --noinhibit-exec lets pass (link_error()) */
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

	struct link link;		/* the link itself (read_inputs onwards) */
	char *tmp_output;		/* temporary output file, removed on failure */
};

/* diag.c: an empty ctx printing to stdout/stderr under the name PROG. */
void ctx_init(struct ctx *ctx, const char *prog);

/* The passes, in order (DESIGN.md).  Only the first two exist yet. */
void load_scripts(struct ctx *ctx);	/* options.c: -T, --dT, --version-script, --defsym */
/* Issue 3: */
void read_inputs(struct ctx *ctx);
void resolve_symbols(struct ctx *ctx);
void map_sections(struct ctx *ctx);
void decide_relro(struct ctx *ctx);
/* assign.c: --print-memory-usage's table (after the layout) */
void print_memory_usage(struct ctx *ctx);
/* layout.c: an input-section statement's patterns name a placed, non-empty allocated section */
bool rule_matches_placed(struct ctx *ctx, const struct stmt *rule);
void assign_addresses(struct ctx *ctx);
/* assign.c: the region messages of the last layout, as GNU ld's PASSES sizing passes say them */
void report_region_notes(struct ctx *ctx, int passes);
/* check.c: GNU ld's checks of the final layout (overlaps, region overflow) */
void check_section_addresses(struct ctx *ctx);
/* check.c: NOCROSSREFS, NOCROSSREFS_TO, OVERLAY NOCROSSREFS (after relocating, as GNU ld) */
void check_nocrossrefs(struct ctx *ctx);
/* reloc.c: "FILE: in function `F':\n(SEC+0xOFF)" for a message, shortened on repeats as GNU ld's %H */
char *reloc_place(struct ctx *ctx, struct input_section *s, uint64_t off);
void write_output(struct ctx *ctx);
/* map.c: -Map FILE / -M, GNU ld's link map (after the layout) */
void write_map(struct ctx *ctx);
/* assign.c: for the map: a top-level `.` assignment evaluated with `.` at DOT */
bool map_eval(struct ctx *ctx, const struct stmt *st, uint64_t dot, uint64_t *out);
/* assign.c: a MEMORY region's origin and length */
bool map_region(struct ctx *ctx, const char *name, uint64_t *origin, uint64_t *length);

#endif /* KLINK_H */
