/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1





# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_START_SCRIPT = 3,               /* START_SCRIPT  */
  YYSYMBOL_START_VERSION = 4,              /* START_VERSION  */
  YYSYMBOL_START_EXPR = 5,                 /* START_EXPR  */
  YYSYMBOL_LEX_ERROR = 6,                  /* LEX_ERROR  */
  YYSYMBOL_NAME = 7,                       /* NAME  */
  YYSYMBOL_QNAME = 8,                      /* QNAME  */
  YYSYMBOL_LNAME = 9,                      /* LNAME  */
  YYSYMBOL_INT = 10,                       /* INT  */
  YYSYMBOL_EQ = 11,                        /* EQ  */
  YYSYMBOL_NE = 12,                        /* NE  */
  YYSYMBOL_LE = 13,                        /* LE  */
  YYSYMBOL_GE = 14,                        /* GE  */
  YYSYMBOL_SHL = 15,                       /* SHL  */
  YYSYMBOL_SHR = 16,                       /* SHR  */
  YYSYMBOL_ANDAND = 17,                    /* ANDAND  */
  YYSYMBOL_OROR = 18,                      /* OROR  */
  YYSYMBOL_PLUSEQ = 19,                    /* PLUSEQ  */
  YYSYMBOL_MINUSEQ = 20,                   /* MINUSEQ  */
  YYSYMBOL_MULEQ = 21,                     /* MULEQ  */
  YYSYMBOL_DIVEQ = 22,                     /* DIVEQ  */
  YYSYMBOL_SHLEQ = 23,                     /* SHLEQ  */
  YYSYMBOL_SHREQ = 24,                     /* SHREQ  */
  YYSYMBOL_ANDEQ = 25,                     /* ANDEQ  */
  YYSYMBOL_OREQ = 26,                      /* OREQ  */
  YYSYMBOL_VGLOBAL = 27,                   /* VGLOBAL  */
  YYSYMBOL_VLOCAL = 28,                    /* VLOCAL  */
  YYSYMBOL_VEXTERN = 29,                   /* VEXTERN  */
  YYSYMBOL_K_ABSOLUTE = 30,                /* K_ABSOLUTE  */
  YYSYMBOL_K_ADDR = 31,                    /* K_ADDR  */
  YYSYMBOL_K_AFTER = 32,                   /* K_AFTER  */
  YYSYMBOL_K_ALIGN = 33,                   /* K_ALIGN  */
  YYSYMBOL_K_ALIGNOF = 34,                 /* K_ALIGNOF  */
  YYSYMBOL_K_ALIGN_WITH_INPUT = 35,        /* K_ALIGN_WITH_INPUT  */
  YYSYMBOL_K_ASSERT = 36,                  /* K_ASSERT  */
  YYSYMBOL_K_AS_NEEDED = 37,               /* K_AS_NEEDED  */
  YYSYMBOL_K_AT = 38,                      /* K_AT  */
  YYSYMBOL_K_BEFORE = 39,                  /* K_BEFORE  */
  YYSYMBOL_K_BLOCK = 40,                   /* K_BLOCK  */
  YYSYMBOL_K_BYTE = 41,                    /* K_BYTE  */
  YYSYMBOL_K_CONSTANT = 42,                /* K_CONSTANT  */
  YYSYMBOL_K_CONSTRUCTORS = 43,            /* K_CONSTRUCTORS  */
  YYSYMBOL_K_COPY = 44,                    /* K_COPY  */
  YYSYMBOL_K_CREATE_OBJECT_SYMBOLS = 45,   /* K_CREATE_OBJECT_SYMBOLS  */
  YYSYMBOL_K_DATA_SEGMENT_ALIGN = 46,      /* K_DATA_SEGMENT_ALIGN  */
  YYSYMBOL_K_DATA_SEGMENT_END = 47,        /* K_DATA_SEGMENT_END  */
  YYSYMBOL_K_DATA_SEGMENT_RELRO_END = 48,  /* K_DATA_SEGMENT_RELRO_END  */
  YYSYMBOL_K_DEFINED = 49,                 /* K_DEFINED  */
  YYSYMBOL_K_DSECT = 50,                   /* K_DSECT  */
  YYSYMBOL_K_ENTRY = 51,                   /* K_ENTRY  */
  YYSYMBOL_K_EXCLUDE_FILE = 52,            /* K_EXCLUDE_FILE  */
  YYSYMBOL_K_EXTERN = 53,                  /* K_EXTERN  */
  YYSYMBOL_K_FILEHDR = 54,                 /* K_FILEHDR  */
  YYSYMBOL_K_FILL = 55,                    /* K_FILL  */
  YYSYMBOL_K_FLAGS = 56,                   /* K_FLAGS  */
  YYSYMBOL_K_FORCE_COMMON_ALLOCATION = 57, /* K_FORCE_COMMON_ALLOCATION  */
  YYSYMBOL_K_FORCE_GROUP_ALLOCATION = 58,  /* K_FORCE_GROUP_ALLOCATION  */
  YYSYMBOL_K_GROUP = 59,                   /* K_GROUP  */
  YYSYMBOL_K_HIDDEN = 60,                  /* K_HIDDEN  */
  YYSYMBOL_K_INCLUDE = 61,                 /* K_INCLUDE  */
  YYSYMBOL_K_INFO = 62,                    /* K_INFO  */
  YYSYMBOL_K_INHIBIT_COMMON_ALLOCATION = 63, /* K_INHIBIT_COMMON_ALLOCATION  */
  YYSYMBOL_K_INPUT = 64,                   /* K_INPUT  */
  YYSYMBOL_K_INPUT_SECTION_FLAGS = 65,     /* K_INPUT_SECTION_FLAGS  */
  YYSYMBOL_K_INSERT = 66,                  /* K_INSERT  */
  YYSYMBOL_K_KEEP = 67,                    /* K_KEEP  */
  YYSYMBOL_K_LD_FEATURE = 68,              /* K_LD_FEATURE  */
  YYSYMBOL_K_LENGTH = 69,                  /* K_LENGTH  */
  YYSYMBOL_K_LOADADDR = 70,                /* K_LOADADDR  */
  YYSYMBOL_K_LOG2CEIL = 71,                /* K_LOG2CEIL  */
  YYSYMBOL_K_LONG = 72,                    /* K_LONG  */
  YYSYMBOL_K_MAX = 73,                     /* K_MAX  */
  YYSYMBOL_K_MEMORY = 74,                  /* K_MEMORY  */
  YYSYMBOL_K_MIN = 75,                     /* K_MIN  */
  YYSYMBOL_K_NEXT = 76,                    /* K_NEXT  */
  YYSYMBOL_K_NOCROSSREFS = 77,             /* K_NOCROSSREFS  */
  YYSYMBOL_K_NOCROSSREFS_TO = 78,          /* K_NOCROSSREFS_TO  */
  YYSYMBOL_K_NOLOAD = 79,                  /* K_NOLOAD  */
  YYSYMBOL_K_ONLY_IF_RO = 80,              /* K_ONLY_IF_RO  */
  YYSYMBOL_K_ONLY_IF_RW = 81,              /* K_ONLY_IF_RW  */
  YYSYMBOL_K_ORIGIN = 82,                  /* K_ORIGIN  */
  YYSYMBOL_K_OUTPUT = 83,                  /* K_OUTPUT  */
  YYSYMBOL_K_OUTPUT_ARCH = 84,             /* K_OUTPUT_ARCH  */
  YYSYMBOL_K_OUTPUT_FORMAT = 85,           /* K_OUTPUT_FORMAT  */
  YYSYMBOL_K_OVERLAY = 86,                 /* K_OVERLAY  */
  YYSYMBOL_K_PHDRS = 87,                   /* K_PHDRS  */
  YYSYMBOL_K_PROVIDE = 88,                 /* K_PROVIDE  */
  YYSYMBOL_K_PROVIDE_HIDDEN = 89,          /* K_PROVIDE_HIDDEN  */
  YYSYMBOL_K_QUAD = 90,                    /* K_QUAD  */
  YYSYMBOL_K_READONLY = 91,                /* K_READONLY  */
  YYSYMBOL_K_REGION_ALIAS = 92,            /* K_REGION_ALIAS  */
  YYSYMBOL_K_REVERSE = 93,                 /* K_REVERSE  */
  YYSYMBOL_K_SEARCH_DIR = 94,              /* K_SEARCH_DIR  */
  YYSYMBOL_K_SECTIONS = 95,                /* K_SECTIONS  */
  YYSYMBOL_K_SEGMENT_START = 96,           /* K_SEGMENT_START  */
  YYSYMBOL_K_SHORT = 97,                   /* K_SHORT  */
  YYSYMBOL_K_SIZEOF = 98,                  /* K_SIZEOF  */
  YYSYMBOL_K_SIZEOF_HEADERS = 99,          /* K_SIZEOF_HEADERS  */
  YYSYMBOL_K_SORT_BY_NAME = 100,           /* K_SORT_BY_NAME  */
  YYSYMBOL_K_SORT_BY_ALIGNMENT = 101,      /* K_SORT_BY_ALIGNMENT  */
  YYSYMBOL_K_SORT_BY_INIT_PRIORITY = 102,  /* K_SORT_BY_INIT_PRIORITY  */
  YYSYMBOL_K_SORT_NONE = 103,              /* K_SORT_NONE  */
  YYSYMBOL_K_SPECIAL = 104,                /* K_SPECIAL  */
  YYSYMBOL_K_SQUAD = 105,                  /* K_SQUAD  */
  YYSYMBOL_K_STARTUP = 106,                /* K_STARTUP  */
  YYSYMBOL_K_SUBALIGN = 107,               /* K_SUBALIGN  */
  YYSYMBOL_K_TARGET = 108,                 /* K_TARGET  */
  YYSYMBOL_K_TYPE = 109,                   /* K_TYPE  */
  YYSYMBOL_K_VERSION = 110,                /* K_VERSION  */
  YYSYMBOL_111_ = 111,                     /* '?'  */
  YYSYMBOL_112_ = 112,                     /* ':'  */
  YYSYMBOL_113_ = 113,                     /* '|'  */
  YYSYMBOL_114_ = 114,                     /* '&'  */
  YYSYMBOL_115_ = 115,                     /* '<'  */
  YYSYMBOL_116_ = 116,                     /* '>'  */
  YYSYMBOL_117_ = 117,                     /* '+'  */
  YYSYMBOL_118_ = 118,                     /* '-'  */
  YYSYMBOL_119_ = 119,                     /* '*'  */
  YYSYMBOL_120_ = 120,                     /* '/'  */
  YYSYMBOL_121_ = 121,                     /* '%'  */
  YYSYMBOL_UNARY = 122,                    /* UNARY  */
  YYSYMBOL_123_ = 123,                     /* ';'  */
  YYSYMBOL_124_ = 124,                     /* '('  */
  YYSYMBOL_125_ = 125,                     /* ')'  */
  YYSYMBOL_126_ = 126,                     /* ','  */
  YYSYMBOL_127_ = 127,                     /* '{'  */
  YYSYMBOL_128_ = 128,                     /* '}'  */
  YYSYMBOL_129_ = 129,                     /* '='  */
  YYSYMBOL_130_ = 130,                     /* '!'  */
  YYSYMBOL_131_ = 131,                     /* '~'  */
  YYSYMBOL_YYACCEPT = 132,                 /* $accept  */
  YYSYMBOL_start = 133,                    /* start  */
  YYSYMBOL_134_1 = 134,                    /* $@1  */
  YYSYMBOL_top_list = 135,                 /* top_list  */
  YYSYMBOL_top_item = 136,                 /* top_item  */
  YYSYMBOL_137_2 = 137,                    /* $@2  */
  YYSYMBOL_statement_anywhere = 138,       /* statement_anywhere  */
  YYSYMBOL_assert_stmt = 139,              /* assert_stmt  */
  YYSYMBOL_msg = 140,                      /* msg  */
  YYSYMBOL_separator_opt = 141,            /* separator_opt  */
  YYSYMBOL_separator = 142,                /* separator  */
  YYSYMBOL_name = 143,                     /* name  */
  YYSYMBOL_names = 144,                    /* names  */
  YYSYMBOL_opt_comma = 145,                /* opt_comma  */
  YYSYMBOL_inputlist = 146,                /* inputlist  */
  YYSYMBOL_input_elem = 147,               /* input_elem  */
  YYSYMBOL_assignment = 148,               /* assignment  */
  YYSYMBOL_149_3 = 149,                    /* $@3  */
  YYSYMBOL_150_4 = 150,                    /* $@4  */
  YYSYMBOL_151_5 = 151,                    /* $@5  */
  YYSYMBOL_152_6 = 152,                    /* $@6  */
  YYSYMBOL_153_7 = 153,                    /* $@7  */
  YYSYMBOL_154_8 = 154,                    /* $@8  */
  YYSYMBOL_155_9 = 155,                    /* $@9  */
  YYSYMBOL_assign_op = 156,                /* assign_op  */
  YYSYMBOL_mustbe_exp = 157,               /* mustbe_exp  */
  YYSYMBOL_158_10 = 158,                   /* $@10  */
  YYSYMBOL_sec_body = 159,                 /* sec_body  */
  YYSYMBOL_sec_list = 160,                 /* sec_list  */
  YYSYMBOL_sec_item = 161,                 /* sec_item  */
  YYSYMBOL_osec = 162,                     /* osec  */
  YYSYMBOL_163_11 = 163,                   /* $@11  */
  YYSYMBOL_164_12 = 164,                   /* $@12  */
  YYSYMBOL_osec_head = 165,                /* osec_head  */
  YYSYMBOL_166_13 = 166,                   /* $@13  */
  YYSYMBOL_osec_addr_type = 167,           /* osec_addr_type  */
  YYSYMBOL_osec_type = 168,                /* osec_type  */
  YYSYMBOL_osec_at = 169,                  /* osec_at  */
  YYSYMBOL_osec_align = 170,               /* osec_align  */
  YYSYMBOL_osec_align_input = 171,         /* osec_align_input  */
  YYSYMBOL_osec_subalign = 172,            /* osec_subalign  */
  YYSYMBOL_osec_constraint = 173,          /* osec_constraint  */
  YYSYMBOL_region_opt = 174,               /* region_opt  */
  YYSYMBOL_lma_region_opt = 175,           /* lma_region_opt  */
  YYSYMBOL_phdr_trailer = 176,             /* phdr_trailer  */
  YYSYMBOL_fill_opt = 177,                 /* fill_opt  */
  YYSYMBOL_overlay = 178,                  /* overlay  */
  YYSYMBOL_179_14 = 179,                   /* $@14  */
  YYSYMBOL_180_15 = 180,                   /* $@15  */
  YYSYMBOL_181_16 = 181,                   /* $@16  */
  YYSYMBOL_overlay_addr = 182,             /* overlay_addr  */
  YYSYMBOL_overlay_nocross = 183,          /* overlay_nocross  */
  YYSYMBOL_overlay_at = 184,               /* overlay_at  */
  YYSYMBOL_overlay_list = 185,             /* overlay_list  */
  YYSYMBOL_overlay_item = 186,             /* overlay_item  */
  YYSYMBOL_187_17 = 187,                   /* $@17  */
  YYSYMBOL_188_18 = 188,                   /* $@18  */
  YYSYMBOL_overlay_fill = 189,             /* overlay_fill  */
  YYSYMBOL_body = 190,                     /* body  */
  YYSYMBOL_body_list = 191,                /* body_list  */
  YYSYMBOL_body_item = 192,                /* body_item  */
  YYSYMBOL_data_kind = 193,                /* data_kind  */
  YYSYMBOL_input_item = 194,               /* input_item  */
  YYSYMBOL_flag_list = 195,                /* flag_list  */
  YYSYMBOL_flag = 196,                     /* flag  */
  YYSYMBOL_ispec = 197,                    /* ispec  */
  YYSYMBOL_wpat = 198,                     /* wpat  */
  YYSYMBOL_file_pat = 199,                 /* file_pat  */
  YYSYMBOL_sec_pats = 200,                 /* sec_pats  */
  YYSYMBOL_sec_pat = 201,                  /* sec_pat  */
  YYSYMBOL_sort_kw = 202,                  /* sort_kw  */
  YYSYMBOL_wnames = 203,                   /* wnames  */
  YYSYMBOL_mem_list = 204,                 /* mem_list  */
  YYSYMBOL_mem_item = 205,                 /* mem_item  */
  YYSYMBOL_206_19 = 206,                   /* $@19  */
  YYSYMBOL_memattrs = 207,                 /* memattrs  */
  YYSYMBOL_memattr = 208,                  /* memattr  */
  YYSYMBOL_origin_kw = 209,                /* origin_kw  */
  YYSYMBOL_length_kw = 210,                /* length_kw  */
  YYSYMBOL_phdr_list = 211,                /* phdr_list  */
  YYSYMBOL_phdr_item = 212,                /* phdr_item  */
  YYSYMBOL_213_20 = 213,                   /* $@20  */
  YYSYMBOL_phdr_quals = 214,               /* phdr_quals  */
  YYSYMBOL_vers_nodes_opt_list = 215,      /* vers_nodes_opt_list  */
  YYSYMBOL_vers_nodes_opt = 216,           /* vers_nodes_opt  */
  YYSYMBOL_vers_nodes = 217,               /* vers_nodes  */
  YYSYMBOL_vers_node = 218,                /* vers_node  */
  YYSYMBOL_vers_deps = 219,                /* vers_deps  */
  YYSYMBOL_vers_body = 220,                /* vers_body  */
  YYSYMBOL_vers_item = 221,                /* vers_item  */
  YYSYMBOL_vers_ext_list = 222,            /* vers_ext_list  */
  YYSYMBOL_exp = 223,                      /* exp  */
  YYSYMBOL_224_21 = 224,                   /* $@21  */
  YYSYMBOL_225_22 = 225,                   /* $@22  */
  YYSYMBOL_226_23 = 226,                   /* $@23  */
  YYSYMBOL_227_24 = 227,                   /* $@24  */
  YYSYMBOL_228_25 = 228,                   /* $@25  */
  YYSYMBOL_229_26 = 229,                   /* $@26  */
  YYSYMBOL_230_27 = 230,                   /* $@27  */
  YYSYMBOL_231_28 = 231                    /* $@28  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 19 "script-parser/parser.y"

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

#line 501 "build/sp/parser.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if !defined yyoverflow

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_USE_ALLOCA
#  if YYSTACK_USE_ALLOCA
#   ifdef __GNUC__
#    define YYSTACK_ALLOC __builtin_alloca
#   elif defined __BUILTIN_VA_ARG_INCR
#    include <alloca.h> /* INFRINGES ON USER NAME SPACE */
#   elif defined _AIX
#    define YYSTACK_ALLOC __alloca
#   elif defined _MSC_VER
#    include <malloc.h> /* INFRINGES ON USER NAME SPACE */
#    define alloca _alloca
#   else
#    define YYSTACK_ALLOC alloca
#    if ! defined _ALLOCA_H && ! defined EXIT_SUCCESS
#     include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
      /* Use EXIT_SUCCESS as a witness for stdlib.h.  */
