/*
 * parser.y - the GNU ld linker-script grammar (pure bison, locations).
 *
 * Actions only build AST nodes (script.h).  The lexer's mode is switched
 * with PUSH()/POP() at points where the parser holds no lookahead token
 * (bison takes a state's only reduction without reading one), so the
 * following token is lexed in the new mode; see lexer.l for the modes.
 */
%code requires {
#include "script-internal.h"
}

%define api.pure full
%locations
%param {struct parse_state *ps} {void *scanner}
%define parse.error simple
%token-table

%code {
#include <stdlib.h>
#include <string.h>

int sllex(YYSTYPE *lval, YYLTYPE *lloc, void *scanner);

static int yylex(YYSTYPE *lval, YYLTYPE *lloc, struct parse_state *ps, void *scanner)
{
	if (ps->start_token) {
		int t = ps->start_token;
		ps->start_token = 0;
		lloc->file = ps->frames[0].file;
		lloc->first_line = lloc->last_line = 1;
		lloc->first_column = lloc->last_column = 1;
		return t;
	}
	return sllex(lval, lloc, scanner);
}

static void yyerror(YYLTYPE *loc, struct parse_state *ps, void *scanner, const char *msg)
{
	(void)scanner;
	script_syntax_error(ps, loc, msg);
}

#define PUSH(m) lex_push_mode(scanner, (m))
#define POP() lex_pop_mode(scanner)
#define L(x) loc_of(&(x))

static struct stmt *assign_stmt(struct loc loc, const char *name, int op,
				struct expr *value, enum assign_kind kind)
{
	struct stmt *s = stmt_new(ST_ASSIGN, loc);
	s->u.assign.name = name;
	s->u.assign.op = (enum assign_op)op;
	s->u.assign.value = value;
	s->u.assign.kind = kind;
	return s;
}

static struct namelist *name_new(const char *name, bool quoted)
{
	struct namelist *n = xcalloc(1, sizeof *n);
	n->name = name;
	n->quoted = quoted;
	return n;
}

static struct namelist *names_append(struct namelist *a, struct namelist *b)
{
	if (!a)
		return b;
	struct namelist *p = a;
	while (p->next)
		p = p->next;
	p->next = b;
	return a;
}

static struct pattern *pat_new(const char *text, bool quoted)
{
	struct pattern *p = xcalloc(1, sizeof *p);
	p->text = text;
	p->quoted = quoted;
	return p;
}

static struct pattern *pats_append(struct pattern *a, struct pattern *b)
{
	if (!a)
		return b;
	struct pattern *p = a;
	while (p->next)
		p = p->next;
	p->next = b;
	return a;
}

/* SORT_x(inner): wrap a pattern in a sort; at most two levels, as GNU ld. */
static struct pattern *pat_sort(struct parse_state *ps, YYLTYPE *loc, enum sort_kind k,
				struct pattern *p)
{
	if (p->sort == SORT_NONE_GIVEN) {
		p->sort = k;
	} else if (p->sort2 == SORT_NONE_GIVEN && k != SORT_NONE && p->sort != SORT_NONE) {
		p->sort2 = p->sort;
		p->sort = k;
	} else {
		script_syntax_error(ps, loc, "syntax error");
		ps->errors++;
	}
	return p;
}

static struct input_file_ref *file_ref(const char *name, bool lib)
{
	struct input_file_ref *f = xcalloc(1, sizeof *f);
	f->name = name;
	f->is_lib = lib;
	return f;
}

static struct input_file_ref *files_append(struct input_file_ref *a, struct input_file_ref *b)
{
	if (!a)
		return b;
	struct input_file_ref *p = a;
	while (p->next)
		p = p->next;
	p->next = b;
	return a;
}

static struct version_pattern *vpats_append(struct version_pattern *a, struct version_pattern *b)
{
	if (!a)
		return b;
	struct version_pattern *p = a;
	while (p->next)
		p = p->next;
	p->next = b;
	return a;
}

static struct output_section *osec_pending(struct parse_state *ps)
{
	return &ps->pending_osec;
}

/* GNU ld evaluates fill values while parsing: they must be constant. */
static bool expr_is_constant(const struct expr *e)
{
	switch (e->kind) {
	case EX_NUM:
		return true;
	case EX_UNARY:
		return expr_is_constant(e->u.un.a);
	case EX_BINARY:
		return expr_is_constant(e->u.bin.a) && expr_is_constant(e->u.bin.b);
	case EX_COND:
		return expr_is_constant(e->u.cond.c) && expr_is_constant(e->u.cond.a) &&
		       expr_is_constant(e->u.cond.b);
	default:
		return false;
	}
}

#define FILL_CHECK(e, l) do {							\
		if (!expr_is_constant(e)) {					\
			fprintf(stderr, "%s:%s:%d: nonconstant expression for fill value\n", \
				ps->prog, (l).file, (l).first_line);		\
			ps->errors++;						\
			ps->lex_failed = true;					\
			YYABORT;						\
		}								\
	} while (0)

