/*
 * script.h - the linker-script AST and the script front end's public API.
 *
 * This is the only header linker/ includes from script-parser/.  The AST is
 * built by parser.y, printed by ast.c (script_dump, the canonical text used by
 * --dump-script and the tests) and evaluated by expr.c.  Every node carries the
 * location it came from so later passes can say "placed by vmlinux.lds:123".
 *
 * Memory: nodes are allocated with the xmalloc family and never freed (the
 * linker is a short-lived process; see README).
 */
#ifndef KLINK_SCRIPT_H
#define KLINK_SCRIPT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* ------------------------------------------------------------------ */
/* Locations                                                           */
/* ------------------------------------------------------------------ */

struct loc {
	const char *file;	/* script file name as given (or "--defsym", "<built-in>") */
	int line;		/* 1-based */
	int col;		/* 1-based */
};

/* ------------------------------------------------------------------ */
/* Expressions                                                         */
/* ------------------------------------------------------------------ */

enum expr_kind {
	EX_NUM,		/* u.num                                    */
	EX_SYM,		/* u.name (a symbol name)                   */
	EX_DOT,		/* the location counter '.'                 */
	EX_STR,		/* u.name: a quoted string (SEGMENT_START's first arg, ASSERT message) */
	EX_UNARY,	/* u.un                                     */
	EX_BINARY,	/* u.bin                                    */
	EX_COND,	/* u.cond: c ? a : b                        */
	EX_CALL,	/* u.call: builtin function                 */
};

/* Operators; the character values are used for single-character ones. */
enum expr_op {
	OP_NEG = 'n',	/* unary -  */
	OP_PLUS_U = 'p',/* unary +  */
	OP_NOT = '!',	/* unary !  */
	OP_COM = '~',	/* unary ~  */
	OP_MUL = '*', OP_DIV = '/', OP_MOD = '%',
	OP_ADD = '+', OP_SUB = '-',
	OP_SHL = 256, OP_SHR,
	OP_LT = '<', OP_GT = '>', OP_LE = 258, OP_GE,
	OP_EQ, OP_NE,
	OP_AND = '&', OP_XOR = '^', OP_OR = '|',
	OP_ANDAND = 270, OP_OROR,
};

/* Builtin functions (GNU ld manual, "Builtin Functions"). */
enum builtin {
	FN_ABSOLUTE,		/* ABSOLUTE(exp)                 */
	FN_ADDR,		/* ADDR(section)                 */
	FN_ALIGN,		/* ALIGN(align) / ALIGN(exp, align) */
	FN_ALIGNOF,		/* ALIGNOF(section)              */
	FN_BLOCK,		/* BLOCK(exp) == ALIGN(exp)      */
	FN_DATA_SEGMENT_ALIGN,	/* DATA_SEGMENT_ALIGN(maxpagesize, commonpagesize) */
	FN_DATA_SEGMENT_END,	/* DATA_SEGMENT_END(exp)         */
	FN_DATA_SEGMENT_RELRO_END, /* DATA_SEGMENT_RELRO_END(offset, exp) */
	FN_DEFINED,		/* DEFINED(symbol)               */
	FN_LENGTH,		/* LENGTH(memory)                */
	FN_LOADADDR,		/* LOADADDR(section)             */
	FN_LOG2CEIL,		/* LOG2CEIL(exp)                 */
	FN_MAX,			/* MAX(a, b)                     */
	FN_MIN,			/* MIN(a, b)                     */
	FN_NEXT,		/* NEXT(exp)                     */
	FN_ORIGIN,		/* ORIGIN(memory)                */
	FN_SEGMENT_START,	/* SEGMENT_START(segment, default) */
	FN_SIZEOF,		/* SIZEOF(section)               */
	FN_SIZEOF_HEADERS,	/* SIZEOF_HEADERS (no parentheses) */
	FN_CONSTANT,		/* CONSTANT(MAXPAGESIZE | COMMONPAGESIZE) */
	FN_ASSERT,		/* ASSERT(exp, message) used as an expression */
	FN__COUNT
};