#     ifndef EXIT_SUCCESS
#      define EXIT_SUCCESS 0
#     endif
#    endif
#   endif
#  endif
# endif

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
#endif /* !defined yyoverflow */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined YYLTYPE_IS_TRIVIAL && YYLTYPE_IS_TRIVIAL \
             && defined YYSTYPE_IS_TRIVIAL && YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  12
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   1542

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  132
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  100
/* YYNRULES -- Number of rules.  */
#define YYNRULES  282
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  587

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   366


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_uint8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   130,     2,     2,     2,   121,   114,     2,
     124,   125,   119,   117,   126,   118,     2,   120,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,   112,   123,
     115,   129,   116,   111,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   127,   113,   128,   131,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   122
};

#if YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   263,   263,   265,   266,   266,   273,   274,   278,   279,
     280,   281,   283,   285,   287,   289,   291,   293,   298,   300,
     302,   307,   309,   310,   311,   312,   314,   316,   318,   320,
     322,   324,   326,   328,   330,   330,   339,   341,   345,   352,
     352,   354,   354,   356,   356,   358,   358,   361,   362,   365,
     365,   368,   369,   373,   374,   375,   386,   386,   388,   388,
     388,   390,   390,   390,   392,   392,   392,   397,   398,   399,
     400,   401,   402,   403,   404,   405,   409,   409,   415,   416,
     420,   421,   425,   426,   427,   428,   433,   434,   433,   449,
     449,   461,   462,   463,   464,   468,   469,   470,   471,   472,
     473,   474,   476,   481,   482,   486,   487,   491,   492,   496,
     497,   501,   502,   503,   504,   508,   509,   513,   514,   518,
     519,   523,   524,   529,   530,   531,   529,   546,   547,   551,
     552,   556,   557,   561,   562,   566,   566,   566,   578,   579,
     585,   586,   590,   591,   595,   596,   597,   598,   599,   600,
     606,   608,   609,   617,   621,   622,   623,   624,   625,   629,
     631,   640,   641,   652,   653,   658,   660,   665,   666,   670,
     671,   672,   676,   677,   681,   682,   683,   684,   688,   689,
     690,   691,   695,   696,   702,   703,   719,   719,   732,   733,
     737,   738,   739,   740,   744,   745,   755,   756,   768,   769,
     785,   785,   796,   797,   798,   799,   800,   806,   807,   817,
     818,   822,   823,   834,   836,   847,   848,   853,   854,   858,
     859,   860,   866,   873,   884,   885,   891,   903,   904,   905,
     906,   907,   908,   909,   910,   911,   912,   913,   914,   915,
     916,   917,   918,   919,   920,   921,   922,   923,   924,   925,
     926,   927,   934,   935,   936,   936,   936,   938,   938,   938,
     940,   940,   940,   942,   942,   942,   944,   945,   946,   947,
     949,   951,   953,   954,   955,   956,   957,   958,   959,   960,
     962,   963,   964
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if YYDEBUG || 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

/* YYTNAME[SYMBOL-NUM] -- String name of the symbol SYMBOL-NUM.
   First, the terminals, then, starting at YYNTOKENS, nonterminals.  */
static const char *const yytname[] =
{
  "\"end of file\"", "error", "\"invalid token\"", "START_SCRIPT",
  "START_VERSION", "START_EXPR", "LEX_ERROR", "NAME", "QNAME", "LNAME",
  "INT", "EQ", "NE", "LE", "GE", "SHL", "SHR", "ANDAND", "OROR", "PLUSEQ",
  "MINUSEQ", "MULEQ", "DIVEQ", "SHLEQ", "SHREQ", "ANDEQ", "OREQ",
  "VGLOBAL", "VLOCAL", "VEXTERN", "K_ABSOLUTE", "K_ADDR", "K_AFTER",
  "K_ALIGN", "K_ALIGNOF", "K_ALIGN_WITH_INPUT", "K_ASSERT", "K_AS_NEEDED",
  "K_AT", "K_BEFORE", "K_BLOCK", "K_BYTE", "K_CONSTANT", "K_CONSTRUCTORS",
  "K_COPY", "K_CREATE_OBJECT_SYMBOLS", "K_DATA_SEGMENT_ALIGN",
  "K_DATA_SEGMENT_END", "K_DATA_SEGMENT_RELRO_END", "K_DEFINED", "K_DSECT",
  "K_ENTRY", "K_EXCLUDE_FILE", "K_EXTERN", "K_FILEHDR", "K_FILL",
  "K_FLAGS", "K_FORCE_COMMON_ALLOCATION", "K_FORCE_GROUP_ALLOCATION",
  "K_GROUP", "K_HIDDEN", "K_INCLUDE", "K_INFO",
  "K_INHIBIT_COMMON_ALLOCATION", "K_INPUT", "K_INPUT_SECTION_FLAGS",
  "K_INSERT", "K_KEEP", "K_LD_FEATURE", "K_LENGTH", "K_LOADADDR",
  "K_LOG2CEIL", "K_LONG", "K_MAX", "K_MEMORY", "K_MIN", "K_NEXT",
  "K_NOCROSSREFS", "K_NOCROSSREFS_TO", "K_NOLOAD", "K_ONLY_IF_RO",
  "K_ONLY_IF_RW", "K_ORIGIN", "K_OUTPUT", "K_OUTPUT_ARCH",
  "K_OUTPUT_FORMAT", "K_OVERLAY", "K_PHDRS", "K_PROVIDE",
  "K_PROVIDE_HIDDEN", "K_QUAD", "K_READONLY", "K_REGION_ALIAS",
  "K_REVERSE", "K_SEARCH_DIR", "K_SECTIONS", "K_SEGMENT_START", "K_SHORT",
  "K_SIZEOF", "K_SIZEOF_HEADERS", "K_SORT_BY_NAME", "K_SORT_BY_ALIGNMENT",
  "K_SORT_BY_INIT_PRIORITY", "K_SORT_NONE", "K_SPECIAL", "K_SQUAD",
  "K_STARTUP", "K_SUBALIGN", "K_TARGET", "K_TYPE", "K_VERSION", "'?'",
  "':'", "'|'", "'&'", "'<'", "'>'", "'+'", "'-'", "'*'", "'/'", "'%'",
  "UNARY", "';'", "'('", "')'", "','", "'{'", "'}'", "'='", "'!'", "'~'",
  "$accept", "start", "$@1", "top_list", "top_item", "$@2",
  "statement_anywhere", "assert_stmt", "msg", "separator_opt", "separator",
  "name", "names", "opt_comma", "inputlist", "input_elem", "assignment",
  "$@3", "$@4", "$@5", "$@6", "$@7", "$@8", "$@9", "assign_op",
  "mustbe_exp", "$@10", "sec_body", "sec_list", "sec_item", "osec", "$@11",
  "$@12", "osec_head", "$@13", "osec_addr_type", "osec_type", "osec_at",
  "osec_align", "osec_align_input", "osec_subalign", "osec_constraint",
  "region_opt", "lma_region_opt", "phdr_trailer", "fill_opt", "overlay",
  "$@14", "$@15", "$@16", "overlay_addr", "overlay_nocross", "overlay_at",
  "overlay_list", "overlay_item", "$@17", "$@18", "overlay_fill", "body",
  "body_list", "body_item", "data_kind", "input_item", "flag_list", "flag",
  "ispec", "wpat", "file_pat", "sec_pats", "sec_pat", "sort_kw", "wnames",
  "mem_list", "mem_item", "$@19", "memattrs", "memattr", "origin_kw",
  "length_kw", "phdr_list", "phdr_item", "$@20", "phdr_quals",
  "vers_nodes_opt_list", "vers_nodes_opt", "vers_nodes", "vers_node",
  "vers_deps", "vers_body", "vers_item", "vers_ext_list", "exp", "$@21",
  "$@22", "$@23", "$@24", "$@25", "$@26", "$@27", "$@28", YY_NULLPTR
};

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  return yytname[yysymbol];
}
#endif