static char *concat(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 1;
	char *r = xmalloc(n);
	snprintf(r, n, "%s%s", a, b);
	return r;
}
}

%union {
	char *str;
	struct { uint64_t v; const char *hex; } intval;
	int op;
	struct expr *expr;
	struct stmt *stmt;
	struct namelist *names;
	struct pattern *pat;
	struct input_spec *ispec;
	struct flag_expr *flags;
	struct input_file_ref *files;
	struct mem_region *region;
	struct phdr *phdr;
	struct version_node *vnode;
	struct version_pattern *vpat;
	struct output_section *osec;
	enum sort_kind sort;
}

%token START_SCRIPT START_VERSION START_EXPR
%token LEX_ERROR
%token <str> NAME QNAME LNAME
%token <intval> INT
%token EQ NE LE GE SHL SHR ANDAND OROR
%token PLUSEQ MINUSEQ MULEQ DIVEQ SHLEQ SHREQ ANDEQ OREQ
%token VGLOBAL VLOCAL VEXTERN
%token K_ABSOLUTE K_ADDR K_AFTER K_ALIGN K_ALIGNOF K_ALIGN_WITH_INPUT K_ASSERT
%token K_AS_NEEDED K_AT K_BEFORE K_BLOCK K_BYTE K_CONSTANT K_CONSTRUCTORS K_COPY
%token K_CREATE_OBJECT_SYMBOLS K_DATA_SEGMENT_ALIGN K_DATA_SEGMENT_END
%token K_DATA_SEGMENT_RELRO_END K_DEFINED K_DSECT K_ENTRY K_EXCLUDE_FILE K_EXTERN
%token K_FILEHDR K_FILL K_FLAGS K_FORCE_COMMON_ALLOCATION K_FORCE_GROUP_ALLOCATION
%token K_GROUP K_HIDDEN K_INCLUDE K_INFO K_INHIBIT_COMMON_ALLOCATION K_INPUT
%token K_INPUT_SECTION_FLAGS K_INSERT K_KEEP K_LD_FEATURE K_LENGTH K_LOADADDR
%token K_LOG2CEIL K_LONG K_MAX K_MEMORY K_MIN K_NEXT K_NOCROSSREFS K_NOCROSSREFS_TO
%token K_NOLOAD K_ONLY_IF_RO K_ONLY_IF_RW K_ORIGIN K_OUTPUT K_OUTPUT_ARCH
%token K_OUTPUT_FORMAT K_OVERLAY K_PHDRS K_PROVIDE K_PROVIDE_HIDDEN K_QUAD
%token K_READONLY K_REGION_ALIAS K_REVERSE K_SEARCH_DIR K_SECTIONS K_SEGMENT_START
%token K_SHORT K_SIZEOF K_SIZEOF_HEADERS K_SORT_BY_NAME K_SORT_BY_ALIGNMENT
%token K_SORT_BY_INIT_PRIORITY K_SORT_NONE K_SPECIAL K_SQUAD K_STARTUP K_SUBALIGN
%token K_TARGET K_TYPE K_VERSION

%right '?' ':'
%left OROR
%left ANDAND
%left '|'
%left '&'
%left EQ NE
%left '<' '>' LE GE
%left SHL SHR
%left '+' '-'
%left '*' '/' '%'
%precedence UNARY

%type <expr> exp mustbe_exp
%type <stmt> top_list top_item sec_list sec_item body_list body_item assignment sec_body body
%type <stmt> overlay_list overlay_item osec overlay statement_anywhere
%type <stmt> assert_stmt input_item
%type <str> name memattr memattrs msg
%type <op> assign_op data_kind
%type <names> names phdr_trailer region_opt lma_region_opt wnames
%type <expr> fill_opt
%type <pat> file_pat sec_pat sec_pats wpat
%type <sort> sort_kw
%type <ispec> ispec
%type <flags> flag_list flag
%type <files> inputlist input_elem
%type <region> mem_list mem_item
%type <phdr> phdr_list phdr_item phdr_quals
%type <vnode> vers_nodes vers_node vers_nodes_opt
%type <vpat> vers_body vers_item vers_ext_list
%type <names> vers_deps
%type <osec> osec_head

%start start

%%

start:
	  START_SCRIPT top_list
		{ ps->result->stmts = $2; }
	| START_VERSION vers_nodes_opt_list
	| START_EXPR { PUSH(LM_EXPR); } exp
		{ ps->expr_result = $3; }
	;

/* ------------------------------------------------------------ top level */

top_list:
	  %empty				{ $$ = NULL; }
	| top_list top_item			{ $$ = stmt_append($1, $2); }
	;