struct expr {
	enum expr_kind kind;
	struct loc loc;
	const char *hex;	/* EX_NUM written in hex without K/M: its digits (GNU ld sizes
				   =fill and FILL() patterns by them), else NULL */
	union {
		uint64_t num;
		const char *name;		/* EX_SYM, EX_STR */
		struct { int op; struct expr *a; } un;
		struct { int op; struct expr *a, *b; } bin;
		struct { struct expr *c, *a, *b; } cond;
		struct {
			enum builtin fn;
			const char *name;	/* section / region / symbol / segment / constant name */
			struct expr *a, *b;	/* expression arguments (NULL if absent) */
		} call;
	} u;
};

/* ------------------------------------------------------------------ */
/* Input section descriptions                                          */
/* ------------------------------------------------------------------ */

enum sort_kind {
	SORT_NONE_GIVEN = 0,	/* no SORT wrapper                       */
	SORT_BY_NAME,		/* SORT / SORT_BY_NAME                   */
	SORT_BY_ALIGNMENT,	/* SORT_BY_ALIGNMENT                     */
	SORT_BY_INIT_PRIORITY,	/* SORT_BY_INIT_PRIORITY                 */
	SORT_NONE,		/* SORT_NONE (explicitly: ignore --sort-section) */
};

/* A wildcard pattern (file or section name), possibly wrapped in sorting. */
struct pattern {
	const char *text;	/* the glob as written (without quotes)           */
	bool quoted;		/* was "quoted" (no wildcard expansion then)      */
	enum sort_kind sort;	/* outer sort                                     */
	enum sort_kind sort2;	/* inner sort for nested SORT_BY_x(SORT_BY_y(...)) */
	bool reverse;		/* REVERSE(...) around the name (2.40 extension)  */
	struct namelist *exclude; /* EXCLUDE_FILE(...) applying to this pattern   */
	struct pattern *next;
};

struct namelist {
	const char *name;
	bool quoted;
	struct namelist *next;
};

/* INPUT_SECTION_FLAGS(flag & flag & !flag ...) */
struct flag_expr {
	const char *name;	/* SHF_xxx name or number as text */
	bool negate;
	struct flag_expr *next;
};

/* One input section description: FILE(SECTIONS...), possibly in KEEP(). */
struct input_spec {
	struct pattern *file;		/* file pattern; may carry sort + EXCLUDE_FILE */
	bool file_only;			/* `foo.o` alone: every section of the file */
	struct pattern *sections;	/* list; NULL when file_only              */
	bool keep;			/* inside KEEP(...)                       */
	struct flag_expr *flags;	/* INPUT_SECTION_FLAGS, or NULL           */
};

/* ------------------------------------------------------------------ */
/* Statements                                                          */
/* ------------------------------------------------------------------ */

enum stmt_kind {
	/* usable anywhere */
	ST_ASSIGN,		/* u.assign                         */
	ST_ASSERT,		/* u.assert_                        */
	ST_ENTRY,		/* u.name                           */
	/* top level */
	ST_INPUT,		/* u.files                          */
	ST_GROUP,		/* u.files                          */
	ST_OUTPUT,		/* u.name                           */
	ST_SEARCH_DIR,		/* u.name                           */
	ST_STARTUP,		/* u.name                           */
	ST_OUTPUT_FORMAT,	/* u.fmt                            */
	ST_TARGET,		/* u.name                           */
	ST_OUTPUT_ARCH,		/* u.name                           */
	ST_REGION_ALIAS,	/* u.alias                          */
	ST_EXTERN,		/* u.names                          */
	ST_FORCE_COMMON_ALLOCATION,
	ST_INHIBIT_COMMON_ALLOCATION,
	ST_FORCE_GROUP_ALLOCATION,
	ST_INSERT,		/* u.insert                         */
	ST_NOCROSSREFS,		/* u.names                          */
	ST_NOCROSSREFS_TO,	/* u.names                          */
	ST_LD_FEATURE,		/* u.name                           */
	ST_SECTIONS,		/* u.block: list of section-level statements */
	ST_MEMORY,		/* u.regions                        */
	ST_PHDRS,		/* u.phdrs                          */
	ST_VERSION,		/* u.version                        */
	/* inside SECTIONS */
	ST_OUTSECT,		/* u.osec                           */
	ST_OVERLAY,		/* u.overlay                        */
	/* inside an output section */
	ST_INPUT_SECTION,	/* u.input                          */
	ST_DATA,		/* u.data: BYTE SHORT LONG QUAD SQUAD */
	ST_FILL,		/* u.expr: FILL(exp)                */
	ST_CREATE_OBJECT_SYMBOLS,
	ST_CONSTRUCTORS,
	ST_INCLUDE,		/* u.name: INCLUDE that was not expanded (never produced by the parser) */
};

