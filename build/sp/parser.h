/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

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

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_YY_BUILD_SP_PARSER_H_INCLUDED
# define YY_YY_BUILD_SP_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef YYDEBUG
# define YYDEBUG 0
#endif
#if YYDEBUG
extern int yydebug;
#endif
/* "%code requires" blocks.  */
#line 9 "script-parser/parser.y"

#include "script-internal.h"

#line 53 "build/sp/parser.h"

/* Token kinds.  */
#ifndef YYTOKENTYPE
# define YYTOKENTYPE
  enum yytokentype
  {
    YYEMPTY = -2,
    YYEOF = 0,                     /* "end of file"  */
    YYerror = 256,                 /* error  */
    YYUNDEF = 257,                 /* "invalid token"  */
    START_SCRIPT = 258,            /* START_SCRIPT  */
    START_VERSION = 259,           /* START_VERSION  */
    START_EXPR = 260,              /* START_EXPR  */
    LEX_ERROR = 261,               /* LEX_ERROR  */
    NAME = 262,                    /* NAME  */
    QNAME = 263,                   /* QNAME  */
    LNAME = 264,                   /* LNAME  */
    INT = 265,                     /* INT  */
    EQ = 266,                      /* EQ  */
    NE = 267,                      /* NE  */
    LE = 268,                      /* LE  */
    GE = 269,                      /* GE  */
    SHL = 270,                     /* SHL  */
    SHR = 271,                     /* SHR  */
    ANDAND = 272,                  /* ANDAND  */
    OROR = 273,                    /* OROR  */
    PLUSEQ = 274,                  /* PLUSEQ  */
    MINUSEQ = 275,                 /* MINUSEQ  */
    MULEQ = 276,                   /* MULEQ  */
    DIVEQ = 277,                   /* DIVEQ  */
    SHLEQ = 278,                   /* SHLEQ  */
    SHREQ = 279,                   /* SHREQ  */
    ANDEQ = 280,                   /* ANDEQ  */
    OREQ = 281,                    /* OREQ  */
    VGLOBAL = 282,                 /* VGLOBAL  */
    VLOCAL = 283,                  /* VLOCAL  */
    VEXTERN = 284,                 /* VEXTERN  */
    K_ABSOLUTE = 285,              /* K_ABSOLUTE  */
    K_ADDR = 286,                  /* K_ADDR  */
    K_AFTER = 287,                 /* K_AFTER  */
    K_ALIGN = 288,                 /* K_ALIGN  */
    K_ALIGNOF = 289,               /* K_ALIGNOF  */
    K_ALIGN_WITH_INPUT = 290,      /* K_ALIGN_WITH_INPUT  */
    K_ASSERT = 291,                /* K_ASSERT  */
    K_AS_NEEDED = 292,             /* K_AS_NEEDED  */
    K_AT = 293,                    /* K_AT  */
    K_BEFORE = 294,                /* K_BEFORE  */
    K_BLOCK = 295,                 /* K_BLOCK  */
    K_BYTE = 296,                  /* K_BYTE  */
    K_CONSTANT = 297,              /* K_CONSTANT  */
    K_CONSTRUCTORS = 298,          /* K_CONSTRUCTORS  */
    K_COPY = 299,                  /* K_COPY  */
    K_CREATE_OBJECT_SYMBOLS = 300, /* K_CREATE_OBJECT_SYMBOLS  */
    K_DATA_SEGMENT_ALIGN = 301,    /* K_DATA_SEGMENT_ALIGN  */
    K_DATA_SEGMENT_END = 302,      /* K_DATA_SEGMENT_END  */
    K_DATA_SEGMENT_RELRO_END = 303, /* K_DATA_SEGMENT_RELRO_END  */
    K_DEFINED = 304,               /* K_DEFINED  */
    K_DSECT = 305,                 /* K_DSECT  */
    K_ENTRY = 306,                 /* K_ENTRY  */
    K_EXCLUDE_FILE = 307,          /* K_EXCLUDE_FILE  */
    K_EXTERN = 308,                /* K_EXTERN  */
    K_FILEHDR = 309,               /* K_FILEHDR  */
    K_FILL = 310,                  /* K_FILL  */
    K_FLAGS = 311,                 /* K_FLAGS  */
    K_FORCE_COMMON_ALLOCATION = 312, /* K_FORCE_COMMON_ALLOCATION  */
    K_FORCE_GROUP_ALLOCATION = 313, /* K_FORCE_GROUP_ALLOCATION  */
    K_GROUP = 314,                 /* K_GROUP  */
    K_HIDDEN = 315,                /* K_HIDDEN  */
    K_INCLUDE = 316,               /* K_INCLUDE  */
    K_INFO = 317,                  /* K_INFO  */
    K_INHIBIT_COMMON_ALLOCATION = 318, /* K_INHIBIT_COMMON_ALLOCATION  */
    K_INPUT = 319,                 /* K_INPUT  */
    K_INPUT_SECTION_FLAGS = 320,   /* K_INPUT_SECTION_FLAGS  */
    K_INSERT = 321,                /* K_INSERT  */
    K_KEEP = 322,                  /* K_KEEP  */
    K_LD_FEATURE = 323,            /* K_LD_FEATURE  */
    K_LENGTH = 324,                /* K_LENGTH  */
    K_LOADADDR = 325,              /* K_LOADADDR  */
    K_LOG2CEIL = 326,              /* K_LOG2CEIL  */
    K_LONG = 327,                  /* K_LONG  */
    K_MAX = 328,                   /* K_MAX  */
    K_MEMORY = 329,                /* K_MEMORY  */
    K_MIN = 330,                   /* K_MIN  */
    K_NEXT = 331,                  /* K_NEXT  */
    K_NOCROSSREFS = 332,           /* K_NOCROSSREFS  */
    K_NOCROSSREFS_TO = 333,        /* K_NOCROSSREFS_TO  */
    K_NOLOAD = 334,                /* K_NOLOAD  */
    K_ONLY_IF_RO = 335,            /* K_ONLY_IF_RO  */
    K_ONLY_IF_RW = 336,            /* K_ONLY_IF_RW  */
    K_ORIGIN = 337,                /* K_ORIGIN  */
    K_OUTPUT = 338,                /* K_OUTPUT  */
    K_OUTPUT_ARCH = 339,           /* K_OUTPUT_ARCH  */
    K_OUTPUT_FORMAT = 340,         /* K_OUTPUT_FORMAT  */
    K_OVERLAY = 341,               /* K_OVERLAY  */
    K_PHDRS = 342,                 /* K_PHDRS  */
    K_PROVIDE = 343,               /* K_PROVIDE  */
    K_PROVIDE_HIDDEN = 344,        /* K_PROVIDE_HIDDEN  */
    K_QUAD = 345,                  /* K_QUAD  */
    K_READONLY = 346,              /* K_READONLY  */
    K_REGION_ALIAS = 347,          /* K_REGION_ALIAS  */
    K_REVERSE = 348,               /* K_REVERSE  */
    K_SEARCH_DIR = 349,            /* K_SEARCH_DIR  */
    K_SECTIONS = 350,              /* K_SECTIONS  */
    K_SEGMENT_START = 351,         /* K_SEGMENT_START  */
    K_SHORT = 352,                 /* K_SHORT  */
    K_SIZEOF = 353,                /* K_SIZEOF  */
    K_SIZEOF_HEADERS = 354,        /* K_SIZEOF_HEADERS  */
    K_SORT_BY_NAME = 355,          /* K_SORT_BY_NAME  */
    K_SORT_BY_ALIGNMENT = 356,     /* K_SORT_BY_ALIGNMENT  */
    K_SORT_BY_INIT_PRIORITY = 357, /* K_SORT_BY_INIT_PRIORITY  */
    K_SORT_NONE = 358,             /* K_SORT_NONE  */
    K_SPECIAL = 359,               /* K_SPECIAL  */
    K_SQUAD = 360,                 /* K_SQUAD  */
    K_STARTUP = 361,               /* K_STARTUP  */
    K_SUBALIGN = 362,              /* K_SUBALIGN  */
    K_TARGET = 363,                /* K_TARGET  */
    K_TYPE = 364,                  /* K_TYPE  */
    K_VERSION = 365,               /* K_VERSION  */
    UNARY = 366                    /* UNARY  */
  };
  typedef enum yytokentype yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined YYSTYPE && ! defined YYSTYPE_IS_DECLARED
union YYSTYPE
{
#line 185 "script-parser/parser.y"

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

#line 200 "build/sp/parser.h"

};
typedef union YYSTYPE YYSTYPE;
# define YYSTYPE_IS_TRIVIAL 1
# define YYSTYPE_IS_DECLARED 1
#endif

/* Location type.  */
#if ! defined YYLTYPE && ! defined YYLTYPE_IS_DECLARED
typedef struct YYLTYPE YYLTYPE;
struct YYLTYPE
{
  int first_line;
  int first_column;
  int last_line;
  int last_column;
};
# define YYLTYPE_IS_DECLARED 1
# define YYLTYPE_IS_TRIVIAL 1
#endif




int yyparse (struct parse_state *ps, void *scanner);


#endif /* !YY_YY_BUILD_SP_PARSER_H_INCLUDED  */