top_item:
	  ';'					{ $$ = NULL; }
	| statement_anywhere
	| assignment separator			{ $$ = $1; }
	| K_INPUT '(' inputlist ')'
		{ $$ = stmt_new(ST_INPUT, L(@1)); $$->u.files = $3; }
	| K_GROUP '(' inputlist ')'
		{ $$ = stmt_new(ST_GROUP, L(@1)); $$->u.files = $3; }
	| K_OUTPUT '(' name ')'
		{ $$ = stmt_new(ST_OUTPUT, L(@1)); $$->u.name = $3; }
	| K_SEARCH_DIR '(' name ')'
		{ $$ = stmt_new(ST_SEARCH_DIR, L(@1)); $$->u.name = $3; }
	| K_STARTUP '(' name ')'
		{ $$ = stmt_new(ST_STARTUP, L(@1)); $$->u.name = $3; }
	| K_OUTPUT_FORMAT '(' name ')'
		{ $$ = stmt_new(ST_OUTPUT_FORMAT, L(@1)); $$->u.fmt.def = $3; }
	| K_OUTPUT_FORMAT '(' name ',' name ',' name ')'
		{
			$$ = stmt_new(ST_OUTPUT_FORMAT, L(@1));
			$$->u.fmt.def = $3; $$->u.fmt.big = $5; $$->u.fmt.little = $7;
		}
	| K_TARGET '(' name ')'
		{ $$ = stmt_new(ST_TARGET, L(@1)); $$->u.name = $3; }
	| K_OUTPUT_ARCH '(' name ')'
		{ $$ = stmt_new(ST_OUTPUT_ARCH, L(@1)); $$->u.name = $3; }
	| K_REGION_ALIAS '(' name ',' name ')'
		{
			$$ = stmt_new(ST_REGION_ALIAS, L(@1));
			$$->u.alias.alias = $3; $$->u.alias.region = $5;
		}
	| K_EXTERN '(' names ')'
		{ $$ = stmt_new(ST_EXTERN, L(@1)); $$->u.names = $3; }
	| K_FORCE_COMMON_ALLOCATION		{ $$ = stmt_new(ST_FORCE_COMMON_ALLOCATION, L(@1)); }
	| K_INHIBIT_COMMON_ALLOCATION		{ $$ = stmt_new(ST_INHIBIT_COMMON_ALLOCATION, L(@1)); }
	| K_FORCE_GROUP_ALLOCATION		{ $$ = stmt_new(ST_FORCE_GROUP_ALLOCATION, L(@1)); }
	| K_INSERT K_AFTER name
		{ $$ = stmt_new(ST_INSERT, L(@1)); $$->u.insert.after = true; $$->u.insert.section = $3; }
	| K_INSERT K_BEFORE name
		{ $$ = stmt_new(ST_INSERT, L(@1)); $$->u.insert.after = false; $$->u.insert.section = $3; }
	| K_NOCROSSREFS '(' names ')'
		{ $$ = stmt_new(ST_NOCROSSREFS, L(@1)); $$->u.names = $3; }
	| K_NOCROSSREFS '(' ')'
		{ $$ = stmt_new(ST_NOCROSSREFS, L(@1)); }
	| K_NOCROSSREFS_TO '(' names ')'
		{ $$ = stmt_new(ST_NOCROSSREFS_TO, L(@1)); $$->u.names = $3; }
	| K_LD_FEATURE '(' name ')'
		{ $$ = stmt_new(ST_LD_FEATURE, L(@1)); $$->u.name = $3; }
	| K_SECTIONS '{' sec_body '}'
		{ $$ = stmt_new(ST_SECTIONS, L(@1)); $$->u.block = $3; }
	| K_MEMORY '{' mem_list '}'
		{ $$ = stmt_new(ST_MEMORY, L(@1)); $$->u.regions = $3; }
	| K_PHDRS '{' phdr_list '}'
		{ $$ = stmt_new(ST_PHDRS, L(@1)); $$->u.phdrs = $3; }
	| K_VERSION '{' { PUSH(LM_VERS); } vers_nodes_opt '}'
		{ POP(); $$ = stmt_new(ST_VERSION, L(@1)); $$->u.version = $4; }
	;

/*
 * Statements allowed at top level, in SECTIONS and in output sections.
 * (Assignments are too, but need a separator unless a '}' follows.)
 */
statement_anywhere:
	  K_ENTRY '(' name ')'
		{ $$ = stmt_new(ST_ENTRY, L(@1)); $$->u.name = $3; }
	| assert_stmt
	;

assert_stmt:
	  K_ASSERT '(' mustbe_exp ',' msg ')'
		{
			$$ = stmt_new(ST_ASSERT, L(@1));
			$$->u.assert_.cond = $3; $$->u.assert_.msg = $5;
		}
	;

msg:	  QNAME | NAME ;

separator_opt: %empty | separator ;

separator: ';' | ',' ;

name:	  NAME | QNAME ;

names:
	  name					{ $$ = name_new($1, false); }
	| names opt_comma name			{ $$ = names_append($1, name_new($3, false)); }
	;

opt_comma: %empty | ',' ;

inputlist:
	  input_elem
	| inputlist opt_comma input_elem	{ $$ = files_append($1, $3); }
	;