enum assign_op {
	AS_SET = '=',
	AS_ADD = '+', AS_SUB = '-', AS_MUL = '*', AS_DIV = '/', AS_MOD = '%',
	AS_SHL = 'l', AS_SHR = 'r', AS_AND = '&', AS_OR = '|', AS_XOR = '^',
};

enum assign_kind {
	AK_PLAIN,		/* sym = exp            */
	AK_PROVIDE,		/* PROVIDE(sym = exp)   */
	AK_PROVIDE_HIDDEN,	/* PROVIDE_HIDDEN(...)  */
	AK_HIDDEN,		/* HIDDEN(sym = exp)    */
};

struct assignment {
	const char *name;	/* "." for the location counter */
	enum assign_op op;
	enum assign_kind kind;
	struct expr *value;
};

struct input_file_ref {
	const char *name;	/* file name, or library name without -l */
	bool is_lib;		/* -lNAME */
	bool as_needed;		/* inside AS_NEEDED(...) */
	struct input_file_ref *next;
};

enum data_kind { DK_BYTE = 1, DK_SHORT = 2, DK_LONG = 4, DK_QUAD = 8, DK_SQUAD = 9 };

/* Output section type in parentheses after the name/address. */
enum osec_type {
	OT_DEFAULT = 0, OT_NOLOAD, OT_DSECT, OT_COPY, OT_INFO, OT_OVERLAY,
	OT_READONLY,		/* (READONLY)                   */
	OT_TYPE,		/* (TYPE = exp)                 */
	OT_READONLY_TYPE,	/* (READONLY (TYPE = exp))      */
};

enum osec_constraint { OC_NONE = 0, OC_ONLY_IF_RO, OC_ONLY_IF_RW, OC_SPECIAL };

struct output_section {
	const char *name;
	struct expr *addr;		/* VMA expression or NULL       */
	enum osec_type type;
	struct expr *type_value;	/* for OT_TYPE / OT_READONLY_TYPE */
	struct expr *lma;		/* AT(exp) or NULL              */
	struct expr *align;		/* ALIGN(exp) or NULL           */
	bool align_with_input;		/* ALIGN_WITH_INPUT             */
	struct expr *subalign;		/* SUBALIGN(exp) or NULL        */
	enum osec_constraint constraint;
	struct stmt *body;		/* output-section commands      */
	const char *region;		/* >region or NULL              */
	const char *lma_region;		/* AT>region or NULL            */
	struct namelist *phdrs;		/* :phdr ... (in order)         */
	struct expr *fill;		/* =fill or NULL                */
};

struct overlay {
	struct expr *addr;		/* start address or NULL        */
	bool nocrossrefs;
	struct expr *lma;		/* AT(exp) or NULL              */
	struct stmt *sections;		/* list of ST_OUTSECT (name, body, phdrs, fill only) */
	const char *region;
	struct namelist *phdrs;
	struct expr *fill;
};

struct mem_region {
	const char *name;
	const char *attrs;		/* "rwx", "!w", or NULL          */
	struct expr *origin;
	struct expr *length;
	struct loc loc;
	struct mem_region *next;
};

struct phdr {
	const char *name;
	struct expr *type;		/* PT_LOAD etc. are EX_SYM names here; numbers allowed */
	bool filehdr;
	bool phdrs;
	struct expr *at;		/* AT(exp) or NULL                 */
	struct expr *flags;		/* FLAGS(exp) or NULL              */
	struct loc loc;
	struct phdr *next;
};

/* Version script ------------------------------------------------------ */

struct version_pattern {
	const char *pattern;		/* symbol name or glob            */
	bool quoted;			/* "literal" (no glob)            */
	const char *lang;		/* NULL, "C", "C++", "Java" (extern "lang") */
	bool local;			/* in a local: list              */
	struct version_pattern *next;
};

struct version_node {
	const char *name;		/* NULL for the anonymous version */
	struct version_pattern *patterns; /* globals and locals in the order written */
	struct namelist *deps;		/* parent versions               */
	struct loc loc;
	struct version_node *next;
};

