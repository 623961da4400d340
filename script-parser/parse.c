/*
 * parse.c - drives the lexer and parser: script_parse() and friends, and
 * GNU-ld style syntax error messages with the offending line and a caret.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "script-internal.h"
#include "parser.h"
#include "lexer.h"

/* Print the source line LINE of FILE with a caret under COL. */
static void show_context(struct parse_state *ps, const char *file, int line, int col)
{
	const struct source *src = NULL;
	for (const struct source *s = ps->sources; s; s = s->next)
		if (s->file == file || strcmp(s->file, file) == 0) {
			src = s;
			break;
		}
	if (!src || line < 1)
		return;
	const char *p = src->text, *end = src->text + src->len;
	for (int l = 1; l < line && p < end; p++)
		if (*p == '\n')
			l++;
	if (p >= end)
		return;
	const char *eol = memchr(p, '\n', end - p);
	if (!eol)
		eol = end;
	int width = (int)(eol - p);
	fprintf(stderr, "%5d | %.*s\n      | ", line, width, p);
	/* keep tabs so the caret lines up */
	for (int i = 0; i < col - 1 && i < width; i++)
		fputc(p[i] == '\t' ? '\t' : ' ', stderr);
	fputs("^\n", stderr);
}

void script_syntax_error(struct parse_state *ps, const YYLTYPE *loc, const char *msg)
{
	ps->errors++;
	if (ps->lex_failed)
		return;		/* the lexer already said what went wrong */
	if (ps->in_vers && strcmp(msg, "syntax error") == 0)
		msg = "syntax error in VERSION script";
	if (ps->mode == SM_EXPR && ps->frames[0].file == NULL) {
		fprintf(stderr, "%s: %s\n", ps->prog, msg);
		return;
	}
	if (ps->eof) {
		/* GNU ld reports an unexpected end of the script as line 0 */
		fprintf(stderr, "%s:%s:0: %s\n", ps->prog, ps->frames[0].file, msg);
		return;
	}
	fprintf(stderr, "%s:%s:%d: %s\n", ps->prog, loc->file, loc->first_line, msg);
	show_context(ps, loc->file, loc->first_line, loc->first_column);
}

static const int start_tokens[] = {
	[SM_SCRIPT] = START_SCRIPT, [SM_VERSION] = START_VERSION, [SM_EXPR] = START_EXPR,
};

static const enum lex_mode start_modes[] = {
	[SM_SCRIPT] = LM_SCRIPT, [SM_VERSION] = LM_VERS, [SM_EXPR] = LM_EXPR,
};

/* Parse TEXT; fills ps's results.  Returns 0 on success. */
static int run_parser(struct parse_state *ps, const char *file, const char *text, size_t len)
{
	yyscan_t scanner;

	if (sllex_init_extra(ps, &scanner) != 0) {
		fprintf(stderr, "%s: out of memory\n", ps->prog);
		exit(1);
	}
	ps->scanner = scanner;
	ps->start_token = start_tokens[ps->mode];
	ps->in_vers = ps->mode == SM_VERSION;
	lex_push_text(ps, scanner, file, text, len);
	lex_begin(scanner, start_modes[ps->mode]);
	int rc = yyparse(ps, scanner);
	sllex_destroy(scanner);
	if (rc == 0 && ps->errors)
		rc = 1;
	return rc;
}

struct script *script_parse(const char *prog, const char *file, const char *text,
			    size_t len, enum script_mode mode,
			    const char *const *search_dirs)
{
	struct parse_state *ps = xcalloc(1, sizeof *ps);
	ps->prog = prog;
	ps->mode = mode;
	ps->search_dirs = search_dirs;
	ps->result = xcalloc(1, sizeof *ps->result);
	ps->result->file = file;
	ps->result->mode = mode;
	if (run_parser(ps, file, text, len) != 0)
		return NULL;
	return ps->result;
}

struct script *script_parse_file(const char *prog, const char *file, enum script_mode mode,
				 const char *const *search_dirs)
{
	size_t len = 0;
	char *text = script_read_file(file, &len);
	const char *name = file;

	for (int i = 0; !text && file[0] != '/' && search_dirs && search_dirs[i]; i++) {
		size_t n = strlen(search_dirs[i]) + strlen(file) + 2;
		char *p = xmalloc(n);
		snprintf(p, n, "%s/%s", search_dirs[i], file);
		text = script_read_file(p, &len);
		if (text)
			name = p;
		else
			free(p);
	}
	if (!text) {
		fprintf(stderr, "%s: cannot open linker script file %s: %s\n", prog, file,
			strerror(errno));
		return NULL;
	}
	return script_parse(prog, name, text, len, mode, search_dirs);
}

struct expr *script_parse_expr(const char *prog, const char *file, const char *text)
{
	struct parse_state *ps = xcalloc(1, sizeof *ps);
	ps->prog = prog;
	ps->mode = SM_EXPR;
	ps->result = xcalloc(1, sizeof *ps->result);
	if (run_parser(ps, file, text, strlen(text)) != 0)
		return NULL;
	return ps->expr_result;
}

/*
 * --defsym SYMBOL=EXPRESSION.  The symbol is everything before the first
 * '=' (GNU ld allows no compound operators here); the rest is an expression.
 */
struct stmt *script_parse_defsym(const char *prog, const char *arg)
{
	const char *eq = strchr(arg, '=');
	if (!eq || eq == arg) {
		fprintf(stderr, "%s: --defsym:1: syntax error\n", prog);
		return NULL;
	}
	const char *b = arg, *e = eq;
	while (b < e && (*b == ' ' || *b == '\t'))
		b++;
	while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	struct expr *value = script_parse_expr(prog, "--defsym", eq + 1);
	if (!value)
		return NULL;
	struct loc loc = { "--defsym", 1, 1 };
	struct stmt *s = stmt_new(ST_ASSIGN, loc);
	s->u.assign.name = xstrndup(b, e - b);
	s->u.assign.op = AS_SET;
	s->u.assign.kind = AK_PLAIN;
	s->u.assign.value = value;
	return s;
}

int sllex(YYSTYPE *lval, YYLTYPE *lloc, void *scanner);

char *script_lex_dump(const char *text, enum lex_mode m)
{
	struct parse_state ps = { .prog = "klink", .mode = SM_SCRIPT };
	yyscan_t scanner;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	if (!out || sllex_init_extra(&ps, &scanner) != 0)
		return NULL;
	lex_push_text(&ps, scanner, "<test>", text, strlen(text));
	lex_begin(scanner, m);
	for (int n = 0;; n++) {
		YYSTYPE v;
		YYLTYPE l;
		int t = sllex(&v, &l, scanner);
		if (t == 0)
			break;
		if (n)
			fputc(' ', out);
		switch (t) {
		case NAME: fprintf(out, "NAME(%s)", v.str); break;
		case QNAME: fprintf(out, "QNAME(%s)", v.str); break;
		case LNAME: fprintf(out, "LNAME(%s)", v.str); break;
		case INT: fprintf(out, "INT(0x%llx)", (unsigned long long)v.intval.v); break;
		default: fputs(script_token_name(t), out); break;
		}
		if (t == LEX_ERROR)
			break;
	}
	sllex_destroy(scanner);
	fclose(out);
	return buf;
}