input_elem:
	  name					{ $$ = file_ref($1, false); }
	| LNAME					{ $$ = file_ref($1, true); }
	| K_AS_NEEDED '(' inputlist ')'
		{
			for (struct input_file_ref *f = $3; f; f = f->next)
				f->as_needed = true;
			$$ = $3;
		}
	;

/* ------------------------------------------------------------ assignments */

assignment:
	  name assign_op { PUSH(LM_EXPR); } exp
		{ POP(); $$ = assign_stmt(L(@1), $1, $2, $4, AK_PLAIN); }
	| K_PROVIDE '(' name '=' { PUSH(LM_EXPR); } exp { POP(); } ')'
		{ $$ = assign_stmt(L(@1), $3, '=', $6, AK_PROVIDE); }
	| K_PROVIDE_HIDDEN '(' name '=' { PUSH(LM_EXPR); } exp { POP(); } ')'
		{ $$ = assign_stmt(L(@1), $3, '=', $6, AK_PROVIDE_HIDDEN); }
	| K_HIDDEN '(' name '=' { PUSH(LM_EXPR); } exp { POP(); } ')'
		{ $$ = assign_stmt(L(@1), $3, '=', $6, AK_HIDDEN); }
	;

assign_op:
	  '='		{ $$ = AS_SET; }
	| PLUSEQ	{ $$ = AS_ADD; }
	| MINUSEQ	{ $$ = AS_SUB; }
	| MULEQ		{ $$ = AS_MUL; }
	| DIVEQ		{ $$ = AS_DIV; }
	| SHLEQ		{ $$ = AS_SHL; }
	| SHREQ		{ $$ = AS_SHR; }
	| ANDEQ		{ $$ = AS_AND; }
	| OREQ		{ $$ = AS_OR; }
	;

mustbe_exp:
	  { PUSH(LM_EXPR); } exp		{ POP(); $$ = $2; }
	;

/* ------------------------------------------------------------ SECTIONS */

sec_body:
	  sec_list
	| sec_list assignment			{ $$ = stmt_append($1, $2); }
	;

sec_list:
	  %empty				{ $$ = NULL; }
	| sec_list sec_item			{ $$ = stmt_append($1, $2); }
	;

sec_item:
	  osec opt_comma
	| overlay opt_comma
	| statement_anywhere
	| assignment separator			{ $$ = $1; }
	;

/* An output section description. */
osec:
	  osec_head '{' { PUSH(LM_WILD); } body '}'
		{ POP(); lex_after_operand(scanner); }
	  region_opt lma_region_opt phdr_trailer fill_opt
		{
			POP();
			$1->body = $4;
			$1->region = $7 ? $7->name : NULL;
			$1->lma_region = $8 ? $8->name : NULL;
			$1->phdrs = $9;
			$1->fill = $10;
			$$ = stmt_new(ST_OUTSECT, L(@1));
			$$->u.osec = *$1;
		}
	;

osec_head:
	  name { PUSH(LM_EXPR); } osec_addr_type ':' osec_at osec_align osec_align_input
	  osec_subalign osec_constraint
		{
			$$ = xcalloc(1, sizeof *$$);
			*$$ = ps->pending_osec;
			memset(&ps->pending_osec, 0, sizeof ps->pending_osec);
			$$->name = $1;
		}
	;

/* The header parts hand their values to osec_head through these rules. */
osec_addr_type:
	  %empty
	| exp					{ osec_pending(ps)->addr = $1; }
	| '(' osec_type ')'
	| exp '(' osec_type ')'			{ osec_pending(ps)->addr = $1; }
	;

osec_type:
	  K_NOLOAD				{ osec_pending(ps)->type = OT_NOLOAD; }
	| K_DSECT				{ osec_pending(ps)->type = OT_DSECT; }
	| K_COPY				{ osec_pending(ps)->type = OT_COPY; }
	| K_INFO				{ osec_pending(ps)->type = OT_INFO; }
	| K_OVERLAY				{ osec_pending(ps)->type = OT_OVERLAY; }
	| K_READONLY				{ osec_pending(ps)->type = OT_READONLY; }
	| K_TYPE '=' exp
		{ osec_pending(ps)->type = OT_TYPE; osec_pending(ps)->type_value = $3; }
	| K_READONLY '(' K_TYPE '=' exp ')'
		{ osec_pending(ps)->type = OT_READONLY_TYPE; osec_pending(ps)->type_value = $5; }
	;

osec_at:
	  %empty
	| K_AT '(' exp ')'			{ osec_pending(ps)->lma = $3; }
	;

osec_align:
	  %empty
	| K_ALIGN '(' exp ')'			{ osec_pending(ps)->align = $3; }
	;

osec_align_input:
	  %empty
	| K_ALIGN_WITH_INPUT			{ osec_pending(ps)->align_with_input = true; }
	;

osec_subalign:
	  %empty
	| K_SUBALIGN '(' exp ')'		{ osec_pending(ps)->subalign = $3; }
	;