struct stmt {
	enum stmt_kind kind;
	struct loc loc;
	union {
		struct assignment assign;
		struct { struct expr *cond; const char *msg; } assert_;
		const char *name;
		struct input_file_ref *files;
		struct { const char *def, *big, *little; } fmt;	/* OUTPUT_FORMAT(a) or (a,b,c) */
		struct { const char *alias, *region; } alias;
		struct namelist *names;
		struct { bool after; const char *section; } insert;
		struct stmt *block;
		struct mem_region *regions;
		struct phdr *phdrs;
		struct version_node *version;
		struct output_section osec;
		struct overlay overlay;
		struct input_spec input;
		struct { enum data_kind size; struct expr *value; } data;
		struct expr *expr;
	} u;
	struct stmt *next;
};

/* A parsed script: the top-level statements in order. */
struct script {
	const char *file;
	int mode;		/* enum script_mode it was parsed as */
	struct stmt *stmts;
};

/* ------------------------------------------------------------------ */
/* Parser API (parser.y / lexer.l)                                     */
/* ------------------------------------------------------------------ */

enum script_mode {
	SM_SCRIPT,		/* a linker script (-T, INCLUDE, implicit script input) */
	SM_VERSION,		/* a version script (--version-script)                  */
	SM_EXPR,		/* one expression (--defsym's right-hand side)          */
};

/*
 * Parse TEXT (LEN bytes) named FILE.  On success returns the AST.  On a
 * syntax error prints GNU ld's message ("PROG:FILE:LINE: syntax error"),
 * the offending line with a caret, and returns NULL.  INCLUDE files are
 * searched in the current directory and then in SEARCH_DIRS (NULL-terminated,
 * may be NULL).  PROG is the program name for messages.
 */
struct script *script_parse(const char *prog, const char *file, const char *text,
			    size_t len, enum script_mode mode,
			    const char *const *search_dirs);

/* Read FILE from disk and parse it; reports "cannot open linker script file" itself. */
struct script *script_parse_file(const char *prog, const char *file, enum script_mode mode,
				 const char *const *search_dirs);

/* Parse a --defsym "SYM=EXPR" argument into an assignment statement (NULL on error). */
struct stmt *script_parse_defsym(const char *prog, const char *arg);

/* Parse one expression (used by tests and option values). NULL on error. */
struct expr *script_parse_expr(const char *prog, const char *file, const char *text);

/* ------------------------------------------------------------------ */
/* AST construction and printing (ast.c)                               */
/* ------------------------------------------------------------------ */

struct expr *expr_num(struct loc loc, uint64_t v);
struct expr *expr_sym(struct loc loc, const char *name);
struct expr *expr_dot(struct loc loc);
struct expr *expr_str(struct loc loc, const char *s);
struct expr *expr_unary(struct loc loc, int op, struct expr *a);
struct expr *expr_binary(struct loc loc, int op, struct expr *a, struct expr *b);
struct expr *expr_cond(struct loc loc, struct expr *c, struct expr *a, struct expr *b);
struct expr *expr_call(struct loc loc, enum builtin fn, const char *name,
		       struct expr *a, struct expr *b);
struct stmt *stmt_new(enum stmt_kind kind, struct loc loc);

/* Append B to list A (either may be NULL); returns the head. */
struct stmt *stmt_append(struct stmt *a, struct stmt *b);

const char *builtin_name(enum builtin fn);
const char *op_name(int op);		/* "+", "<<", "&&", ... */
const char *assign_op_name(enum assign_op op);	/* "=", "+=", ... */

/* Canonical text: parse(dump(s)) dumps to the same text. */
void script_dump(FILE *out, const struct script *s);
void expr_dump(FILE *out, const struct expr *e);
char *expr_to_string(const struct expr *e);	/* malloc'd */

/* ------------------------------------------------------------------ */
/* Expression evaluation (expr.c)                                      */
/* ------------------------------------------------------------------ */

struct output_sect_ref;	/* opaque to the evaluator: the layout engine's output section */

/*
 * A value is absolute (sec == NULL) or an offset into an output section.
 * (GNU ld manual, "The Section of an Expression".)
 */
struct value {
	uint64_t val;
	struct output_sect_ref *sec;
};

enum sym_query { SQ_OK, SQ_UNDEFINED };