#define YYPACT_NINF (-492)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-47)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
     183,  -492,    19,  -492,    38,   624,  -110,  -492,  -492,    19,
    -492,   449,  -492,  -492,  -492,   -68,   -56,   -52,  -492,  -492,
     -19,    -8,  -492,    20,   138,    23,   -81,    36,    47,    55,
      72,    75,   -26,    79,    84,    92,    94,   122,   130,   141,
     172,  -492,  -492,  -492,  -492,    29,   -23,  -492,     0,  -492,
    -492,  -492,  -492,   144,   148,   173,   188,   192,   193,   194,
     197,   200,   202,   203,   204,   205,   208,   209,   210,   211,
     214,   215,   216,  -492,   449,   449,   449,   449,   449,  1388,
    -492,   168,   168,    62,   168,    62,   168,   168,   168,  -492,
      11,   168,   168,   168,   168,  -492,   168,   168,   168,   168,
    -492,   168,   168,  -492,  -492,  -492,  -492,  -492,  -492,  -492,
    -492,  -492,  -492,  -492,  -492,  -492,  -492,    13,    27,   109,
    -492,  -492,   329,   221,  -492,   449,  -492,   449,  -492,   449,
     449,   334,   449,   449,   449,   168,   168,  -492,   449,   449,
     449,   449,   168,   168,  -492,  -492,  -492,   813,  -492,  -492,
     449,   449,   449,   449,   449,   449,   449,   449,   449,   449,
     449,   449,   449,   449,   449,   449,   449,   449,     3,   449,
      87,  -492,    64,  -492,   226,  -492,    85,  -492,   222,    89,
    -492,  -492,   228,    15,  -492,   105,   110,   230,   232,   121,
      17,   234,   235,   239,   253,   248,   692,   254,   255,    19,
     449,  -492,  -492,  -492,   257,  -492,   826,   168,    48,   168,
     108,   839,   261,   355,   864,   496,   264,   265,   168,   954,
     748,   781,   979,   267,   270,   168,  -492,   652,   652,   190,
     190,    63,    63,  1406,  1397,  1364,  1414,  1421,   190,   190,
      73,    73,  -492,  -492,  -492,   251,  1388,  -492,  -492,  -492,
     168,    62,  -492,    62,  -492,  -492,  -492,  -492,   269,  -492,
    -492,  -492,  -492,  -492,  -492,   168,  -492,  -492,  -492,  -492,
    -492,   168,  -492,  -492,  -492,  -492,    29,   -23,  -492,   271,
     272,   271,  -492,  -492,   274,    19,  1388,    28,  -492,  -492,
    -492,  -492,   449,  -492,   251,  -492,  -492,   449,  -492,   449,
    -492,  -492,  -492,  -492,   449,   449,  -492,  -492,   449,  -492,
     449,  -492,  -492,   275,  -492,   145,  -492,   449,     5,   292,
     279,   449,   449,   449,   287,   449,   522,  -492,  -492,  -492,
    -492,  -492,  -492,  -492,    24,   288,   992,   289,   293,  1005,
    1018,   294,  1031,  1044,  1069,   307,  1388,  -492,  -492,  1388,
    -492,  -492,     2,  -492,   168,  1388,  1388,  1388,  -492,   305,
    1388,   312,   322,  1274,  -492,   -23,   -23,   -23,  -492,  -492,
    -492,  -492,  -492,  -492,  -492,  -492,  -492,  -492,  -492,   310,
    -492,  -492,  -492,    60,   313,   213,   314,   316,   360,  -492,
    -492,  -492,  -492,  -492,   326,   318,   327,   415,   594,   330,
     686,  -492,  -492,  -492,  -492,  -492,  -492,  -492,   325,  -492,
     331,  -492,   336,  -492,  -492,  -492,  -492,  -492,   423,   353,
     449,  -492,   339,   432,   342,  -492,    88,   218,  -492,  -492,
    -492,   362,   363,   364,   366,  -492,  -492,  -492,  -492,  -492,
    -492,  -492,  -492,  -492,  -492,   -23,  -492,   370,  -492,  -492,
    -492,   379,   380,   449,   449,   449,   381,   350,   377,  1388,
     449,   391,   481,  -492,   368,   286,  -492,     9,   399,  -492,
    -492,   323,    37,   799,  1159,  1184,   449,  -492,   449,  1197,
     449,  -492,   410,   168,   483,  -492,  -492,  -492,   170,   398,
    -492,   519,   -78,  -492,   402,   404,   409,   411,   412,  -492,
     176,  -492,   414,   417,   419,     4,  -492,  -492,  1210,  -492,
    1223,  -492,  1236,   416,   -67,  -492,   430,  -492,   286,   286,
    -492,  -492,     9,   485,  -492,   286,  -492,   286,   323,  -492,
     323,   323,  -492,  -492,  -492,  -492,   420,  -492,    26,  -492,
    -492,   449,  -492,  -492,  -492,  -492,   168,   -55,  -492,  -492,
    -492,  -492,   178,   425,  -492,   426,   449,  -492,   427,  -492,
    1249,  -492,   168,   449,  -492,   286,  -492,  -492,  1388,   368,
    -492,  -492,  -492,  1388,  -492,  -492,  -492,   -55,   431,  -492,
    -492,  -492,   -54,  -492,   271,  -492,  -492
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       0,     6,   207,     4,     0,     2,     0,   217,     3,   208,
     211,     0,     1,    45,    46,     0,     0,     0,    22,    24,
       0,     0,    23,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     8,     7,     9,    37,     0,     0,   217,     0,   212,
     251,   252,   250,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   280,     0,     0,     0,     0,     0,     5,
      76,     0,     0,     0,     0,     0,     0,     0,     0,   184,
       0,     0,     0,     0,     0,   198,     0,     0,     0,     0,
      80,     0,     0,    34,    68,    69,    70,    71,    72,    73,
      74,    75,    67,    56,    43,    44,    10,     0,     0,     0,
     219,   220,     0,     0,   218,     0,   254,     0,   263,     0,
       0,     0,     0,     0,     0,     0,     0,   260,     0,     0,
       0,     0,     0,     0,   257,   228,   227,     0,   229,   230,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    47,    49,    54,     0,    53,    49,    51,     0,    49,
      25,    26,     0,     0,    28,    49,    49,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    78,     0,     0,   209,
       0,   215,   221,   222,     0,   213,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   231,   239,   240,   241,
     242,   237,   238,   247,   248,     0,   246,   245,   243,   244,
     235,   236,   232,   233,   234,     0,    77,    36,    21,    50,
       0,     0,    12,     0,    64,    11,    30,    32,   188,   185,
      27,    29,    13,    19,    16,     0,    33,   200,   199,    58,
      61,     0,    14,    31,   123,    84,    89,    79,    81,    49,
       0,    49,    15,    18,     0,   210,    57,     0,   224,   253,
     255,   266,     0,   264,     0,   268,   281,     0,   270,     0,
     272,   273,   261,   275,     0,     0,   276,   274,     0,   258,
       0,    40,    39,     0,    48,    49,    52,     0,     0,     0,
       0,     0,     0,     0,     0,   127,    91,    85,    82,    86,
      83,    35,   216,   214,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   249,    38,    55,    65,
     190,   191,     0,   186,     0,   202,    59,    62,    20,     0,
     128,     0,     0,    92,   142,    41,    41,    41,   256,   267,
     265,   282,   269,   271,   262,   277,   278,   279,   259,     0,
     192,   189,   193,     0,     0,     0,     0,     0,   129,    97,
      96,    98,    95,    99,   100,     0,     0,   103,     0,     0,
     140,   225,    42,   226,   223,    66,   195,   194,     0,    17,
       0,   203,     0,   204,   201,    60,    63,   130,   131,     0,
       0,    93,     0,   105,     0,    87,   167,   168,   154,   151,
     153,     0,     0,     0,     0,   156,   157,   155,   178,   179,
     180,   181,   158,   144,   145,   141,   143,     0,   147,   159,
     169,   165,     0,     0,     0,     0,     0,     0,     0,   101,
       0,     0,   107,    94,   115,     0,    76,     0,     0,   146,
      76,     0,     0,    49,     0,     0,     0,   124,     0,     0,
       0,   108,   109,     0,   117,   167,   168,   182,    49,     0,
     163,     0,     0,   161,     0,     0,     0,     0,     0,   174,
      49,   172,     0,     0,     0,     0,   205,   206,     0,   133,
       0,   104,     0,     0,   111,   116,     0,   119,     0,     0,
     150,   164,     0,     0,   148,     0,   149,     0,     0,   166,
       0,     0,   152,   171,   197,   196,     0,   132,     0,   102,
     106,     0,   112,   113,   114,    90,     0,   121,   170,   183,
     162,   160,    49,     0,   173,     0,     0,   125,     0,   134,
       0,   118,     0,     0,    88,     0,   177,   176,   187,   115,
     135,   110,   120,   122,   175,   119,   142,   121,     0,   126,
     136,   119,   138,    76,    49,   139,   137
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -492,  -492,  -492,  -492,  -492,  -492,  -193,  -492,   245,   -61,
     -44,    -5,   224,  -175,   -79,   308,  -191,  -492,  -492,  -492,
    -492,  -492,  -492,  -492,  -492,  -427,  -492,  -492,  -492,  -492,
    -492,  -492,  -492,  -492,  -492,  -492,   162,  -492,  -492,  -492,
    -492,  -492,    -6,  -492,  -491,   -12,  -492,  -492,  -492,  -492,
    -492,  -492,  -492,  -492,  -492,  -492,  -492,  -492,    -4,  -492,
    -492,  -492,   106,  -492,    53,    58,  -370,  -492,  -492,  -413,
    -390,    57,  -492,  -492,  -492,  -492,  -492,  -492,  -492,  -492,
    -492,  -492,  -492,  -492,  -492,   383,     6,  -492,   542,  -492,
    -492,   123,  -492,  -492,  -492,  -492,  -492,  -492,  -492,  -492
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     4,    11,     5,    42,   199,    43,    44,   313,   401,
     402,   175,   172,   250,   176,   177,    46,   200,   322,   386,
     323,   387,   317,   379,   113,   168,   169,   195,   196,   278,
     279,   364,   464,   280,   326,   362,   396,   423,   462,   482,
     514,   545,   484,   517,   547,   564,   281,   325,   509,   569,
     359,   418,   457,   538,   559,   576,   581,   584,   399,   400,
     446,   447,   448,   492,   493,   449,   499,   451,   500,   501,
     502,   488,   183,   259,   383,   319,   352,   408,   536,   190,
     268,   321,   385,     8,   284,     9,    10,   287,    48,   124,
     334,   147,   207,   335,   225,   345,   218,   341,   209,   337
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
      45,   253,   116,   275,   253,   277,   179,   118,   119,   380,
     452,   534,   350,   542,   543,    49,   490,    47,    13,    14,
     118,   119,    13,    14,    13,    14,     6,   120,   121,   122,
     450,   365,   366,    13,    14,   332,   522,   544,    12,   489,
     120,   121,   122,   496,   485,   486,    89,   523,   104,   105,
     106,   107,   108,   109,   110,   111,    80,   562,   562,   150,
     151,   152,   153,   154,   155,   156,   157,   406,    81,    13,
      14,   173,    82,   535,   563,   583,   170,   171,   495,   178,
     503,   180,   181,   182,   577,   171,   171,   187,   188,   189,
     582,   191,   192,   193,   194,   487,   197,   198,   450,   174,
     114,    95,   504,   115,   328,    83,   330,   -45,   -45,   -45,
     -45,   -45,   -45,   -45,   -45,   553,    84,   554,   555,   150,
     151,   152,   153,   154,   155,   156,   157,   381,   123,   245,
     216,   217,   382,   495,    79,   351,   184,   223,   224,   491,
     253,   201,   407,   257,    85,   266,     7,    88,   548,   549,
     202,   333,   367,   450,   557,   504,   585,   487,   112,   158,
      90,   159,   160,   161,   162,   163,   164,   165,   166,   167,
      86,    91,   315,   291,   292,    13,    14,    87,   258,    92,
     163,   164,   165,   166,   167,   267,     1,     2,     3,   248,
     249,   276,   165,   166,   167,   574,    93,   145,   146,    94,
     148,   149,   290,    96,   293,   154,   155,   444,    97,   445,
     252,   249,   247,   302,   255,   249,    98,   -45,    99,   158,
     309,   159,   160,   161,   162,   163,   164,   165,   166,   167,
     260,   249,   203,   327,   294,   261,   249,   -46,   -46,   -46,
     -46,   -46,   -46,   -46,   -46,   314,   264,   265,   206,   100,
     208,   410,   210,   211,   101,   213,   214,   215,   311,   312,
     320,   219,   220,   221,   222,   102,   324,   411,   125,   412,
     348,   249,   126,   227,   228,   229,   230,   231,   232,   233,
     234,   235,   236,   237,   238,   239,   240,   241,   242,   243,
     244,    49,   246,   485,   486,   518,   249,   127,   505,   103,
     413,   529,   249,   565,   249,   403,   404,   163,   164,   165,
     166,   167,   128,   519,   185,   186,   129,   130,   131,    50,
      51,   132,    52,   286,   133,   530,   134,   135,   136,   137,
     485,   486,   138,   139,   140,   141,   414,   204,   142,   143,
     144,   212,    53,    54,   205,    55,    56,   -46,    57,   384,
     251,   254,    58,   256,    59,   262,   389,   263,    60,    61,
      62,    63,   390,   269,   270,   271,   150,   151,   152,   153,
     154,   155,   156,   157,   391,   497,   273,   519,   272,   282,
     283,    64,    65,    66,   288,    67,   296,    68,    69,   300,
     301,   392,   307,   318,    70,    45,   308,   249,   393,   329,
     347,   469,   331,   394,   353,   354,   485,   486,    71,   586,
      72,    73,   358,   368,   370,   336,   498,   388,   371,   374,
     339,   395,   340,   438,   439,   440,   441,   342,   343,    74,
      75,   344,   378,   346,   397,   405,    76,   417,   409,   415,
     349,   416,    77,    78,   355,   356,   357,   420,   360,   363,
     419,   431,   421,   422,   453,   454,    50,    51,   425,    52,
     455,   456,   458,   460,   433,   461,   158,   463,   159,   160,
     161,   162,   163,   164,   165,   166,   167,   477,   515,    53,
      54,   297,    55,    56,   483,    57,   465,   466,   467,    58,
     468,    59,   485,   486,   470,    60,    61,    62,    63,   438,
     439,   440,   441,   471,   472,   476,   478,   150,   151,   152,
     153,   154,   155,   156,   157,   480,   481,   513,    64,    65,
      66,   516,    67,   520,    68,    69,   521,   524,   525,    50,
      51,    70,    52,   558,   526,   527,   528,   431,   531,   338,
     541,   561,   532,   459,   533,    71,   546,    72,    73,   556,
     566,   567,    53,    54,   570,    55,    56,   572,    57,   580,
     424,   316,    58,   575,    59,   579,    74,    75,    60,    61,
      62,    63,   578,    76,   494,   550,   473,   474,   475,    77,
      78,   551,   285,   479,   552,   438,   439,   440,   441,   117,
       0,    64,    65,    66,     0,    67,     0,    68,    69,   508,
       0,   510,     0,   512,    70,     0,     0,   158,     0,   159,
     160,   161,   162,   163,   164,   165,   166,   167,    71,     0,
      72,    73,   299,     0,     0,     0,     0,     0,     0,     0,
       0,    13,    14,     0,     0,     0,     0,     0,   389,    74,
      75,     0,     0,     0,   390,     0,   361,     0,     0,     0,
       0,     0,    77,    78,     0,     0,   391,     0,     0,     0,
      15,     0,     0,     0,   560,   152,   153,   154,   155,     0,
       0,     0,     0,   392,     0,    16,     0,    17,     0,   568,
     393,    18,    19,    20,    21,   394,   573,    22,    23,     0,
      24,     0,    25,   426,   427,     0,     0,     0,    26,    13,
      14,    27,    28,   395,     0,     0,     0,    29,    30,    31,
       0,    32,    33,    34,     0,     0,    35,     0,    36,    37,
       0,     0,    15,     0,     0,     0,     0,   428,    15,   429,
      38,   430,    39,     0,    40,     0,     0,    16,   431,     0,
       0,   432,     0,    16,     0,     0,    21,    41,     0,     0,
       0,   433,    21,   434,     0,     0,     0,     0,   435,   150,
     151,   152,   153,   154,   155,   156,   157,   161,   162,   163,
     164,   165,   166,   167,    33,    34,   436,     0,   274,     0,
      33,    34,     0,   437,     0,     0,   438,   439,   440,   441,
       0,   442,   150,   151,   152,   153,   154,   155,   156,   157,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   443,
     150,   151,   152,   153,   154,   155,   156,   157,     0,     0,
       0,     0,     0,     0,   150,   151,   152,   153,   154,   155,
     156,   157,     0,     0,     0,     0,     0,   150,   151,   152,
     153,   154,   155,   156,   157,     0,     0,     0,     0,     0,
     150,   151,   152,   153,   154,   155,   156,   157,     0,   158,
       0,   159,   160,   161,   162,   163,   164,   165,   166,   167,
       0,     0,     0,     0,   304,   150,   151,   152,   153,   154,
     155,   156,   157,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   158,     0,   159,   160,   161,   162,   163,   164,
     165,   166,   167,     0,     0,     0,     0,   305,     0,     0,
     158,     0,   159,   160,   161,   162,   163,   164,   165,   166,
     167,     0,     0,     0,   158,   249,   159,   160,   161,   162,
     163,   164,   165,   166,   167,     0,     0,   158,   226,   159,
     160,   161,   162,   163,   164,   165,   166,   167,     0,     0,
     158,   289,   159,   160,   161,   162,   163,   164,   165,   166,
     167,     0,     0,     0,   295,   150,   151,   152,   153,   154,
     155,   156,   157,     0,     0,   158,     0,   159,   160,   161,
     162,   163,   164,   165,   166,   167,     0,     0,     0,   298,
     150,   151,   152,   153,   154,   155,   156,   157,     0,     0,
       0,     0,     0,   150,   151,   152,   153,   154,   155,   156,
     157,     0,     0,     0,     0,     0,   150,   151,   152,   153,
     154,   155,   156,   157,     0,     0,     0,     0,     0,   150,
     151,   152,   153,   154,   155,   156,   157,     0,     0,     0,
       0,     0,   150,   151,   152,   153,   154,   155,   156,   157,
       0,     0,     0,     0,     0,   150,   151,   152,   153,   154,
     155,   156,   157,     0,     0,   158,     0,   159,   160,   161,
     162,   163,   164,   165,   166,   167,     0,     0,     0,   303,
     150,   151,   152,   153,   154,   155,   156,   157,     0,     0,
     158,     0,   159,   160,   161,   162,   163,   164,   165,   166,
     167,     0,     0,   158,   306,   159,   160,   161,   162,   163,
     164,   165,   166,   167,     0,     0,   158,   369,   159,   160,
     161,   162,   163,   164,   165,   166,   167,     0,     0,   158,
     372,   159,   160,   161,   162,   163,   164,   165,   166,   167,
       0,     0,   158,   373,   159,   160,   161,   162,   163,   164,
     165,   166,   167,     0,     0,   158,   375,   159,   160,   161,
     162,   163,   164,   165,   166,   167,     0,     0,     0,   376,
     150,   151,   152,   153,   154,   155,   156,   157,     0,     0,
     158,     0,   159,   160,   161,   162,   163,   164,   165,   166,
     167,     0,     0,     0,   377,   150,   151,   152,   153,   154,
     155,   156,   157,     0,     0,     0,     0,     0,   150,   151,
     152,   153,   154,   155,   156,   157,     0,     0,     0,     0,
       0,   150,   151,   152,   153,   154,   155,   156,   157,     0,
       0,     0,     0,     0,   150,   151,   152,   153,   154,   155,
     156,   157,     0,     0,     0,     0,     0,   150,   151,   152,
     153,   154,   155,   156,   157,     0,     0,     0,     0,     0,
     150,   151,   152,   153,   154,   155,   156,   157,     0,     0,
     158,     0,   159,   160,   161,   162,   163,   164,   165,   166,
     167,     0,     0,     0,   506,   150,   151,   152,   153,   154,
     155,   156,   157,     0,     0,   158,     0,   159,   160,   161,
     162,   163,   164,   165,   166,   167,     0,     0,   158,   507,
     159,   160,   161,   162,   163,   164,   165,   166,   167,     0,
       0,   158,   511,   159,   160,   161,   162,   163,   164,   165,
     166,   167,     0,     0,   158,   537,   159,   160,   161,   162,
     163,   164,   165,   166,   167,     0,     0,   158,   539,   159,
     160,   161,   162,   163,   164,   165,   166,   167,     0,     0,
     158,   540,   159,   160,   161,   162,   163,   164,   165,   166,
     167,     0,     0,     0,   571,   150,   151,   152,   153,   154,
     155,   156,   157,     0,     0,   158,     0,   159,   160,   161,
     162,   163,   164,   165,   166,   167,     0,     0,   398,   150,
     151,   152,   153,   154,   155,   156,   157,     0,   150,   151,
     152,   153,   154,   155,   156,     0,     0,   150,   151,   152,
     153,   154,   155,     0,     0,   150,   151,   152,   153,   154,
     155,     0,   150,   151,   152,   153,   154,   155,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   158,   310,   159,   160,   161,
     162,   163,   164,   165,   166,   167,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   158,
       0,   159,   160,   161,   162,   163,   164,   165,   166,   167,
     159,   160,   161,   162,   163,   164,   165,   166,   167,   159,
     160,   161,   162,   163,   164,   165,   166,   167,   160,   161,
     162,   163,   164,   165,   166,   167,   161,   162,   163,   164,
     165,   166,   167
};