osec_constraint:
	  %empty
	| K_ONLY_IF_RO				{ osec_pending(ps)->constraint = OC_ONLY_IF_RO; }
	| K_ONLY_IF_RW				{ osec_pending(ps)->constraint = OC_ONLY_IF_RW; }
	| K_SPECIAL				{ osec_pending(ps)->constraint = OC_SPECIAL; }
	;

region_opt:
	  %empty				{ $$ = NULL; }
	| '>' name				{ $$ = name_new($2, false); }
	;

lma_region_opt:
	  %empty				{ $$ = NULL; }
	| K_AT '>' name				{ $$ = name_new($3, false); }
	;

phdr_trailer:
	  %empty				{ $$ = NULL; }
	| phdr_trailer ':' name			{ $$ = names_append($1, name_new($3, false)); }
	;

fill_opt:
	  %empty				{ $$ = NULL; }
	| '=' exp				{ $$ = $2; FILL_CHECK($2, @2); }
	;

/* OVERLAY [start] : [NOCROSSREFS] [AT(ldaddr)] { sections } trailer */
overlay:
	  K_OVERLAY { PUSH(LM_EXPR); } overlay_addr ':' overlay_nocross overlay_at
	  '{' { PUSH(LM_SCRIPT); } overlay_list '}'
		{ POP(); lex_after_operand(scanner); }
	  region_opt phdr_trailer fill_opt
		{
			POP();
			$$ = stmt_new(ST_OVERLAY, L(@1));
			$$->u.overlay = ps->pending_overlay;
			memset(&ps->pending_overlay, 0, sizeof ps->pending_overlay);
			$$->u.overlay.sections = $9;
			$$->u.overlay.region = $12 ? $12->name : NULL;
			$$->u.overlay.phdrs = $13;
			$$->u.overlay.fill = $14;
		}
	;

overlay_addr:
	  %empty
	| exp					{ ps->pending_overlay.addr = $1; }
	;

overlay_nocross:
	  %empty
	| K_NOCROSSREFS				{ ps->pending_overlay.nocrossrefs = true; }
	;

overlay_at:
	  %empty
	| K_AT '(' exp ')'			{ ps->pending_overlay.lma = $3; }
	;

overlay_list:
	  %empty				{ $$ = NULL; }
	| overlay_list overlay_item		{ $$ = stmt_append($1, $2); }
	;

overlay_item:
	  name '{' { PUSH(LM_WILD); } body '}' { POP(); } phdr_trailer overlay_fill opt_comma
		{
			$$ = stmt_new(ST_OUTSECT, L(@1));
			$$->u.osec.name = $1;
			$$->u.osec.body = $4;
			$$->u.osec.phdrs = $7;
			$$->u.osec.fill = ps->pending_fill;
			ps->pending_fill = NULL;
		}
	;

overlay_fill:
	  %empty
	| '=' mustbe_exp			{ ps->pending_fill = $2; FILL_CHECK($2, @2); }
	;

/* ------------------------------------------------------------ output section bodies */

body:
	  body_list
	| body_list assignment			{ $$ = stmt_append($1, $2); }
	;

body_list:
	  %empty				{ $$ = NULL; }
	| body_list body_item			{ $$ = stmt_append($1, $2); }
	;

body_item:
	  ';'					{ $$ = NULL; }
	| statement_anywhere
	| assignment separator			{ $$ = $1; }
	| input_item
	| K_KEEP '(' input_item ')'		{ $$ = $3; $$->u.input.keep = true; $$->loc = L(@1); }
	| data_kind '(' mustbe_exp ')'
		{
			$$ = stmt_new(ST_DATA, L(@1));
			$$->u.data.size = (enum data_kind)$1;
			$$->u.data.value = $3;
		}
	| K_FILL '(' mustbe_exp ')'
		{ FILL_CHECK($3, @3); $$ = stmt_new(ST_FILL, L(@1)); $$->u.expr = $3; }
	| K_CONSTRUCTORS			{ $$ = stmt_new(ST_CONSTRUCTORS, L(@1)); }
	| sort_kw '(' K_CONSTRUCTORS ')'
		{
			if ($1 != SORT_BY_NAME) {
				script_syntax_error(ps, &@1, "syntax error");
				YYABORT;
			}
			$$ = stmt_new(ST_CONSTRUCTORS, L(@1));
		}
	| K_CREATE_OBJECT_SYMBOLS		{ $$ = stmt_new(ST_CREATE_OBJECT_SYMBOLS, L(@1)); }
	;

data_kind:
	  K_BYTE	{ $$ = DK_BYTE; }
	| K_SHORT	{ $$ = DK_SHORT; }
	| K_LONG	{ $$ = DK_LONG; }
	| K_QUAD	{ $$ = DK_QUAD; }
	| K_SQUAD	{ $$ = DK_SQUAD; }
	;