/*
 * What the evaluator asks of its caller.  Every callback may be NULL; the
 * evaluator then reports the construct as needing a layout.  ctx is passed
 * back untouched.
 */
struct eval_ops {
	/* Value of a symbol; return false when it is not (yet) defined. */
	bool (*symbol)(void *ctx, const char *name, struct value *out);
	/* DEFINED(name): defined before this point of the script. */
	bool (*defined)(void *ctx, const char *name);
	/* Output section queries; return false if the section does not exist. */
	bool (*section)(void *ctx, const char *name, struct output_sect_ref **out);
	uint64_t (*sec_addr)(void *ctx, struct output_sect_ref *s);	/* VMA */
	uint64_t (*sec_loadaddr)(void *ctx, struct output_sect_ref *s);	/* LMA */
	uint64_t (*sec_size)(void *ctx, struct output_sect_ref *s);
	uint64_t (*sec_align)(void *ctx, struct output_sect_ref *s);
	/* Memory regions: return false if unknown. */
	bool (*region)(void *ctx, const char *name, uint64_t *origin, uint64_t *length);
	/* SEGMENT_START(name, default): value from -T<seg> options, or false. */
	bool (*segment_start)(void *ctx, const char *name, uint64_t *out);
	/* SIZEOF_HEADERS */
	uint64_t (*sizeof_headers)(void *ctx);
	/* DATA_SEGMENT_* hooks (may be NULL: then the manual's simple behaviour). */
	uint64_t (*data_segment_align)(void *ctx, uint64_t dot, uint64_t maxpage, uint64_t commonpage);
	uint64_t (*data_segment_relro_end)(void *ctx, uint64_t offset, uint64_t exp);
	uint64_t (*data_segment_end)(void *ctx, uint64_t exp);
};

struct eval_env {
	const struct eval_ops *ops;
	void *ctx;
	struct value dot;		/* current location counter   */
	bool dot_valid;			/* false outside SECTIONS before '.' is known */
	struct output_sect_ref *cur_sec;	/* output section being laid out, or NULL */
	uint64_t maxpagesize;		/* CONSTANT(MAXPAGESIZE)    */
	uint64_t commonpagesize;	/* CONSTANT(COMMONPAGESIZE) */
	unsigned addr_bits;		/* 32 or 64: results are truncated to this */
	const char *prog;		/* program name for messages */
	bool quiet;			/* do not print errors (still returns them) */
};

enum eval_status {
	EV_OK = 0,
	EV_UNDEFINED,		/* undefined symbol referenced in expression */
	EV_DIV_ZERO,		/* / by zero                                  */
	EV_MOD_ZERO,		/* % by zero                                  */
	EV_NOT_CONSTANT,	/* needs a layout the context cannot provide  */
	EV_BAD_SECTION,	/* ADDR etc. of an unknown section               */
	EV_BAD_REGION,		/* ORIGIN/LENGTH of an unknown memory region  */
	EV_ASSERT,		/* ASSERT(...) failed                         */
	EV_BAD_CONSTANT,	/* CONSTANT(x) with unknown x                 */
};

struct eval_result {
	enum eval_status status;
	struct value v;
	bool number;			/* v is a plain number (GNU ld's section-less value): assigned
					   to a symbol or '.' inside an output section it is an offset
					   into that section; v.sec is NULL then */
	struct output_sect_ref *final_sec; /* top level only: the value is absolute for every
					   later expression, but the symbol assigned it ends up in
					   this section (GNU ld's ldexp_finalize_syms) */
	const char *assign_src;		/* the only symbol the expression read, if just one: a symbol
					   assigned the result takes its type (as GNU ld) */
	const struct expr *where;	/* sub-expression at fault (for messages) */
	char msg[256];			/* the GNU-ld style message (without prog prefix) */
};

/* Evaluate E in ENV.  Prints nothing unless the status is not EV_OK and env->quiet is false. */
struct eval_result expr_eval(const struct expr *e, const struct eval_env *env);

/* Absolute address of a value: section VMA + offset (or the value itself). */
uint64_t value_abs(const struct eval_env *env, struct value v);

/* ------------------------------------------------------------------ */
/* Small utilities shared with linker/ (ast.c)                         */
/* ------------------------------------------------------------------ */

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif /* KLINK_SCRIPT_H */