static const yytype_int16 yycheck[] =
{
       5,   176,    46,   196,   179,   196,    85,     7,     8,     7,
     400,     7,     7,    80,    81,     9,     7,   127,     7,     8,
       7,     8,     7,     8,     7,     8,     7,    27,    28,    29,
     400,     7,     8,     7,     8,     7,   114,   104,     0,   466,
      27,    28,    29,   470,     7,     8,   127,   125,    19,    20,
      21,    22,    23,    24,    25,    26,   124,   112,   112,    11,
      12,    13,    14,    15,    16,    17,    18,     7,   124,     7,
       8,     9,   124,    69,   129,   129,    81,    82,   468,    84,
      43,    86,    87,    88,   575,    90,    91,    92,    93,    94,
     581,    96,    97,    98,    99,   465,   101,   102,   468,    37,
     123,   127,   472,   126,   279,   124,   281,    19,    20,    21,
      22,    23,    24,    25,    26,   528,   124,   530,   531,    11,
      12,    13,    14,    15,    16,    17,    18,   125,   128,   126,
     135,   136,   130,   523,    11,   130,   125,   142,   143,   130,
     315,   128,    82,   128,   124,   128,   127,   124,   518,   519,
     123,   123,   128,   523,   128,   525,   583,   527,   129,   111,
     124,   113,   114,   115,   116,   117,   118,   119,   120,   121,
      32,   124,   251,   125,   126,     7,     8,    39,   183,   124,
     117,   118,   119,   120,   121,   190,     3,     4,     5,   125,
     126,   196,   119,   120,   121,   565,   124,    74,    75,   124,
      77,    78,   207,   124,   209,    15,    16,   400,   124,   400,
     125,   126,   125,   218,   125,   126,   124,   129,   124,   111,
     225,   113,   114,   115,   116,   117,   118,   119,   120,   121,
     125,   126,   123,   277,   126,   125,   126,    19,    20,    21,
      22,    23,    24,    25,    26,   250,   125,   126,   125,   127,
     127,    38,   129,   130,   124,   132,   133,   134,     7,     8,
     265,   138,   139,   140,   141,   124,   271,    54,   124,    56,
     125,   126,   124,   150,   151,   152,   153,   154,   155,   156,
     157,   158,   159,   160,   161,   162,   163,   164,   165,   166,
     167,   285,   169,     7,     8,   125,   126,   124,   473,   127,
      87,   125,   126,   125,   126,   366,   367,   117,   118,   119,
     120,   121,   124,   488,    90,    91,   124,   124,   124,     7,
       8,   124,    10,   200,   124,   500,   124,   124,   124,   124,
       7,     8,   124,   124,   124,   124,   123,     8,   124,   124,
     124,     7,    30,    31,   123,    33,    34,   129,    36,   354,
     124,   129,    40,   125,    42,   125,    44,   125,    46,    47,
      48,    49,    50,   129,   129,   126,    11,    12,    13,    14,
      15,    16,    17,    18,    62,    52,   128,   552,   125,   125,
     125,    69,    70,    71,   127,    73,   125,    75,    76,   125,
     125,    79,   125,   124,    82,   400,   126,   126,    86,   127,
     125,   445,   128,    91,   112,   126,     7,     8,    96,   584,
      98,    99,   125,   125,   125,   292,    93,   112,   125,   125,
     297,   109,   299,   100,   101,   102,   103,   304,   305,   117,
     118,   308,   125,   310,   112,   125,   124,    77,   125,   125,
     317,   125,   130,   131,   321,   322,   323,   129,   325,   326,
     124,    52,   125,    38,   129,   124,     7,     8,   128,    10,
     124,    38,   109,   124,    65,    33,   111,   125,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   127,   483,    30,
      31,   126,    33,    34,   116,    36,   124,   124,   124,    40,
     124,    42,     7,     8,   124,    46,    47,    48,    49,   100,
     101,   102,   103,   124,   124,   124,   129,    11,    12,    13,
      14,    15,    16,    17,    18,   124,    35,   107,    69,    70,
      71,    38,    73,   125,    75,    76,     7,   125,   124,     7,
       8,    82,    10,   538,   125,   124,   124,    52,   124,   294,
     124,   546,   125,   420,   125,    96,   116,    98,    99,   129,
     125,   125,    30,    31,   127,    33,    34,   562,    36,   128,
     398,   253,    40,   569,    42,   577,   117,   118,    46,    47,
      48,    49,   576,   124,   468,   522,   453,   454,   455,   130,
     131,   523,   199,   460,   527,   100,   101,   102,   103,    47,
      -1,    69,    70,    71,    -1,    73,    -1,    75,    76,   476,
      -1,   478,    -1,   480,    82,    -1,    -1,   111,    -1,   113,
     114,   115,   116,   117,   118,   119,   120,   121,    96,    -1,
      98,    99,   126,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,     7,     8,    -1,    -1,    -1,    -1,    -1,    44,   117,
     118,    -1,    -1,    -1,    50,    -1,   124,    -1,    -1,    -1,
      -1,    -1,   130,   131,    -1,    -1,    62,    -1,    -1,    -1,
      36,    -1,    -1,    -1,   541,    13,    14,    15,    16,    -1,
      -1,    -1,    -1,    79,    -1,    51,    -1,    53,    -1,   556,
      86,    57,    58,    59,    60,    91,   563,    63,    64,    -1,
      66,    -1,    68,     7,     8,    -1,    -1,    -1,    74,     7,
       8,    77,    78,   109,    -1,    -1,    -1,    83,    84,    85,
      -1,    87,    88,    89,    -1,    -1,    92,    -1,    94,    95,
      -1,    -1,    36,    -1,    -1,    -1,    -1,    41,    36,    43,
     106,    45,   108,    -1,   110,    -1,    -1,    51,    52,    -1,
      -1,    55,    -1,    51,    -1,    -1,    60,   123,    -1,    -1,
      -1,    65,    60,    67,    -1,    -1,    -1,    -1,    72,    11,
      12,    13,    14,    15,    16,    17,    18,   115,   116,   117,
     118,   119,   120,   121,    88,    89,    90,    -1,    86,    -1,
      88,    89,    -1,    97,    -1,    -1,   100,   101,   102,   103,
      -1,   105,    11,    12,    13,    14,    15,    16,    17,    18,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   123,
      11,    12,    13,    14,    15,    16,    17,    18,    -1,    -1,
      -1,    -1,    -1,    -1,    11,    12,    13,    14,    15,    16,
      17,    18,    -1,    -1,    -1,    -1,    -1,    11,    12,    13,
      14,    15,    16,    17,    18,    -1,    -1,    -1,    -1,    -1,
      11,    12,    13,    14,    15,    16,    17,    18,    -1,   111,
      -1,   113,   114,   115,   116,   117,   118,   119,   120,   121,
      -1,    -1,    -1,    -1,   126,    11,    12,    13,    14,    15,
      16,    17,    18,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   111,    -1,   113,   114,   115,   116,   117,   118,
     119,   120,   121,    -1,    -1,    -1,    -1,   126,    -1,    -1,
     111,    -1,   113,   114,   115,   116,   117,   118,   119,   120,
     121,    -1,    -1,    -1,   111,   126,   113,   114,   115,   116,
     117,   118,   119,   120,   121,    -1,    -1,   111,   125,   113,
     114,   115,   116,   117,   118,   119,   120,   121,    -1,    -1,
     111,   125,   113,   114,   115,   116,   117,   118,   119,   120,
     121,    -1,    -1,    -1,   125,    11,    12,    13,    14,    15,
      16,    17,    18,    -1,    -1,   111,    -1,   113,   114,   115,
     116,   117,   118,   119,   120,   121,    -1,    -1,    -1,   125,
      11,    12,    13,    14,    15,    16,    17,    18,    -1,    -1,
      -1,    -1,    -1,    11,    12,    13,    14,    15,    16,    17,
      18,    -1,    -1,    -1,    -1,    -1,    11,    12,    13,    14,
      15,    16,    17,    18,    -1,    -1,    -1,    -1,    -1,    11,
      12,    13,    14,    15,    16,    17,    18,    -1,    -1,    -1,
      -1,    -1,    11,    12,    13,    14,    15,    16,    17,    18,
      -1,    -1,    -1,    -1,    -1,    11,    12,    13,    14,    15,
      16,    17,    18,    -1,    -1,   111,    -1,   113,   114,   115,
     116,   117,   118,   119,   120,   121,    -1,    -1,    -1,   125,
      11,    12,    13,    14,    15,    16,    17,    18,    -1,    -1,
     111,    -1,   113,   114,   115,   116,   117,   118,   119,   120,
     121,    -1,    -1,   111,   125,   113,   114,   115,   116,   117,
     118,   119,   120,   121,    -1,    -1,   111,   125,   113,   114,
     115,   116,   117,   118,   119,   120,   121,    -1,    -1,   111,
     125,   113,   114,   115,   116,   117,   118,   119,   120,   121,
      -1,    -1,   111,   125,   113,   114,   115,   116,   117,   118,
     119,   120,   121,    -1,    -1,   111,   125,   113,   114,   115,
     116,   117,   118,   119,   120,   121,    -1,    -1,    -1,   125,
      11,    12,    13,    14,    15,    16,    17,    18,    -1,    -1,
     111,    -1,   113,   114,   115,   116,   117,   118,   119,   120,
     121,    -1,    -1,    -1,   125,    11,    12,    13,    14,    15,
      16,    17,    18,    -1,    -1,    -1,    -1,    -1,    11,    12,
      13,    14,    15,    16,    17,    18,    -1,    -1,    -1,    -1,
      -1,    11,    12,    13,    14,    15,    16,    17,    18,    -1,
      -1,    -1,    -1,    -1,    11,    12,    13,    14,    15,    16,
      17,    18,    -1,    -1,    -1,    -1,    -1,    11,    12,    13,
      14,    15,    16,    17,    18,    -1,    -1,    -1,    -1,    -1,
      11,    12,    13,    14,    15,    16,    17,    18,    -1,    -1,
     111,    -1,   113,   114,   115,   116,   117,   118,   119,   120,
     121,    -1,    -1,    -1,   125,    11,    12,    13,    14,    15,
      16,    17,    18,    -1,    -1,   111,    -1,   113,   114,   115,
     116,   117,   118,   119,   120,   121,    -1,    -1,   111,   125,
     113,   114,   115,   116,   117,   118,   119,   120,   121,    -1,
      -1,   111,   125,   113,   114,   115,   116,   117,   118,   119,
     120,   121,    -1,    -1,   111,   125,   113,   114,   115,   116,
     117,   118,   119,   120,   121,    -1,    -1,   111,   125,   113,
     114,   115,   116,   117,   118,   119,   120,   121,    -1,    -1,
     111,   125,   113,   114,   115,   116,   117,   118,   119,   120,
     121,    -1,    -1,    -1,   125,    11,    12,    13,    14,    15,
      16,    17,    18,    -1,    -1,   111,    -1,   113,   114,   115,
     116,   117,   118,   119,   120,   121,    -1,    -1,   124,    11,
      12,    13,    14,    15,    16,    17,    18,    -1,    11,    12,
      13,    14,    15,    16,    17,    -1,    -1,    11,    12,    13,
      14,    15,    16,    -1,    -1,    11,    12,    13,    14,    15,
      16,    -1,    11,    12,    13,    14,    15,    16,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   111,   112,   113,   114,   115,
     116,   117,   118,   119,   120,   121,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   111,
      -1,   113,   114,   115,   116,   117,   118,   119,   120,   121,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   113,
     114,   115,   116,   117,   118,   119,   120,   121,   114,   115,
     116,   117,   118,   119,   120,   121,   115,   116,   117,   118,
     119,   120,   121
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_uint8 yystos[] =
{
       0,     3,     4,     5,   133,   135,     7,   127,   215,   217,
     218,   134,     0,     7,     8,    36,    51,    53,    57,    58,
      59,    60,    63,    64,    66,    68,    74,    77,    78,    83,
      84,    85,    87,    88,    89,    92,    94,    95,   106,   108,
     110,   123,   136,   138,   139,   143,   148,   127,   220,   218,
       7,     8,    10,    30,    31,    33,    34,    36,    40,    42,
      46,    47,    48,    49,    69,    70,    71,    73,    75,    76,
      82,    96,    98,    99,   117,   118,   124,   130,   131,   223,
     124,   124,   124,   124,   124,   124,    32,    39,   124,   127,
     124,   124,   124,   124,   124,   127,   124,   124,   124,   124,
     127,   124,   124,   127,    19,    20,    21,    22,    23,    24,
      25,    26,   129,   156,   123,   126,   142,   220,     7,     8,
      27,    28,    29,   128,   221,   124,   124,   124,   124,   124,
     124,   124,   124,   124,   124,   124,   124,   124,   124,   124,
     124,   124,   124,   124,   124,   223,   223,   223,   223,   223,
      11,    12,    13,    14,    15,    16,    17,    18,   111,   113,
     114,   115,   116,   117,   118,   119,   120,   121,   157,   158,
     143,   143,   144,     9,    37,   143,   146,   147,   143,   146,
     143,   143,   143,   204,   125,   144,   144,   143,   143,   143,
     211,   143,   143,   143,   143,   159,   160,   143,   143,   137,
     149,   128,   123,   123,     8,   123,   223,   224,   223,   230,
     223,   223,     7,   223,   223,   223,   143,   143,   228,   223,
     223,   223,   223,   143,   143,   226,   125,   223,   223,   223,
     223,   223,   223,   223,   223,   223,   223,   223,   223,   223,
     223,   223,   223,   223,   223,   126,   223,   125,   125,   126,
     145,   124,   125,   145,   129,   125,   125,   128,   143,   205,
     125,   125,   125,   125,   125,   126,   128,   143,   212,   129,
     129,   126,   125,   128,    86,   138,   143,   148,   161,   162,
     165,   178,   125,   125,   216,   217,   223,   219,   127,   125,
     143,   125,   126,   143,   126,   125,   125,   126,   125,   126,
     125,   125,   143,   125,   126,   126,   125,   125,   126,   143,
     112,     7,     8,   140,   143,   146,   147,   154,   124,   207,
     143,   213,   150,   152,   143,   179,   166,   142,   145,   127,
     145,   128,     7,   123,   222,   225,   223,   231,   140,   223,
     223,   229,   223,   223,   223,   227,   223,   125,   125,   223,
       7,   130,   208,   112,   126,   223,   223,   223,   125,   182,
     223,   124,   167,   223,   163,     7,     8,   128,   125,   125,
     125,   125,   125,   125,   125,   125,   125,   125,   125,   155,
       7,   125,   130,   206,   143,   214,   151,   153,   112,    44,
      50,    62,    79,    86,    91,   109,   168,   112,   124,   190,
     191,   141,   142,   141,   141,   125,     7,    82,   209,   125,
      38,    54,    56,    87,   123,   125,   125,    77,   183,   124,
     129,   125,    38,   169,   168,   128,     7,     8,    41,    43,
      45,    52,    55,    65,    67,    72,    90,    97,   100,   101,
     102,   103,   105,   123,   138,   148,   192,   193,   194,   197,
     198,   199,   202,   129,   124,   124,    38,   184,   109,   223,
     124,    33,   170,   125,   164,   124,   124,   124,   124,   142,
     124,   124,   124,   223,   223,   223,   124,   127,   129,   223,
     124,    35,   171,   116,   174,     7,     8,   198,   203,   157,
       7,   130,   195,   196,   194,   202,   157,    52,    93,   198,
     200,   201,   202,    43,   198,   145,   125,   125,   223,   180,
     223,   125,   223,   107,   172,   143,    38,   175,   125,   145,
     125,     7,   114,   125,   125,   124,   125,   124,   124,   125,
     145,   124,   125,   125,     7,    69,   210,   125,   185,   125,
     125,   124,    80,    81,   104,   173,   116,   176,   198,   198,
     196,   197,   203,   201,   201,   201,   129,   128,   143,   186,
     223,   143,   112,   129,   177,   125,   125,   125,   223,   181,
     127,   125,   143,   223,   198,   174,   187,   176,   190,   177,
     128,   188,   176,   129,   189,   157,   145
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_uint8 yyr1[] =
{
       0,   132,   133,   133,   134,   133,   135,   135,   136,   136,
     136,   136,   136,   136,   136,   136,   136,   136,   136,   136,
     136,   136,   136,   136,   136,   136,   136,   136,   136,   136,
     136,   136,   136,   136,   137,   136,   138,   138,   139,   140,
     140,   141,   141,   142,   142,   143,   143,   144,   144,   145,
     145,   146,   146,   147,   147,   147,   149,   148,   150,   151,
     148,   152,   153,   148,   154,   155,   148,   156,   156,   156,
     156,   156,   156,   156,   156,   156,   158,   157,   159,   159,
     160,   160,   161,   161,   161,   161,   163,   164,   162,   166,
     165,   167,   167,   167,   167,   168,   168,   168,   168,   168,
     168,   168,   168,   169,   169,   170,   170,   171,   171,   172,
     172,   173,   173,   173,   173,   174,   174,   175,   175,   176,
     176,   177,   177,   179,   180,   181,   178,   182,   182,   183,
     183,   184,   184,   185,   185,   187,   188,   186,   189,   189,
     190,   190,   191,   191,   192,   192,   192,   192,   192,   192,
     192,   192,   192,   192,   193,   193,   193,   193,   193,   194,
     194,   195,   195,   196,   196,   197,   197,   198,   198,   199,
     199,   199,   200,   200,   201,   201,   201,   201,   202,   202,
     202,   202,   203,   203,   204,   204,   206,   205,   207,   207,
     208,   208,   208,   208,   209,   209,   210,   210,   211,   211,
     213,   212,   214,   214,   214,   214,   214,   215,   215,   216,
     216,   217,   217,   218,   218,   219,   219,   220,   220,   221,
     221,   221,   221,   221,   222,   222,   222,   223,   223,   223,
     223,   223,   223,   223,   223,   223,   223,   223,   223,   223,
     223,   223,   223,   223,   223,   223,   223,   223,   223,   223,
     223,   223,   223,   223,   224,   225,   223,   226,   227,   223,
     228,   229,   223,   230,   231,   223,   223,   223,   223,   223,
     223,   223,   223,   223,   223,   223,   223,   223,   223,   223,
     223,   223,   223
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     2,     2,     0,     3,     0,     2,     1,     1,
       2,     4,     4,     4,     4,     4,     4,     8,     4,     4,
       6,     4,     1,     1,     1,     3,     3,     4,     3,     4,
       4,     4,     4,     4,     0,     5,     4,     1,     6,     1,
       1,     0,     1,     1,     1,     1,     1,     1,     3,     0,
       1,     1,     3,     1,     1,     4,     0,     4,     0,     0,
       8,     0,     0,     8,     0,     0,     8,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     0,     2,     1,     2,
       0,     2,     2,     2,     1,     2,     0,     0,    10,     0,
       9,     0,     1,     3,     4,     1,     1,     1,     1,     1,
       1,     3,     6,     0,     4,     0,     4,     0,     1,     0,
       4,     0,     1,     1,     1,     0,     2,     0,     3,     0,
       3,     0,     2,     0,     0,     0,    14,     0,     1,     0,
       1,     0,     4,     0,     2,     0,     0,     9,     0,     2,
       1,     2,     0,     2,     1,     1,     2,     1,     4,     4,
       4,     1,     4,     1,     1,     1,     1,     1,     1,     1,
       5,     1,     3,     1,     2,     1,     4,     1,     1,     1,
       5,     4,     1,     3,     1,     5,     4,     4,     1,     1,
       1,     1,     1,     3,     0,     2,     0,    11,     0,     3,
       1,     1,     2,     2,     1,     1,     1,     1,     0,     2,
       0,     5,     0,     2,     2,     5,     5,     0,     1,     0,
       1,     1,     2,     4,     6,     0,     2,     0,     2,     1,
       1,     2,     2,     6,     0,     3,     3,     2,     2,     2,
       2,     3,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     5,
       1,     1,     1,     4,     0,     0,     6,     0,     0,     6,
       0,     0,     6,     0,     0,     6,     4,     6,     4,     6,
       4,     6,     4,     4,     4,     4,     4,     6,     6,     6,
       1,     4,     6
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, ps, scanner, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use YYerror or YYUNDEF. */
#define YYERRCODE YYUNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined YYLTYPE_IS_TRIVIAL && YYLTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, ps, scanner); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, struct parse_state *ps, void *scanner)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (ps);
  YY_USE (scanner);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, struct parse_state *ps, void *scanner)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, ps, scanner);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, struct parse_state *ps, void *scanner)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), ps, scanner);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, ps, scanner); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif






/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, struct parse_state *ps, void *scanner)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (ps);
  YY_USE (scanner);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (struct parse_state *ps, void *scanner)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined YYLTYPE_IS_TRIVIAL && YYLTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = YYEMPTY; /* Cause a token to be read.  */

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == YYEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, ps, scanner);
    }

  if (yychar <= YYEOF)
    {
      yychar = YYEOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = YYUNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    goto yydefault;
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = YYEMPTY;
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  switch (yyn)
    {
  case 2: /* start: START_SCRIPT top_list  */
#line 264 "script-parser/parser.y"
                { ps->result->stmts = (yyvsp[0].stmt); }
#line 2204 "build/sp/parser.c"
    break;

  case 4: /* $@1: %empty  */
#line 266 "script-parser/parser.y"
                     { PUSH(LM_EXPR); }
#line 2210 "build/sp/parser.c"
    break;

  case 5: /* start: START_EXPR $@1 exp  */
#line 267 "script-parser/parser.y"
                { ps->expr_result = (yyvsp[0].expr); }
#line 2216 "build/sp/parser.c"
    break;

  case 6: /* top_list: %empty  */
#line 273 "script-parser/parser.y"
                                                { (yyval.stmt) = NULL; }
#line 2222 "build/sp/parser.c"
    break;

  case 7: /* top_list: top_list top_item  */
#line 274 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_append((yyvsp[-1].stmt), (yyvsp[0].stmt)); }
#line 2228 "build/sp/parser.c"
    break;

  case 8: /* top_item: ';'  */
#line 278 "script-parser/parser.y"
                                                { (yyval.stmt) = NULL; }
#line 2234 "build/sp/parser.c"
    break;

  case 10: /* top_item: assignment separator  */
#line 280 "script-parser/parser.y"
                                                { (yyval.stmt) = (yyvsp[-1].stmt); }
#line 2240 "build/sp/parser.c"
    break;

  case 11: /* top_item: K_INPUT '(' inputlist ')'  */
#line 282 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_INPUT, L((yylsp[-3]))); (yyval.stmt)->u.files = (yyvsp[-1].files); }
#line 2246 "build/sp/parser.c"
    break;

  case 12: /* top_item: K_GROUP '(' inputlist ')'  */
#line 284 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_GROUP, L((yylsp[-3]))); (yyval.stmt)->u.files = (yyvsp[-1].files); }
#line 2252 "build/sp/parser.c"
    break;

  case 13: /* top_item: K_OUTPUT '(' name ')'  */
#line 286 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_OUTPUT, L((yylsp[-3]))); (yyval.stmt)->u.name = (yyvsp[-1].str); }
#line 2258 "build/sp/parser.c"
    break;

  case 14: /* top_item: K_SEARCH_DIR '(' name ')'  */
#line 288 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_SEARCH_DIR, L((yylsp[-3]))); (yyval.stmt)->u.name = (yyvsp[-1].str); }
#line 2264 "build/sp/parser.c"
    break;

  case 15: /* top_item: K_STARTUP '(' name ')'  */
#line 290 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_STARTUP, L((yylsp[-3]))); (yyval.stmt)->u.name = (yyvsp[-1].str); }
#line 2270 "build/sp/parser.c"
    break;

  case 16: /* top_item: K_OUTPUT_FORMAT '(' name ')'  */
#line 292 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_OUTPUT_FORMAT, L((yylsp[-3]))); (yyval.stmt)->u.fmt.def = (yyvsp[-1].str); }
#line 2276 "build/sp/parser.c"
    break;

  case 17: /* top_item: K_OUTPUT_FORMAT '(' name ',' name ',' name ')'  */
#line 294 "script-parser/parser.y"
                {
			(yyval.stmt) = stmt_new(ST_OUTPUT_FORMAT, L((yylsp[-7])));
			(yyval.stmt)->u.fmt.def = (yyvsp[-5].str); (yyval.stmt)->u.fmt.big = (yyvsp[-3].str); (yyval.stmt)->u.fmt.little = (yyvsp[-1].str);
		}
#line 2285 "build/sp/parser.c"
    break;

  case 18: /* top_item: K_TARGET '(' name ')'  */
#line 299 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_TARGET, L((yylsp[-3]))); (yyval.stmt)->u.name = (yyvsp[-1].str); }
#line 2291 "build/sp/parser.c"
    break;

  case 19: /* top_item: K_OUTPUT_ARCH '(' name ')'  */
#line 301 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_OUTPUT_ARCH, L((yylsp[-3]))); (yyval.stmt)->u.name = (yyvsp[-1].str); }
#line 2297 "build/sp/parser.c"
    break;

  case 20: /* top_item: K_REGION_ALIAS '(' name ',' name ')'  */
#line 303 "script-parser/parser.y"
                {
			(yyval.stmt) = stmt_new(ST_REGION_ALIAS, L((yylsp[-5])));
			(yyval.stmt)->u.alias.alias = (yyvsp[-3].str); (yyval.stmt)->u.alias.region = (yyvsp[-1].str);
		}
#line 2306 "build/sp/parser.c"
    break;

  case 21: /* top_item: K_EXTERN '(' names ')'  */
#line 308 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_EXTERN, L((yylsp[-3]))); (yyval.stmt)->u.names = (yyvsp[-1].names); }
#line 2312 "build/sp/parser.c"
    break;

  case 22: /* top_item: K_FORCE_COMMON_ALLOCATION  */
#line 309 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_new(ST_FORCE_COMMON_ALLOCATION, L((yylsp[0]))); }
#line 2318 "build/sp/parser.c"
    break;

  case 23: /* top_item: K_INHIBIT_COMMON_ALLOCATION  */
#line 310 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_new(ST_INHIBIT_COMMON_ALLOCATION, L((yylsp[0]))); }
#line 2324 "build/sp/parser.c"
    break;

  case 24: /* top_item: K_FORCE_GROUP_ALLOCATION  */
#line 311 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_new(ST_FORCE_GROUP_ALLOCATION, L((yylsp[0]))); }
#line 2330 "build/sp/parser.c"
    break;

  case 25: /* top_item: K_INSERT K_AFTER name  */
#line 313 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_INSERT, L((yylsp[-2]))); (yyval.stmt)->u.insert.after = true; (yyval.stmt)->u.insert.section = (yyvsp[0].str); }
#line 2336 "build/sp/parser.c"
    break;

  case 26: /* top_item: K_INSERT K_BEFORE name  */
#line 315 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_INSERT, L((yylsp[-2]))); (yyval.stmt)->u.insert.after = false; (yyval.stmt)->u.insert.section = (yyvsp[0].str); }
#line 2342 "build/sp/parser.c"
    break;

  case 27: /* top_item: K_NOCROSSREFS '(' names ')'  */
#line 317 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_NOCROSSREFS, L((yylsp[-3]))); (yyval.stmt)->u.names = (yyvsp[-1].names); }
#line 2348 "build/sp/parser.c"
    break;

  case 28: /* top_item: K_NOCROSSREFS '(' ')'  */
#line 319 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_NOCROSSREFS, L((yylsp[-2]))); }
#line 2354 "build/sp/parser.c"
    break;

  case 29: /* top_item: K_NOCROSSREFS_TO '(' names ')'  */
#line 321 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_NOCROSSREFS_TO, L((yylsp[-3]))); (yyval.stmt)->u.names = (yyvsp[-1].names); }
#line 2360 "build/sp/parser.c"
    break;

  case 30: /* top_item: K_LD_FEATURE '(' name ')'  */
#line 323 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_LD_FEATURE, L((yylsp[-3]))); (yyval.stmt)->u.name = (yyvsp[-1].str); }
#line 2366 "build/sp/parser.c"
    break;

  case 31: /* top_item: K_SECTIONS '{' sec_body '}'  */
#line 325 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_SECTIONS, L((yylsp[-3]))); (yyval.stmt)->u.block = (yyvsp[-1].stmt); }
#line 2372 "build/sp/parser.c"
    break;

  case 32: /* top_item: K_MEMORY '{' mem_list '}'  */
#line 327 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_MEMORY, L((yylsp[-3]))); (yyval.stmt)->u.regions = (yyvsp[-1].region); }
#line 2378 "build/sp/parser.c"
    break;

  case 33: /* top_item: K_PHDRS '{' phdr_list '}'  */
#line 329 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_PHDRS, L((yylsp[-3]))); (yyval.stmt)->u.phdrs = (yyvsp[-1].phdr); }
#line 2384 "build/sp/parser.c"
    break;

  case 34: /* $@2: %empty  */
#line 330 "script-parser/parser.y"
                        { PUSH(LM_VERS); }
#line 2390 "build/sp/parser.c"
    break;

  case 35: /* top_item: K_VERSION '{' $@2 vers_nodes_opt '}'  */
#line 331 "script-parser/parser.y"
                { POP(); (yyval.stmt) = stmt_new(ST_VERSION, L((yylsp[-4]))); (yyval.stmt)->u.version = (yyvsp[-1].vnode); }
#line 2396 "build/sp/parser.c"
    break;

  case 36: /* statement_anywhere: K_ENTRY '(' name ')'  */
#line 340 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_ENTRY, L((yylsp[-3]))); (yyval.stmt)->u.name = (yyvsp[-1].str); }
#line 2402 "build/sp/parser.c"
    break;

  case 38: /* assert_stmt: K_ASSERT '(' mustbe_exp ',' msg ')'  */
#line 346 "script-parser/parser.y"
                {
			(yyval.stmt) = stmt_new(ST_ASSERT, L((yylsp[-5])));
			(yyval.stmt)->u.assert_.cond = (yyvsp[-3].expr); (yyval.stmt)->u.assert_.msg = (yyvsp[-1].str);
		}
#line 2411 "build/sp/parser.c"
    break;

  case 47: /* names: name  */
#line 361 "script-parser/parser.y"
                                                { (yyval.names) = name_new((yyvsp[0].str), false); }
#line 2417 "build/sp/parser.c"
    break;

  case 48: /* names: names opt_comma name  */
#line 362 "script-parser/parser.y"
                                                { (yyval.names) = names_append((yyvsp[-2].names), name_new((yyvsp[0].str), false)); }
#line 2423 "build/sp/parser.c"
    break;

  case 52: /* inputlist: inputlist opt_comma input_elem  */
#line 369 "script-parser/parser.y"
                                                { (yyval.files) = files_append((yyvsp[-2].files), (yyvsp[0].files)); }
#line 2429 "build/sp/parser.c"
    break;

  case 53: /* input_elem: name  */
#line 373 "script-parser/parser.y"
                                                { (yyval.files) = file_ref((yyvsp[0].str), false); }
#line 2435 "build/sp/parser.c"
    break;

  case 54: /* input_elem: LNAME  */
#line 374 "script-parser/parser.y"
                                                { (yyval.files) = file_ref((yyvsp[0].str), true); }
#line 2441 "build/sp/parser.c"
    break;

  case 55: /* input_elem: K_AS_NEEDED '(' inputlist ')'  */
#line 376 "script-parser/parser.y"
                {
			for (struct input_file_ref *f = (yyvsp[-1].files); f; f = f->next)
				f->as_needed = true;
			(yyval.files) = (yyvsp[-1].files);
		}
#line 2451 "build/sp/parser.c"
    break;

  case 56: /* $@3: %empty  */
#line 386 "script-parser/parser.y"
                         { PUSH(LM_EXPR); }
#line 2457 "build/sp/parser.c"
    break;

  case 57: /* assignment: name assign_op $@3 exp  */
#line 387 "script-parser/parser.y"
                { POP(); (yyval.stmt) = assign_stmt(L((yylsp[-3])), (yyvsp[-3].str), (yyvsp[-2].op), (yyvsp[0].expr), AK_PLAIN); }
#line 2463 "build/sp/parser.c"
    break;

  case 58: /* $@4: %empty  */
#line 388 "script-parser/parser.y"
                                 { PUSH(LM_EXPR); }
#line 2469 "build/sp/parser.c"
    break;

  case 59: /* $@5: %empty  */
#line 388 "script-parser/parser.y"
                                                        { POP(); }
#line 2475 "build/sp/parser.c"
    break;

  case 60: /* assignment: K_PROVIDE '(' name '=' $@4 exp $@5 ')'  */
#line 389 "script-parser/parser.y"
                { (yyval.stmt) = assign_stmt(L((yylsp[-7])), (yyvsp[-5].str), '=', (yyvsp[-2].expr), AK_PROVIDE); }
#line 2481 "build/sp/parser.c"
    break;

  case 61: /* $@6: %empty  */
#line 390 "script-parser/parser.y"
                                        { PUSH(LM_EXPR); }
#line 2487 "build/sp/parser.c"
    break;

  case 62: /* $@7: %empty  */
#line 390 "script-parser/parser.y"
                                                               { POP(); }
#line 2493 "build/sp/parser.c"
    break;

  case 63: /* assignment: K_PROVIDE_HIDDEN '(' name '=' $@6 exp $@7 ')'  */
#line 391 "script-parser/parser.y"
                { (yyval.stmt) = assign_stmt(L((yylsp[-7])), (yyvsp[-5].str), '=', (yyvsp[-2].expr), AK_PROVIDE_HIDDEN); }
#line 2499 "build/sp/parser.c"
    break;

  case 64: /* $@8: %empty  */
#line 392 "script-parser/parser.y"
                                { PUSH(LM_EXPR); }
#line 2505 "build/sp/parser.c"
    break;

  case 65: /* $@9: %empty  */
#line 392 "script-parser/parser.y"
                                                       { POP(); }
#line 2511 "build/sp/parser.c"
    break;

  case 66: /* assignment: K_HIDDEN '(' name '=' $@8 exp $@9 ')'  */
#line 393 "script-parser/parser.y"
                { (yyval.stmt) = assign_stmt(L((yylsp[-7])), (yyvsp[-5].str), '=', (yyvsp[-2].expr), AK_HIDDEN); }
#line 2517 "build/sp/parser.c"
    break;

  case 67: /* assign_op: '='  */
#line 397 "script-parser/parser.y"
                        { (yyval.op) = AS_SET; }
#line 2523 "build/sp/parser.c"
    break;

  case 68: /* assign_op: PLUSEQ  */
#line 398 "script-parser/parser.y"
                        { (yyval.op) = AS_ADD; }
#line 2529 "build/sp/parser.c"
    break;

  case 69: /* assign_op: MINUSEQ  */
#line 399 "script-parser/parser.y"
                        { (yyval.op) = AS_SUB; }
#line 2535 "build/sp/parser.c"
    break;

  case 70: /* assign_op: MULEQ  */
#line 400 "script-parser/parser.y"
                        { (yyval.op) = AS_MUL; }
#line 2541 "build/sp/parser.c"
    break;

  case 71: /* assign_op: DIVEQ  */
#line 401 "script-parser/parser.y"
                        { (yyval.op) = AS_DIV; }
#line 2547 "build/sp/parser.c"
    break;

  case 72: /* assign_op: SHLEQ  */
#line 402 "script-parser/parser.y"
                        { (yyval.op) = AS_SHL; }
#line 2553 "build/sp/parser.c"
    break;

  case 73: /* assign_op: SHREQ  */
#line 403 "script-parser/parser.y"
                        { (yyval.op) = AS_SHR; }
#line 2559 "build/sp/parser.c"
    break;

  case 74: /* assign_op: ANDEQ  */
#line 404 "script-parser/parser.y"
                        { (yyval.op) = AS_AND; }
#line 2565 "build/sp/parser.c"
    break;

  case 75: /* assign_op: OREQ  */
#line 405 "script-parser/parser.y"
                        { (yyval.op) = AS_OR; }
#line 2571 "build/sp/parser.c"
    break;

  case 76: /* $@10: %empty  */
#line 409 "script-parser/parser.y"
          { PUSH(LM_EXPR); }
#line 2577 "build/sp/parser.c"
    break;

  case 77: /* mustbe_exp: $@10 exp  */
#line 409 "script-parser/parser.y"
                                                { POP(); (yyval.expr) = (yyvsp[0].expr); }
#line 2583 "build/sp/parser.c"
    break;

  case 79: /* sec_body: sec_list assignment  */
#line 416 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_append((yyvsp[-1].stmt), (yyvsp[0].stmt)); }
#line 2589 "build/sp/parser.c"
    break;

  case 80: /* sec_list: %empty  */
#line 420 "script-parser/parser.y"
                                                { (yyval.stmt) = NULL; }
#line 2595 "build/sp/parser.c"
    break;

  case 81: /* sec_list: sec_list sec_item  */
#line 421 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_append((yyvsp[-1].stmt), (yyvsp[0].stmt)); }
#line 2601 "build/sp/parser.c"
    break;

  case 85: /* sec_item: assignment separator  */
#line 428 "script-parser/parser.y"
                                                { (yyval.stmt) = (yyvsp[-1].stmt); }
#line 2607 "build/sp/parser.c"
    break;

  case 86: /* $@11: %empty  */
#line 433 "script-parser/parser.y"
                        { PUSH(LM_WILD); }
#line 2613 "build/sp/parser.c"
    break;

  case 87: /* $@12: %empty  */
#line 434 "script-parser/parser.y"
                { POP(); lex_after_operand(scanner); }
#line 2619 "build/sp/parser.c"
    break;

  case 88: /* osec: osec_head '{' $@11 body '}' $@12 region_opt lma_region_opt phdr_trailer fill_opt  */
#line 436 "script-parser/parser.y"
                {
			POP();
			(yyvsp[-9].osec)->body = (yyvsp[-6].stmt);
			(yyvsp[-9].osec)->region = (yyvsp[-3].names) ? (yyvsp[-3].names)->name : NULL;
			(yyvsp[-9].osec)->lma_region = (yyvsp[-2].names) ? (yyvsp[-2].names)->name : NULL;
			(yyvsp[-9].osec)->phdrs = (yyvsp[-1].names);
			(yyvsp[-9].osec)->fill = (yyvsp[0].expr);
			(yyval.stmt) = stmt_new(ST_OUTSECT, L((yylsp[-9])));
			(yyval.stmt)->u.osec = *(yyvsp[-9].osec);
		}
#line 2634 "build/sp/parser.c"
    break;

  case 89: /* $@13: %empty  */
#line 449 "script-parser/parser.y"
               { PUSH(LM_EXPR); }
#line 2640 "build/sp/parser.c"
    break;

  case 90: /* osec_head: name $@13 osec_addr_type ':' osec_at osec_align osec_align_input osec_subalign osec_constraint  */
#line 451 "script-parser/parser.y"
                {
			(yyval.osec) = xcalloc(1, sizeof *(yyval.osec));
			*(yyval.osec) = ps->pending_osec;
			memset(&ps->pending_osec, 0, sizeof ps->pending_osec);
			(yyval.osec)->name = (yyvsp[-8].str);
		}
#line 2651 "build/sp/parser.c"
    break;

  case 92: /* osec_addr_type: exp  */
#line 462 "script-parser/parser.y"
                                                { osec_pending(ps)->addr = (yyvsp[0].expr); }
#line 2657 "build/sp/parser.c"
    break;

  case 94: /* osec_addr_type: exp '(' osec_type ')'  */
#line 464 "script-parser/parser.y"
                                                { osec_pending(ps)->addr = (yyvsp[-3].expr); }
#line 2663 "build/sp/parser.c"
    break;

  case 95: /* osec_type: K_NOLOAD  */
#line 468 "script-parser/parser.y"
                                                { osec_pending(ps)->type = OT_NOLOAD; }
#line 2669 "build/sp/parser.c"
    break;

  case 96: /* osec_type: K_DSECT  */
#line 469 "script-parser/parser.y"
                                                { osec_pending(ps)->type = OT_DSECT; }
#line 2675 "build/sp/parser.c"
    break;

  case 97: /* osec_type: K_COPY  */
#line 470 "script-parser/parser.y"
                                                { osec_pending(ps)->type = OT_COPY; }
#line 2681 "build/sp/parser.c"
    break;

  case 98: /* osec_type: K_INFO  */
#line 471 "script-parser/parser.y"
                                                { osec_pending(ps)->type = OT_INFO; }
#line 2687 "build/sp/parser.c"
    break;

  case 99: /* osec_type: K_OVERLAY  */
#line 472 "script-parser/parser.y"
                                                { osec_pending(ps)->type = OT_OVERLAY; }
#line 2693 "build/sp/parser.c"
    break;

  case 100: /* osec_type: K_READONLY  */
#line 473 "script-parser/parser.y"
                                                { osec_pending(ps)->type = OT_READONLY; }
#line 2699 "build/sp/parser.c"
    break;

  case 101: /* osec_type: K_TYPE '=' exp  */
#line 475 "script-parser/parser.y"
                { osec_pending(ps)->type = OT_TYPE; osec_pending(ps)->type_value = (yyvsp[0].expr); }
#line 2705 "build/sp/parser.c"
    break;

  case 102: /* osec_type: K_READONLY '(' K_TYPE '=' exp ')'  */
#line 477 "script-parser/parser.y"
                { osec_pending(ps)->type = OT_READONLY_TYPE; osec_pending(ps)->type_value = (yyvsp[-1].expr); }
#line 2711 "build/sp/parser.c"
    break;

  case 104: /* osec_at: K_AT '(' exp ')'  */
#line 482 "script-parser/parser.y"
                                                { osec_pending(ps)->lma = (yyvsp[-1].expr); }
#line 2717 "build/sp/parser.c"
    break;

  case 106: /* osec_align: K_ALIGN '(' exp ')'  */
#line 487 "script-parser/parser.y"
                                                { osec_pending(ps)->align = (yyvsp[-1].expr); }
#line 2723 "build/sp/parser.c"
    break;

  case 108: /* osec_align_input: K_ALIGN_WITH_INPUT  */
#line 492 "script-parser/parser.y"
                                                { osec_pending(ps)->align_with_input = true; }
#line 2729 "build/sp/parser.c"
    break;

  case 110: /* osec_subalign: K_SUBALIGN '(' exp ')'  */
#line 497 "script-parser/parser.y"
                                                { osec_pending(ps)->subalign = (yyvsp[-1].expr); }
#line 2735 "build/sp/parser.c"
    break;

  case 112: /* osec_constraint: K_ONLY_IF_RO  */
#line 502 "script-parser/parser.y"
                                                { osec_pending(ps)->constraint = OC_ONLY_IF_RO; }
#line 2741 "build/sp/parser.c"
    break;

  case 113: /* osec_constraint: K_ONLY_IF_RW  */
#line 503 "script-parser/parser.y"
                                                { osec_pending(ps)->constraint = OC_ONLY_IF_RW; }
#line 2747 "build/sp/parser.c"
    break;

  case 114: /* osec_constraint: K_SPECIAL  */
#line 504 "script-parser/parser.y"
                                                { osec_pending(ps)->constraint = OC_SPECIAL; }
#line 2753 "build/sp/parser.c"
    break;

  case 115: /* region_opt: %empty  */
#line 508 "script-parser/parser.y"
                                                { (yyval.names) = NULL; }
#line 2759 "build/sp/parser.c"
    break;

  case 116: /* region_opt: '>' name  */
#line 509 "script-parser/parser.y"
                                                { (yyval.names) = name_new((yyvsp[0].str), false); }
#line 2765 "build/sp/parser.c"
    break;

  case 117: /* lma_region_opt: %empty  */
#line 513 "script-parser/parser.y"
                                                { (yyval.names) = NULL; }
#line 2771 "build/sp/parser.c"
    break;

  case 118: /* lma_region_opt: K_AT '>' name  */
#line 514 "script-parser/parser.y"
                                                { (yyval.names) = name_new((yyvsp[0].str), false); }
#line 2777 "build/sp/parser.c"
    break;

  case 119: /* phdr_trailer: %empty  */
#line 518 "script-parser/parser.y"
                                                { (yyval.names) = NULL; }
#line 2783 "build/sp/parser.c"
    break;

  case 120: /* phdr_trailer: phdr_trailer ':' name  */
#line 519 "script-parser/parser.y"
                                                { (yyval.names) = names_append((yyvsp[-2].names), name_new((yyvsp[0].str), false)); }
#line 2789 "build/sp/parser.c"
    break;

  case 121: /* fill_opt: %empty  */
#line 523 "script-parser/parser.y"
                                                { (yyval.expr) = NULL; }
#line 2795 "build/sp/parser.c"
    break;

  case 122: /* fill_opt: '=' exp  */
#line 524 "script-parser/parser.y"
                                                { (yyval.expr) = (yyvsp[0].expr); FILL_CHECK((yyvsp[0].expr), (yylsp[0])); }
#line 2801 "build/sp/parser.c"
    break;

  case 123: /* $@14: %empty  */
#line 529 "script-parser/parser.y"
                    { PUSH(LM_EXPR); }
#line 2807 "build/sp/parser.c"
    break;

  case 124: /* $@15: %empty  */
#line 530 "script-parser/parser.y"
              { PUSH(LM_SCRIPT); }
#line 2813 "build/sp/parser.c"
    break;

  case 125: /* $@16: %empty  */
#line 531 "script-parser/parser.y"
                { POP(); lex_after_operand(scanner); }
#line 2819 "build/sp/parser.c"
    break;

  case 126: /* overlay: K_OVERLAY $@14 overlay_addr ':' overlay_nocross overlay_at '{' $@15 overlay_list '}' $@16 region_opt phdr_trailer fill_opt  */
#line 533 "script-parser/parser.y"
                {
			POP();
			(yyval.stmt) = stmt_new(ST_OVERLAY, L((yylsp[-13])));
			(yyval.stmt)->u.overlay = ps->pending_overlay;
			memset(&ps->pending_overlay, 0, sizeof ps->pending_overlay);
			(yyval.stmt)->u.overlay.sections = (yyvsp[-5].stmt);
			(yyval.stmt)->u.overlay.region = (yyvsp[-2].names) ? (yyvsp[-2].names)->name : NULL;
			(yyval.stmt)->u.overlay.phdrs = (yyvsp[-1].names);
			(yyval.stmt)->u.overlay.fill = (yyvsp[0].expr);
		}
#line 2834 "build/sp/parser.c"
    break;

  case 128: /* overlay_addr: exp  */
#line 547 "script-parser/parser.y"
                                                { ps->pending_overlay.addr = (yyvsp[0].expr); }
#line 2840 "build/sp/parser.c"
    break;

  case 130: /* overlay_nocross: K_NOCROSSREFS  */
#line 552 "script-parser/parser.y"
                                                { ps->pending_overlay.nocrossrefs = true; }
#line 2846 "build/sp/parser.c"
    break;

  case 132: /* overlay_at: K_AT '(' exp ')'  */
#line 557 "script-parser/parser.y"
                                                { ps->pending_overlay.lma = (yyvsp[-1].expr); }
#line 2852 "build/sp/parser.c"
    break;

  case 133: /* overlay_list: %empty  */
#line 561 "script-parser/parser.y"
                                                { (yyval.stmt) = NULL; }
#line 2858 "build/sp/parser.c"
    break;

  case 134: /* overlay_list: overlay_list overlay_item  */
#line 562 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_append((yyvsp[-1].stmt), (yyvsp[0].stmt)); }
#line 2864 "build/sp/parser.c"
    break;

  case 135: /* $@17: %empty  */
#line 566 "script-parser/parser.y"
                   { PUSH(LM_WILD); }
#line 2870 "build/sp/parser.c"
    break;

  case 136: /* $@18: %empty  */
#line 566 "script-parser/parser.y"
                                               { POP(); }
#line 2876 "build/sp/parser.c"
    break;

  case 137: /* overlay_item: name '{' $@17 body '}' $@18 phdr_trailer overlay_fill opt_comma  */
#line 567 "script-parser/parser.y"
                {
			(yyval.stmt) = stmt_new(ST_OUTSECT, L((yylsp[-8])));
			(yyval.stmt)->u.osec.name = (yyvsp[-8].str);
			(yyval.stmt)->u.osec.body = (yyvsp[-5].stmt);
			(yyval.stmt)->u.osec.phdrs = (yyvsp[-2].names);
			(yyval.stmt)->u.osec.fill = ps->pending_fill;
			ps->pending_fill = NULL;
		}
#line 2889 "build/sp/parser.c"
    break;

  case 139: /* overlay_fill: '=' mustbe_exp  */
#line 579 "script-parser/parser.y"
                                                { ps->pending_fill = (yyvsp[0].expr); FILL_CHECK((yyvsp[0].expr), (yylsp[0])); }
#line 2895 "build/sp/parser.c"
    break;

  case 141: /* body: body_list assignment  */
#line 586 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_append((yyvsp[-1].stmt), (yyvsp[0].stmt)); }
#line 2901 "build/sp/parser.c"
    break;

  case 142: /* body_list: %empty  */
#line 590 "script-parser/parser.y"
                                                { (yyval.stmt) = NULL; }
#line 2907 "build/sp/parser.c"
    break;

  case 143: /* body_list: body_list body_item  */
#line 591 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_append((yyvsp[-1].stmt), (yyvsp[0].stmt)); }
#line 2913 "build/sp/parser.c"
    break;

  case 144: /* body_item: ';'  */
#line 595 "script-parser/parser.y"
                                                { (yyval.stmt) = NULL; }
#line 2919 "build/sp/parser.c"
    break;

  case 146: /* body_item: assignment separator  */
#line 597 "script-parser/parser.y"
                                                { (yyval.stmt) = (yyvsp[-1].stmt); }
#line 2925 "build/sp/parser.c"
    break;

  case 148: /* body_item: K_KEEP '(' input_item ')'  */
#line 599 "script-parser/parser.y"
                                                { (yyval.stmt) = (yyvsp[-1].stmt); (yyval.stmt)->u.input.keep = true; (yyval.stmt)->loc = L((yylsp[-3])); }
#line 2931 "build/sp/parser.c"
    break;

  case 149: /* body_item: data_kind '(' mustbe_exp ')'  */
#line 601 "script-parser/parser.y"
                {
			(yyval.stmt) = stmt_new(ST_DATA, L((yylsp[-3])));
			(yyval.stmt)->u.data.size = (enum data_kind)(yyvsp[-3].op);
			(yyval.stmt)->u.data.value = (yyvsp[-1].expr);
		}
#line 2941 "build/sp/parser.c"
    break;

  case 150: /* body_item: K_FILL '(' mustbe_exp ')'  */
#line 607 "script-parser/parser.y"
                { FILL_CHECK((yyvsp[-1].expr), (yylsp[-1])); (yyval.stmt) = stmt_new(ST_FILL, L((yylsp[-3]))); (yyval.stmt)->u.expr = (yyvsp[-1].expr); }
#line 2947 "build/sp/parser.c"
    break;

  case 151: /* body_item: K_CONSTRUCTORS  */
#line 608 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_new(ST_CONSTRUCTORS, L((yylsp[0]))); }
#line 2953 "build/sp/parser.c"
    break;

  case 152: /* body_item: sort_kw '(' K_CONSTRUCTORS ')'  */
#line 610 "script-parser/parser.y"
                {
			if ((yyvsp[-3].sort) != SORT_BY_NAME) {
				script_syntax_error(ps, &(yylsp[-3]), "syntax error");
				YYABORT;
			}
			(yyval.stmt) = stmt_new(ST_CONSTRUCTORS, L((yylsp[-3])));
		}
#line 2965 "build/sp/parser.c"
    break;

  case 153: /* body_item: K_CREATE_OBJECT_SYMBOLS  */
#line 617 "script-parser/parser.y"
                                                { (yyval.stmt) = stmt_new(ST_CREATE_OBJECT_SYMBOLS, L((yylsp[0]))); }
#line 2971 "build/sp/parser.c"
    break;

  case 154: /* data_kind: K_BYTE  */
#line 621 "script-parser/parser.y"
                        { (yyval.op) = DK_BYTE; }
#line 2977 "build/sp/parser.c"
    break;

  case 155: /* data_kind: K_SHORT  */
#line 622 "script-parser/parser.y"
                        { (yyval.op) = DK_SHORT; }
#line 2983 "build/sp/parser.c"
    break;

  case 156: /* data_kind: K_LONG  */
#line 623 "script-parser/parser.y"
                        { (yyval.op) = DK_LONG; }
#line 2989 "build/sp/parser.c"
    break;

  case 157: /* data_kind: K_QUAD  */
#line 624 "script-parser/parser.y"
                        { (yyval.op) = DK_QUAD; }
#line 2995 "build/sp/parser.c"
    break;

  case 158: /* data_kind: K_SQUAD  */
#line 625 "script-parser/parser.y"
                        { (yyval.op) = DK_SQUAD; }
#line 3001 "build/sp/parser.c"
    break;

  case 159: /* input_item: ispec  */
#line 630 "script-parser/parser.y"
                { (yyval.stmt) = stmt_new(ST_INPUT_SECTION, L((yylsp[0]))); (yyval.stmt)->u.input = *(yyvsp[0].ispec); }
#line 3007 "build/sp/parser.c"
    break;

  case 160: /* input_item: K_INPUT_SECTION_FLAGS '(' flag_list ')' ispec  */
#line 632 "script-parser/parser.y"
                {
			(yyval.stmt) = stmt_new(ST_INPUT_SECTION, L((yylsp[-4])));
			(yyval.stmt)->u.input = *(yyvsp[0].ispec);
			(yyval.stmt)->u.input.flags = (yyvsp[-2].flags);
		}
#line 3017 "build/sp/parser.c"
    break;

  case 162: /* flag_list: flag_list '&' flag  */
#line 642 "script-parser/parser.y"
                {
			struct flag_expr *p = (yyvsp[-2].flags);
			while (p->next)
				p = p->next;
			p->next = (yyvsp[0].flags);
			(yyval.flags) = (yyvsp[-2].flags);
		}
#line 3029 "build/sp/parser.c"
    break;

  case 163: /* flag: NAME  */
#line 652 "script-parser/parser.y"
                                { (yyval.flags) = xcalloc(1, sizeof *(yyval.flags)); (yyval.flags)->name = (yyvsp[0].str); }
#line 3035 "build/sp/parser.c"
    break;

  case 164: /* flag: '!' NAME  */
#line 653 "script-parser/parser.y"
                                { (yyval.flags) = xcalloc(1, sizeof *(yyval.flags)); (yyval.flags)->name = (yyvsp[0].str); (yyval.flags)->negate = true; }
#line 3041 "build/sp/parser.c"
    break;

  case 165: /* ispec: file_pat  */
#line 659 "script-parser/parser.y"
                { (yyval.ispec) = xcalloc(1, sizeof *(yyval.ispec)); (yyval.ispec)->file = (yyvsp[0].pat); (yyval.ispec)->file_only = true; }
#line 3047 "build/sp/parser.c"
    break;

  case 166: /* ispec: file_pat '(' sec_pats ')'  */
#line 661 "script-parser/parser.y"
                { (yyval.ispec) = xcalloc(1, sizeof *(yyval.ispec)); (yyval.ispec)->file = (yyvsp[-3].pat); (yyval.ispec)->sections = (yyvsp[-1].pat); }
#line 3053 "build/sp/parser.c"
    break;

  case 167: /* wpat: NAME  */
#line 665 "script-parser/parser.y"
                                { (yyval.pat) = pat_new((yyvsp[0].str), false); }
#line 3059 "build/sp/parser.c"
    break;

  case 168: /* wpat: QNAME  */
#line 666 "script-parser/parser.y"
                                { (yyval.pat) = pat_new((yyvsp[0].str), true); }
#line 3065 "build/sp/parser.c"
    break;

  case 170: /* file_pat: K_EXCLUDE_FILE '(' wnames ')' wpat  */
#line 671 "script-parser/parser.y"
                                                { (yyval.pat) = (yyvsp[0].pat); (yyval.pat)->exclude = (yyvsp[-2].names); }
#line 3071 "build/sp/parser.c"
    break;

  case 171: /* file_pat: sort_kw '(' wpat ')'  */
#line 672 "script-parser/parser.y"
                                                { (yyval.pat) = pat_sort(ps, &(yylsp[-3]), (yyvsp[-3].sort), (yyvsp[-1].pat)); }
#line 3077 "build/sp/parser.c"
    break;

  case 173: /* sec_pats: sec_pats opt_comma sec_pat  */
#line 677 "script-parser/parser.y"
                                                { (yyval.pat) = pats_append((yyvsp[-2].pat), (yyvsp[0].pat)); }
#line 3083 "build/sp/parser.c"
    break;

  case 175: /* sec_pat: K_EXCLUDE_FILE '(' wnames ')' wpat  */
#line 682 "script-parser/parser.y"
                                                { (yyval.pat) = (yyvsp[0].pat); (yyval.pat)->exclude = (yyvsp[-2].names); }
#line 3089 "build/sp/parser.c"
    break;

  case 176: /* sec_pat: sort_kw '(' sec_pat ')'  */
#line 683 "script-parser/parser.y"
                                                { (yyval.pat) = pat_sort(ps, &(yylsp[-3]), (yyvsp[-3].sort), (yyvsp[-1].pat)); }
#line 3095 "build/sp/parser.c"
    break;

  case 177: /* sec_pat: K_REVERSE '(' sec_pat ')'  */
#line 684 "script-parser/parser.y"
                                                { (yyval.pat) = (yyvsp[-1].pat); (yyval.pat)->reverse = true; }
#line 3101 "build/sp/parser.c"
    break;

  case 178: /* sort_kw: K_SORT_BY_NAME  */
#line 688 "script-parser/parser.y"
                                        { (yyval.sort) = SORT_BY_NAME; }
#line 3107 "build/sp/parser.c"
    break;

  case 179: /* sort_kw: K_SORT_BY_ALIGNMENT  */
#line 689 "script-parser/parser.y"
                                        { (yyval.sort) = SORT_BY_ALIGNMENT; }
#line 3113 "build/sp/parser.c"
    break;

  case 180: /* sort_kw: K_SORT_BY_INIT_PRIORITY  */
#line 690 "script-parser/parser.y"
                                        { (yyval.sort) = SORT_BY_INIT_PRIORITY; }
#line 3119 "build/sp/parser.c"
    break;

  case 181: /* sort_kw: K_SORT_NONE  */
#line 691 "script-parser/parser.y"
                                        { (yyval.sort) = SORT_NONE; }
#line 3125 "build/sp/parser.c"
    break;

  case 182: /* wnames: wpat  */
#line 695 "script-parser/parser.y"
                                        { (yyval.names) = name_new((yyvsp[0].pat)->text, (yyvsp[0].pat)->quoted); }
#line 3131 "build/sp/parser.c"
    break;

  case 183: /* wnames: wnames opt_comma wpat  */
#line 696 "script-parser/parser.y"
                                        { (yyval.names) = names_append((yyvsp[-2].names), name_new((yyvsp[0].pat)->text, (yyvsp[0].pat)->quoted)); }
#line 3137 "build/sp/parser.c"
    break;

  case 184: /* mem_list: %empty  */
#line 702 "script-parser/parser.y"
                                                { (yyval.region) = NULL; }
#line 3143 "build/sp/parser.c"
    break;

  case 185: /* mem_list: mem_list mem_item  */
#line 704 "script-parser/parser.y"
                {
			if (!(yyvsp[-1].region)) {
				(yyval.region) = (yyvsp[0].region);
			} else {
				struct mem_region *p = (yyvsp[-1].region);
				while (p->next)
					p = p->next;
				p->next = (yyvsp[0].region);
				(yyval.region) = (yyvsp[-1].region);
			}
		}
#line 3159 "build/sp/parser.c"
    break;

  case 186: /* $@19: %empty  */
#line 719 "script-parser/parser.y"
                            { PUSH(LM_EXPR); }
#line 3165 "build/sp/parser.c"
    break;

  case 187: /* mem_item: name memattrs ':' $@19 origin_kw '=' exp opt_comma length_kw '=' exp  */
#line 720 "script-parser/parser.y"
                {
			POP();
			(yyval.region) = xcalloc(1, sizeof *(yyval.region));
			(yyval.region)->name = (yyvsp[-10].str);
			(yyval.region)->attrs = (yyvsp[-9].str);
			(yyval.region)->origin = (yyvsp[-4].expr);
			(yyval.region)->length = (yyvsp[0].expr);
			(yyval.region)->loc = L((yylsp[-10]));
		}
#line 3179 "build/sp/parser.c"
    break;

  case 188: /* memattrs: %empty  */
#line 732 "script-parser/parser.y"
                                                { (yyval.str) = NULL; }
#line 3185 "build/sp/parser.c"
    break;

  case 189: /* memattrs: '(' memattr ')'  */
#line 733 "script-parser/parser.y"
                                                { (yyval.str) = (yyvsp[-1].str); }
#line 3191 "build/sp/parser.c"
    break;

  case 191: /* memattr: '!'  */
#line 738 "script-parser/parser.y"
                                                { (yyval.str) = xstrdup("!"); }
#line 3197 "build/sp/parser.c"
    break;

  case 192: /* memattr: memattr NAME  */
#line 739 "script-parser/parser.y"
                                                { (yyval.str) = concat((yyvsp[-1].str), (yyvsp[0].str)); }
#line 3203 "build/sp/parser.c"
    break;

  case 193: /* memattr: memattr '!'  */
#line 740 "script-parser/parser.y"
                                                { (yyval.str) = concat((yyvsp[-1].str), "!"); }
#line 3209 "build/sp/parser.c"
    break;

  case 195: /* origin_kw: NAME  */
#line 746 "script-parser/parser.y"
                {
			if (strcmp((yyvsp[0].str), "org") && strcmp((yyvsp[0].str), "o")) {
				script_syntax_error(ps, &(yylsp[0]), "syntax error");
				YYABORT;
			}
		}
#line 3220 "build/sp/parser.c"
    break;

  case 197: /* length_kw: NAME  */
#line 757 "script-parser/parser.y"
                {
			if (strcmp((yyvsp[0].str), "len") && strcmp((yyvsp[0].str), "l")) {
				script_syntax_error(ps, &(yylsp[0]), "syntax error");
				YYABORT;
			}
		}
#line 3231 "build/sp/parser.c"
    break;

  case 198: /* phdr_list: %empty  */
#line 768 "script-parser/parser.y"
                                                { (yyval.phdr) = NULL; }
#line 3237 "build/sp/parser.c"
    break;

  case 199: /* phdr_list: phdr_list phdr_item  */
#line 770 "script-parser/parser.y"
                {
			if (!(yyvsp[-1].phdr)) {
				(yyval.phdr) = (yyvsp[0].phdr);
			} else {
				struct phdr *p = (yyvsp[-1].phdr);
				while (p->next)
					p = p->next;
				p->next = (yyvsp[0].phdr);
				(yyval.phdr) = (yyvsp[-1].phdr);
			}
		}
#line 3253 "build/sp/parser.c"
    break;

  case 200: /* $@20: %empty  */
#line 785 "script-parser/parser.y"
               { PUSH(LM_EXPR); }
#line 3259 "build/sp/parser.c"
    break;

  case 201: /* phdr_item: name $@20 exp phdr_quals ';'  */
#line 786 "script-parser/parser.y"
                {
			POP();
			(yyval.phdr) = (yyvsp[-1].phdr);
			(yyval.phdr)->name = (yyvsp[-4].str);
			(yyval.phdr)->type = (yyvsp[-2].expr);
			(yyval.phdr)->loc = L((yylsp[-4]));
		}
#line 3271 "build/sp/parser.c"
    break;

  case 202: /* phdr_quals: %empty  */
#line 796 "script-parser/parser.y"
                                                { (yyval.phdr) = xcalloc(1, sizeof *(yyval.phdr)); }
#line 3277 "build/sp/parser.c"
    break;

  case 203: /* phdr_quals: phdr_quals K_FILEHDR  */
#line 797 "script-parser/parser.y"
                                                { (yyval.phdr) = (yyvsp[-1].phdr); (yyval.phdr)->filehdr = true; }
#line 3283 "build/sp/parser.c"
    break;

  case 204: /* phdr_quals: phdr_quals K_PHDRS  */
#line 798 "script-parser/parser.y"
                                                { (yyval.phdr) = (yyvsp[-1].phdr); (yyval.phdr)->phdrs = true; }
#line 3289 "build/sp/parser.c"
    break;

  case 205: /* phdr_quals: phdr_quals K_AT '(' exp ')'  */
#line 799 "script-parser/parser.y"
                                                { (yyval.phdr) = (yyvsp[-4].phdr); (yyval.phdr)->at = (yyvsp[-1].expr); }
#line 3295 "build/sp/parser.c"
    break;

  case 206: /* phdr_quals: phdr_quals K_FLAGS '(' exp ')'  */
#line 800 "script-parser/parser.y"
                                                { (yyval.phdr) = (yyvsp[-4].phdr); (yyval.phdr)->flags = (yyvsp[-1].expr); }
#line 3301 "build/sp/parser.c"
    break;

  case 207: /* vers_nodes_opt_list: %empty  */
#line 806 "script-parser/parser.y"
                                                { ps->result->stmts = NULL; ps->in_vers = false; }
#line 3307 "build/sp/parser.c"
    break;

  case 208: /* vers_nodes_opt_list: vers_nodes  */
#line 808 "script-parser/parser.y"
                {
			ps->in_vers = false;
			struct stmt *s = stmt_new(ST_VERSION, (yyvsp[0].vnode)->loc);
			s->u.version = (yyvsp[0].vnode);
			ps->result->stmts = s;
		}
#line 3318 "build/sp/parser.c"
    break;

  case 209: /* vers_nodes_opt: %empty  */
#line 817 "script-parser/parser.y"
                                                { (yyval.vnode) = NULL; }
#line 3324 "build/sp/parser.c"
    break;

  case 212: /* vers_nodes: vers_nodes vers_node  */
#line 824 "script-parser/parser.y"
                {
			struct version_node *p = (yyvsp[-1].vnode);
			while (p->next)
				p = p->next;
			p->next = (yyvsp[0].vnode);
			(yyval.vnode) = (yyvsp[-1].vnode);
		}
#line 3336 "build/sp/parser.c"
    break;

  case 213: /* vers_node: '{' vers_body '}' ';'  */
#line 835 "script-parser/parser.y"
                { (yyval.vnode) = xcalloc(1, sizeof *(yyval.vnode)); (yyval.vnode)->patterns = (yyvsp[-2].vpat); (yyval.vnode)->loc = L((yylsp[-3])); }
#line 3342 "build/sp/parser.c"
    break;

  case 214: /* vers_node: NAME '{' vers_body '}' vers_deps ';'  */
#line 837 "script-parser/parser.y"
                {
			(yyval.vnode) = xcalloc(1, sizeof *(yyval.vnode));
			(yyval.vnode)->name = (yyvsp[-5].str);
			(yyval.vnode)->patterns = (yyvsp[-3].vpat);
			(yyval.vnode)->deps = (yyvsp[-1].names);
			(yyval.vnode)->loc = L((yylsp[-5]));
		}
#line 3354 "build/sp/parser.c"
    break;

  case 215: /* vers_deps: %empty  */
#line 847 "script-parser/parser.y"
                                                { (yyval.names) = NULL; }
#line 3360 "build/sp/parser.c"
    break;

  case 216: /* vers_deps: vers_deps NAME  */
#line 848 "script-parser/parser.y"
                                                { (yyval.names) = names_append((yyvsp[-1].names), name_new((yyvsp[0].str), false)); }
#line 3366 "build/sp/parser.c"
    break;

  case 217: /* vers_body: %empty  */
#line 853 "script-parser/parser.y"
                                                { (yyval.vpat) = NULL; ps->vers_local = false; }
#line 3372 "build/sp/parser.c"
    break;

  case 218: /* vers_body: vers_body vers_item  */
#line 854 "script-parser/parser.y"
                                                { (yyval.vpat) = vpats_append((yyvsp[-1].vpat), (yyvsp[0].vpat)); }
#line 3378 "build/sp/parser.c"
    break;

  case 219: /* vers_item: VGLOBAL  */
#line 858 "script-parser/parser.y"
                                                { (yyval.vpat) = NULL; ps->vers_local = false; }
#line 3384 "build/sp/parser.c"
    break;

  case 220: /* vers_item: VLOCAL  */
#line 859 "script-parser/parser.y"
                                                { (yyval.vpat) = NULL; ps->vers_local = true; }
#line 3390 "build/sp/parser.c"
    break;

  case 221: /* vers_item: NAME ';'  */
#line 861 "script-parser/parser.y"
                {
			(yyval.vpat) = xcalloc(1, sizeof *(yyval.vpat));
			(yyval.vpat)->pattern = (yyvsp[-1].str);
			(yyval.vpat)->local = ps->vers_local;
		}
#line 3400 "build/sp/parser.c"
    break;

  case 222: /* vers_item: QNAME ';'  */
#line 867 "script-parser/parser.y"
                {
			(yyval.vpat) = xcalloc(1, sizeof *(yyval.vpat));
			(yyval.vpat)->pattern = (yyvsp[-1].str);
			(yyval.vpat)->quoted = true;
			(yyval.vpat)->local = ps->vers_local;
		}
#line 3411 "build/sp/parser.c"
    break;

  case 223: /* vers_item: VEXTERN QNAME '{' vers_ext_list '}' separator_opt  */
#line 874 "script-parser/parser.y"
                {
			for (struct version_pattern *p = (yyvsp[-2].vpat); p; p = p->next) {
				p->lang = (yyvsp[-4].str);
				p->local = ps->vers_local;
			}
			(yyval.vpat) = (yyvsp[-2].vpat);
		}
#line 3423 "build/sp/parser.c"
    break;

  case 224: /* vers_ext_list: %empty  */
#line 884 "script-parser/parser.y"
                                                { (yyval.vpat) = NULL; }
#line 3429 "build/sp/parser.c"
    break;

  case 225: /* vers_ext_list: vers_ext_list NAME separator_opt  */
#line 886 "script-parser/parser.y"
                {
			struct version_pattern *p = xcalloc(1, sizeof *p);
			p->pattern = (yyvsp[-1].str);
			(yyval.vpat) = vpats_append((yyvsp[-2].vpat), p);
		}
#line 3439 "build/sp/parser.c"
    break;

  case 226: /* vers_ext_list: vers_ext_list QNAME separator_opt  */
#line 892 "script-parser/parser.y"
                {
			struct version_pattern *p = xcalloc(1, sizeof *p);
			p->pattern = (yyvsp[-1].str);
			p->quoted = true;
			(yyval.vpat) = vpats_append((yyvsp[-2].vpat), p);
		}
#line 3450 "build/sp/parser.c"
    break;

  case 227: /* exp: '-' exp  */
#line 903 "script-parser/parser.y"
                                                { (yyval.expr) = expr_unary(L((yylsp[-1])), OP_NEG, (yyvsp[0].expr)); }
#line 3456 "build/sp/parser.c"
    break;

  case 228: /* exp: '+' exp  */
#line 904 "script-parser/parser.y"
                                                { (yyval.expr) = expr_unary(L((yylsp[-1])), OP_PLUS_U, (yyvsp[0].expr)); }
#line 3462 "build/sp/parser.c"
    break;

  case 229: /* exp: '!' exp  */
#line 905 "script-parser/parser.y"
                                                { (yyval.expr) = expr_unary(L((yylsp[-1])), OP_NOT, (yyvsp[0].expr)); }
#line 3468 "build/sp/parser.c"
    break;

  case 230: /* exp: '~' exp  */
#line 906 "script-parser/parser.y"
                                                { (yyval.expr) = expr_unary(L((yylsp[-1])), OP_COM, (yyvsp[0].expr)); }
#line 3474 "build/sp/parser.c"
    break;

  case 231: /* exp: '(' exp ')'  */
#line 907 "script-parser/parser.y"
                                                { (yyval.expr) = (yyvsp[-1].expr); }
#line 3480 "build/sp/parser.c"
    break;

  case 232: /* exp: exp '*' exp  */
#line 908 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_MUL, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3486 "build/sp/parser.c"
    break;

  case 233: /* exp: exp '/' exp  */
#line 909 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_DIV, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3492 "build/sp/parser.c"
    break;

  case 234: /* exp: exp '%' exp  */
#line 910 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_MOD, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3498 "build/sp/parser.c"
    break;

  case 235: /* exp: exp '+' exp  */
#line 911 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_ADD, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3504 "build/sp/parser.c"
    break;

  case 236: /* exp: exp '-' exp  */
#line 912 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_SUB, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3510 "build/sp/parser.c"
    break;

  case 237: /* exp: exp SHL exp  */
#line 913 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_SHL, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3516 "build/sp/parser.c"
    break;

  case 238: /* exp: exp SHR exp  */
#line 914 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_SHR, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3522 "build/sp/parser.c"
    break;

  case 239: /* exp: exp EQ exp  */
#line 915 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_EQ, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3528 "build/sp/parser.c"
    break;

  case 240: /* exp: exp NE exp  */
#line 916 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_NE, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3534 "build/sp/parser.c"
    break;

  case 241: /* exp: exp LE exp  */
#line 917 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_LE, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3540 "build/sp/parser.c"
    break;

  case 242: /* exp: exp GE exp  */
#line 918 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_GE, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3546 "build/sp/parser.c"
    break;

  case 243: /* exp: exp '<' exp  */
#line 919 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_LT, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3552 "build/sp/parser.c"
    break;

  case 244: /* exp: exp '>' exp  */
#line 920 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_GT, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3558 "build/sp/parser.c"
    break;

  case 245: /* exp: exp '&' exp  */
#line 921 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_AND, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3564 "build/sp/parser.c"
    break;

  case 246: /* exp: exp '|' exp  */
#line 922 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_OR, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3570 "build/sp/parser.c"
    break;

  case 247: /* exp: exp ANDAND exp  */
#line 923 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_ANDAND, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3576 "build/sp/parser.c"
    break;

  case 248: /* exp: exp OROR exp  */
#line 924 "script-parser/parser.y"
                                                { (yyval.expr) = expr_binary(L((yylsp[-1])), OP_OROR, (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3582 "build/sp/parser.c"
    break;

  case 249: /* exp: exp '?' exp ':' exp  */
#line 925 "script-parser/parser.y"
                                                { (yyval.expr) = expr_cond(L((yylsp[-3])), (yyvsp[-4].expr), (yyvsp[-2].expr), (yyvsp[0].expr)); }
#line 3588 "build/sp/parser.c"
    break;

  case 250: /* exp: INT  */
#line 926 "script-parser/parser.y"
                                                { (yyval.expr) = expr_num(L((yylsp[0])), (yyvsp[0].intval).v); (yyval.expr)->hex = (yyvsp[0].intval).hex; }
#line 3594 "build/sp/parser.c"
    break;

  case 251: /* exp: NAME  */
#line 928 "script-parser/parser.y"
                {
			if (strcmp((yyvsp[0].str), ".") == 0)
				(yyval.expr) = expr_dot(L((yylsp[0])));
			else
				(yyval.expr) = expr_sym(L((yylsp[0])), (yyvsp[0].str));
		}
#line 3605 "build/sp/parser.c"
    break;

  case 252: /* exp: QNAME  */
#line 934 "script-parser/parser.y"
                                                { (yyval.expr) = expr_sym(L((yylsp[0])), (yyvsp[0].str)); }
#line 3611 "build/sp/parser.c"
    break;

  case 253: /* exp: K_ABSOLUTE '(' exp ')'  */
#line 935 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_ABSOLUTE, NULL, (yyvsp[-1].expr), NULL); }
#line 3617 "build/sp/parser.c"
    break;

  case 254: /* $@21: %empty  */
#line 936 "script-parser/parser.y"
                     { PUSH(LM_SCRIPT); }
#line 3623 "build/sp/parser.c"
    break;

  case 255: /* $@22: %empty  */
#line 936 "script-parser/parser.y"
                                               { POP(); }
#line 3629 "build/sp/parser.c"
    break;

  case 256: /* exp: K_ADDR '(' $@21 name $@22 ')'  */
#line 937 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_ADDR, (yyvsp[-2].str), NULL, NULL); }
#line 3635 "build/sp/parser.c"
    break;

  case 257: /* $@23: %empty  */
#line 938 "script-parser/parser.y"
                       { PUSH(LM_SCRIPT); }
#line 3641 "build/sp/parser.c"
    break;

  case 258: /* $@24: %empty  */
#line 938 "script-parser/parser.y"
                                                 { POP(); }
#line 3647 "build/sp/parser.c"
    break;

  case 259: /* exp: K_SIZEOF '(' $@23 name $@24 ')'  */
#line 939 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_SIZEOF, (yyvsp[-2].str), NULL, NULL); }
#line 3653 "build/sp/parser.c"
    break;

  case 260: /* $@25: %empty  */
#line 940 "script-parser/parser.y"
                         { PUSH(LM_SCRIPT); }
#line 3659 "build/sp/parser.c"
    break;

  case 261: /* $@26: %empty  */
#line 940 "script-parser/parser.y"
                                                   { POP(); }
#line 3665 "build/sp/parser.c"
    break;

  case 262: /* exp: K_LOADADDR '(' $@25 name $@26 ')'  */
#line 941 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_LOADADDR, (yyvsp[-2].str), NULL, NULL); }
#line 3671 "build/sp/parser.c"
    break;

  case 263: /* $@27: %empty  */
#line 942 "script-parser/parser.y"
                        { PUSH(LM_SCRIPT); }
#line 3677 "build/sp/parser.c"
    break;

  case 264: /* $@28: %empty  */
#line 942 "script-parser/parser.y"
                                                  { POP(); }
#line 3683 "build/sp/parser.c"
    break;

  case 265: /* exp: K_ALIGNOF '(' $@27 name $@28 ')'  */
#line 943 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_ALIGNOF, (yyvsp[-2].str), NULL, NULL); }
#line 3689 "build/sp/parser.c"
    break;

  case 266: /* exp: K_ALIGN '(' exp ')'  */
#line 944 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_ALIGN, NULL, (yyvsp[-1].expr), NULL); }
#line 3695 "build/sp/parser.c"
    break;

  case 267: /* exp: K_ALIGN '(' exp ',' exp ')'  */
#line 945 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_ALIGN, NULL, (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 3701 "build/sp/parser.c"
    break;

  case 268: /* exp: K_BLOCK '(' exp ')'  */
#line 946 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_BLOCK, NULL, (yyvsp[-1].expr), NULL); }
#line 3707 "build/sp/parser.c"
    break;

  case 269: /* exp: K_DATA_SEGMENT_ALIGN '(' exp ',' exp ')'  */
#line 948 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_DATA_SEGMENT_ALIGN, NULL, (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 3713 "build/sp/parser.c"
    break;

  case 270: /* exp: K_DATA_SEGMENT_END '(' exp ')'  */
#line 950 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_DATA_SEGMENT_END, NULL, (yyvsp[-1].expr), NULL); }
#line 3719 "build/sp/parser.c"
    break;

  case 271: /* exp: K_DATA_SEGMENT_RELRO_END '(' exp ',' exp ')'  */
#line 952 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_DATA_SEGMENT_RELRO_END, NULL, (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 3725 "build/sp/parser.c"
    break;

  case 272: /* exp: K_DEFINED '(' name ')'  */
#line 953 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_DEFINED, (yyvsp[-1].str), NULL, NULL); }
#line 3731 "build/sp/parser.c"
    break;

  case 273: /* exp: K_LENGTH '(' name ')'  */
#line 954 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_LENGTH, (yyvsp[-1].str), NULL, NULL); }
#line 3737 "build/sp/parser.c"
    break;

  case 274: /* exp: K_ORIGIN '(' name ')'  */
#line 955 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_ORIGIN, (yyvsp[-1].str), NULL, NULL); }
#line 3743 "build/sp/parser.c"
    break;

  case 275: /* exp: K_LOG2CEIL '(' exp ')'  */
#line 956 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_LOG2CEIL, NULL, (yyvsp[-1].expr), NULL); }
#line 3749 "build/sp/parser.c"
    break;

  case 276: /* exp: K_NEXT '(' exp ')'  */
#line 957 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_NEXT, NULL, (yyvsp[-1].expr), NULL); }
#line 3755 "build/sp/parser.c"
    break;

  case 277: /* exp: K_MAX '(' exp ',' exp ')'  */
#line 958 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_MAX, NULL, (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 3761 "build/sp/parser.c"
    break;

  case 278: /* exp: K_MIN '(' exp ',' exp ')'  */
#line 959 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_MIN, NULL, (yyvsp[-3].expr), (yyvsp[-1].expr)); }
#line 3767 "build/sp/parser.c"
    break;

  case 279: /* exp: K_SEGMENT_START '(' name ',' exp ')'  */
#line 961 "script-parser/parser.y"
                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_SEGMENT_START, (yyvsp[-3].str), (yyvsp[-1].expr), NULL); }
#line 3773 "build/sp/parser.c"
    break;

  case 280: /* exp: K_SIZEOF_HEADERS  */
#line 962 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[0])), FN_SIZEOF_HEADERS, NULL, NULL, NULL); }
#line 3779 "build/sp/parser.c"
    break;

  case 281: /* exp: K_CONSTANT '(' NAME ')'  */
#line 963 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-3])), FN_CONSTANT, (yyvsp[-1].str), NULL, NULL); }
#line 3785 "build/sp/parser.c"
    break;

  case 282: /* exp: K_ASSERT '(' exp ',' msg ')'  */
#line 964 "script-parser/parser.y"
                                                { (yyval.expr) = expr_call(L((yylsp[-5])), FN_ASSERT, (yyvsp[-1].str), (yyvsp[-3].expr), NULL); }
#line 3791 "build/sp/parser.c"
    break;


#line 3795 "build/sp/parser.c"

      default: break;
    }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == YYEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      yyerror (&yylloc, ps, scanner, YY_("syntax error"));
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= YYEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == YYEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, ps, scanner);
          yychar = YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, ps, scanner);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, ps, scanner, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, ps, scanner);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, ps, scanner);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif

  return yyresult;
}

#line 967 "script-parser/parser.y"


/* The grammar's name of token TOK (for the lexer's test dump). */
const char *script_token_name(int tok)
{
	return yytname[YYTRANSLATE(tok)];
}