input_item:
	  ispec
		{ $$ = stmt_new(ST_INPUT_SECTION, L(@1)); $$->u.input = *$1; }
	| K_INPUT_SECTION_FLAGS '(' flag_list ')' ispec
		{
			$$ = stmt_new(ST_INPUT_SECTION, L(@1));
			$$->u.input = *$5;
			$$->u.input.flags = $3;
		}
	;

flag_list:
	  flag
	| flag_list '&' flag
		{
			struct flag_expr *p = $1;
			while (p->next)
				p = p->next;
			p->next = $3;
			$$ = $1;
		}
	;

flag:
	  NAME			{ $$ = xcalloc(1, sizeof *$$); $$->name = $1; }
	| '!' NAME		{ $$ = xcalloc(1, sizeof *$$); $$->name = $2; $$->negate = true; }
	;

/* FILE, FILE(SECTIONS...) */
ispec:
	  file_pat
		{ $$ = xcalloc(1, sizeof *$$); $$->file = $1; $$->file_only = true; }
	| file_pat '(' sec_pats ')'
		{ $$ = xcalloc(1, sizeof *$$); $$->file = $1; $$->sections = $3; }
	;

wpat:
	  NAME			{ $$ = pat_new($1, false); }
	| QNAME			{ $$ = pat_new($1, true); }
	;

file_pat:
	  wpat
	| K_EXCLUDE_FILE '(' wnames ')' wpat	{ $$ = $5; $$->exclude = $3; }
	| sort_kw '(' wpat ')'			{ $$ = pat_sort(ps, &@1, $1, $3); }
	;

sec_pats:
	  sec_pat
	| sec_pats opt_comma sec_pat		{ $$ = pats_append($1, $3); }
	;

sec_pat:
	  wpat
	| K_EXCLUDE_FILE '(' wnames ')' wpat	{ $$ = $5; $$->exclude = $3; }
	| sort_kw '(' sec_pat ')'		{ $$ = pat_sort(ps, &@1, $1, $3); }
	| K_REVERSE '(' sec_pat ')'		{ $$ = $3; $$->reverse = true; }
	;

sort_kw:
	  K_SORT_BY_NAME		{ $$ = SORT_BY_NAME; }
	| K_SORT_BY_ALIGNMENT		{ $$ = SORT_BY_ALIGNMENT; }
	| K_SORT_BY_INIT_PRIORITY	{ $$ = SORT_BY_INIT_PRIORITY; }
	| K_SORT_NONE			{ $$ = SORT_NONE; }
	;

wnames:
	  wpat				{ $$ = name_new($1->text, $1->quoted); }
	| wnames opt_comma wpat		{ $$ = names_append($1, name_new($3->text, $3->quoted)); }
	;

/* ------------------------------------------------------------ MEMORY */

mem_list:
	  %empty				{ $$ = NULL; }
	| mem_list mem_item
		{
			if (!$1) {
				$$ = $2;
			} else {
				struct mem_region *p = $1;
				while (p->next)
					p = p->next;
				p->next = $2;
				$$ = $1;
			}
		}
	;

/* name [(attr)] : ORIGIN = origin, LENGTH = len */
mem_item:
	  name memattrs ':' { PUSH(LM_EXPR); } origin_kw '=' exp opt_comma length_kw '=' exp
		{
			POP();
			$$ = xcalloc(1, sizeof *$$);
			$$->name = $1;
			$$->attrs = $2;
			$$->origin = $7;
			$$->length = $11;
			$$->loc = L(@1);
		}
	;

memattrs:
	  %empty				{ $$ = NULL; }
	| '(' memattr ')'			{ $$ = $2; }
	;

memattr:
	  NAME
	| '!'					{ $$ = xstrdup("!"); }
	| memattr NAME				{ $$ = concat($1, $2); }
	| memattr '!'				{ $$ = concat($1, "!"); }
	;

origin_kw:
	  K_ORIGIN
	| NAME
		{
			if (strcmp($1, "org") && strcmp($1, "o")) {
				script_syntax_error(ps, &@1, "syntax error");
				YYABORT;
			}
		}
	;

length_kw:
	  K_LENGTH
	| NAME
		{
			if (strcmp($1, "len") && strcmp($1, "l")) {
				script_syntax_error(ps, &@1, "syntax error");
				YYABORT;
			}
		}
	;

/* ------------------------------------------------------------ PHDRS */

phdr_list:
	  %empty				{ $$ = NULL; }
	| phdr_list phdr_item
		{
			if (!$1) {
				$$ = $2;
			} else {
				struct phdr *p = $1;
				while (p->next)
					p = p->next;
				p->next = $2;
				$$ = $1;
			}
		}
	;

/* name type [FILEHDR] [PHDRS] [AT(address)] [FLAGS(flags)] ; */
phdr_item:
	  name { PUSH(LM_EXPR); } exp phdr_quals ';'
		{
			POP();
			$$ = $4;
			$$->name = $1;
			$$->type = $3;
			$$->loc = L(@1);
		}
	;

