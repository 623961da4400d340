/*
 * script-internal.h - what lexer.l and parser.y share (not for linker/).
 */
#ifndef KLINK_SCRIPT_INTERNAL_H
#define KLINK_SCRIPT_INTERNAL_H

#include "script.h"

/* Lexer start conditions the grammar asks for (see lexer.l for what each lexes). */
enum lex_mode {
	LM_SCRIPT,	/* commands, output section names, file names      */
	LM_EXPR,	/* expressions                                     */
	LM_WILD,	/* output section bodies: wildcard patterns         */
	LM_VERS,	/* version-script text                             */
};

/* One file being lexed (INCLUDE nests them). */
struct lex_frame {
	const char *file;
	const char *text;	/* the whole file (for error context lines) */
	size_t len;
	int line, col;		/* position of the next character            */
	void *buffer;		/* flex YY_BUFFER_STATE                      */
};

#define MAX_INCLUDE_DEPTH 32

/* Every text lexed (kept for error context lines). */
struct source {
	const char *file;
	const char *text;
	size_t len;
	struct source *next;
};

struct parse_state {
	const char *prog;
	enum script_mode mode;
	int start_token;		/* first token handed to the parser, then 0 */
	const char *const *search_dirs;
	struct lex_frame frames[MAX_INCLUDE_DEPTH];
	int depth;			/* number of active frames                 */
	int errors;
	bool eof;			/* the lexer has returned end of input     */
	bool lex_failed;		/* the lexer reported an error itself      */
	struct source *sources;
	struct script *result;
	struct expr *expr_result;
	/* pieces of the construct being parsed, collected by header rules */
	struct output_section pending_osec;
	struct overlay pending_overlay;
	struct expr *pending_fill;
	bool vers_local;
	bool in_vers;			/* inside version-script text (for messages) */
	void *scanner;
};

/* The token location type (bison's YYLTYPE). */
typedef struct yyltype {
	int first_line, first_column, last_line, last_column;
	const char *file;
} YYLTYPE;
#define YYLTYPE_IS_DECLARED 1
#define YYLTYPE_IS_TRIVIAL 1

/* Like bison's default, but carrying the file name along. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)						\
	do {									\
		if (N) {							\
			(Cur).first_line = YYRHSLOC(Rhs, 1).first_line;		\
			(Cur).first_column = YYRHSLOC(Rhs, 1).first_column;	\
			(Cur).file = YYRHSLOC(Rhs, 1).file;			\
			(Cur).last_line = YYRHSLOC(Rhs, N).last_line;		\
			(Cur).last_column = YYRHSLOC(Rhs, N).last_column;	\
		} else {							\
			(Cur).first_line = (Cur).last_line = YYRHSLOC(Rhs, 0).last_line; \
			(Cur).first_column = (Cur).last_column = YYRHSLOC(Rhs, 0).last_column; \
			(Cur).file = YYRHSLOC(Rhs, 0).file;			\
		}								\
	} while (0)

/* lexer.l */
void lex_push_mode(void *scanner, enum lex_mode m);
void lex_pop_mode(void *scanner);
/* Open FILE (searching the include path) and lex it next; false + message if it cannot. */
bool lex_include(struct parse_state *ps, void *scanner, const char *file);
void lex_begin(void *scanner, enum lex_mode m);
void lex_after_operand(void *scanner);	/* what follows lexes as after a complete expression */
void lex_push_text(struct parse_state *ps, void *scanner, const char *file,
		   const char *text, size_t len);
char *script_read_file(const char *path, size_t *len);

/* parser.y */
const char *script_token_name(int tok);
/*
 * Test hook (parse.c): lex TEXT in mode M alone and describe the tokens, one
 * per space: NAME(x) QNAME(x) LNAME(x) INT(0x..) or the token's own name.
 * Returns a malloc'd string; lexer messages go to stderr.
 */
char *script_lex_dump(const char *text, enum lex_mode m);
void script_syntax_error(struct parse_state *ps, const YYLTYPE *loc, const char *msg);

static inline struct loc loc_of(const YYLTYPE *l)
{
	struct loc r = { l->file, l->first_line, l->first_column };
	return r;
}

#endif