phdr_quals:
	  %empty				{ $$ = xcalloc(1, sizeof *$$); }
	| phdr_quals K_FILEHDR			{ $$ = $1; $$->filehdr = true; }
	| phdr_quals K_PHDRS			{ $$ = $1; $$->phdrs = true; }
	| phdr_quals K_AT '(' exp ')'		{ $$ = $1; $$->at = $4; }
	| phdr_quals K_FLAGS '(' exp ')'	{ $$ = $1; $$->flags = $4; }
	;

/* ------------------------------------------------------------ VERSION */

vers_nodes_opt_list:
	  %empty				{ ps->result->stmts = NULL; ps->in_vers = false; }
	| vers_nodes
		{
			ps->in_vers = false;
			struct stmt *s = stmt_new(ST_VERSION, $1->loc);
			s->u.version = $1;
			ps->result->stmts = s;
		}
	;

vers_nodes_opt:
	  %empty				{ $$ = NULL; }
	| vers_nodes
	;

vers_nodes:
	  vers_node
	| vers_nodes vers_node
		{
			struct version_node *p = $1;
			while (p->next)
				p = p->next;
			p->next = $2;
			$$ = $1;
		}
	;

vers_node:
	  '{' vers_body '}' ';'
		{ $$ = xcalloc(1, sizeof *$$); $$->patterns = $2; $$->loc = L(@1); }
	| NAME '{' vers_body '}' vers_deps ';'
		{
			$$ = xcalloc(1, sizeof *$$);
			$$->name = $1;
			$$->patterns = $3;
			$$->deps = $5;
			$$->loc = L(@1);
		}
	;

vers_deps:
	  %empty				{ $$ = NULL; }
	| vers_deps NAME			{ $$ = names_append($1, name_new($2, false)); }
	;

/* global:/local: switch the current scope (ps->vers_local) for what follows. */
vers_body:
	  %empty				{ $$ = NULL; ps->vers_local = false; }
	| vers_body vers_item			{ $$ = vpats_append($1, $2); }
	;

vers_item:
	  VGLOBAL				{ $$ = NULL; ps->vers_local = false; }
	| VLOCAL				{ $$ = NULL; ps->vers_local = true; }
	| NAME ';'
		{
			$$ = xcalloc(1, sizeof *$$);
			$$->pattern = $1;
			$$->local = ps->vers_local;
		}
	| QNAME ';'
		{
			$$ = xcalloc(1, sizeof *$$);
			$$->pattern = $1;
			$$->quoted = true;
			$$->local = ps->vers_local;
		}
	| VEXTERN QNAME '{' vers_ext_list '}' separator_opt
		{
			for (struct version_pattern *p = $4; p; p = p->next) {
				p->lang = $2;
				p->local = ps->vers_local;
			}
			$$ = $4;
		}
	;

vers_ext_list:
	  %empty				{ $$ = NULL; }
	| vers_ext_list NAME separator_opt
		{
			struct version_pattern *p = xcalloc(1, sizeof *p);
			p->pattern = $2;
			$$ = vpats_append($1, p);
		}
	| vers_ext_list QNAME separator_opt
		{
			struct version_pattern *p = xcalloc(1, sizeof *p);
			p->pattern = $2;
			p->quoted = true;
			$$ = vpats_append($1, p);
		}
	;

/* ------------------------------------------------------------ expressions */

exp:
	  '-' exp %prec UNARY			{ $$ = expr_unary(L(@1), OP_NEG, $2); }
	| '+' exp %prec UNARY			{ $$ = expr_unary(L(@1), OP_PLUS_U, $2); }
	| '!' exp %prec UNARY			{ $$ = expr_unary(L(@1), OP_NOT, $2); }
	| '~' exp %prec UNARY			{ $$ = expr_unary(L(@1), OP_COM, $2); }
	| '(' exp ')'				{ $$ = $2; }
	| exp '*' exp				{ $$ = expr_binary(L(@2), OP_MUL, $1, $3); }
	| exp '/' exp				{ $$ = expr_binary(L(@2), OP_DIV, $1, $3); }
	| exp '%' exp				{ $$ = expr_binary(L(@2), OP_MOD, $1, $3); }
	| exp '+' exp				{ $$ = expr_binary(L(@2), OP_ADD, $1, $3); }
	| exp '-' exp				{ $$ = expr_binary(L(@2), OP_SUB, $1, $3); }
	| exp SHL exp				{ $$ = expr_binary(L(@2), OP_SHL, $1, $3); }
	| exp SHR exp				{ $$ = expr_binary(L(@2), OP_SHR, $1, $3); }
	| exp EQ exp				{ $$ = expr_binary(L(@2), OP_EQ, $1, $3); }
	| exp NE exp				{ $$ = expr_binary(L(@2), OP_NE, $1, $3); }
	| exp LE exp				{ $$ = expr_binary(L(@2), OP_LE, $1, $3); }
	| exp GE exp				{ $$ = expr_binary(L(@2), OP_GE, $1, $3); }
	| exp '<' exp				{ $$ = expr_binary(L(@2), OP_LT, $1, $3); }
	| exp '>' exp				{ $$ = expr_binary(L(@2), OP_GT, $1, $3); }
	| exp '&' exp				{ $$ = expr_binary(L(@2), OP_AND, $1, $3); }
	| exp '|' exp				{ $$ = expr_binary(L(@2), OP_OR, $1, $3); }
	| exp ANDAND exp			{ $$ = expr_binary(L(@2), OP_ANDAND, $1, $3); }
	| exp OROR exp				{ $$ = expr_binary(L(@2), OP_OROR, $1, $3); }
	| exp '?' exp ':' exp			{ $$ = expr_cond(L(@2), $1, $3, $5); }
	| INT					{ $$ = expr_num(L(@1), $1.v); $$->hex = $1.hex; }
	| NAME
		{
			if (strcmp($1, ".") == 0)
				$$ = expr_dot(L(@1));
			else
				$$ = expr_sym(L(@1), $1);
		}
	| QNAME					{ $$ = expr_sym(L(@1), $1); }
	| K_ABSOLUTE '(' exp ')'		{ $$ = expr_call(L(@1), FN_ABSOLUTE, NULL, $3, NULL); }
	| K_ADDR '(' { PUSH(LM_SCRIPT); } name { POP(); } ')'
		{ $$ = expr_call(L(@1), FN_ADDR, $4, NULL, NULL); }
	| K_SIZEOF '(' { PUSH(LM_SCRIPT); } name { POP(); } ')'
		{ $$ = expr_call(L(@1), FN_SIZEOF, $4, NULL, NULL); }
	| K_LOADADDR '(' { PUSH(LM_SCRIPT); } name { POP(); } ')'
		{ $$ = expr_call(L(@1), FN_LOADADDR, $4, NULL, NULL); }
	| K_ALIGNOF '(' { PUSH(LM_SCRIPT); } name { POP(); } ')'
		{ $$ = expr_call(L(@1), FN_ALIGNOF, $4, NULL, NULL); }
	| K_ALIGN '(' exp ')'			{ $$ = expr_call(L(@1), FN_ALIGN, NULL, $3, NULL); }
	| K_ALIGN '(' exp ',' exp ')'		{ $$ = expr_call(L(@1), FN_ALIGN, NULL, $3, $5); }
	| K_BLOCK '(' exp ')'			{ $$ = expr_call(L(@1), FN_BLOCK, NULL, $3, NULL); }
	| K_DATA_SEGMENT_ALIGN '(' exp ',' exp ')'
		{ $$ = expr_call(L(@1), FN_DATA_SEGMENT_ALIGN, NULL, $3, $5); }
	| K_DATA_SEGMENT_END '(' exp ')'
		{ $$ = expr_call(L(@1), FN_DATA_SEGMENT_END, NULL, $3, NULL); }
	| K_DATA_SEGMENT_RELRO_END '(' exp ',' exp ')'
		{ $$ = expr_call(L(@1), FN_DATA_SEGMENT_RELRO_END, NULL, $3, $5); }
	| K_DEFINED '(' name ')'		{ $$ = expr_call(L(@1), FN_DEFINED, $3, NULL, NULL); }
	| K_LENGTH '(' name ')'			{ $$ = expr_call(L(@1), FN_LENGTH, $3, NULL, NULL); }
	| K_ORIGIN '(' name ')'			{ $$ = expr_call(L(@1), FN_ORIGIN, $3, NULL, NULL); }
	| K_LOG2CEIL '(' exp ')'		{ $$ = expr_call(L(@1), FN_LOG2CEIL, NULL, $3, NULL); }
	| K_NEXT '(' exp ')'			{ $$ = expr_call(L(@1), FN_NEXT, NULL, $3, NULL); }
	| K_MAX '(' exp ',' exp ')'		{ $$ = expr_call(L(@1), FN_MAX, NULL, $3, $5); }
	| K_MIN '(' exp ',' exp ')'		{ $$ = expr_call(L(@1), FN_MIN, NULL, $3, $5); }
	| K_SEGMENT_START '(' name ',' exp ')'
		{ $$ = expr_call(L(@1), FN_SEGMENT_START, $3, $5, NULL); }
	| K_SIZEOF_HEADERS			{ $$ = expr_call(L(@1), FN_SIZEOF_HEADERS, NULL, NULL, NULL); }
	| K_CONSTANT '(' NAME ')'		{ $$ = expr_call(L(@1), FN_CONSTANT, $3, NULL, NULL); }
	| K_ASSERT '(' exp ',' msg ')'		{ $$ = expr_call(L(@1), FN_ASSERT, $5, $3, NULL); }
	;

%%

/* The grammar's name of token TOK (for the lexer's test dump). */
const char *script_token_name(int tok)
{
	return yytname[YYTRANSLATE(tok)];
}
