/*
 * diag.c - GNU ld style diagnostics.
 *
 * Messages look like GNU ld 2.40's: "PROG: text", PROG being argv[0] as
 * invoked.  Errors are counted in the ctx and checked by checkpoint() at the
 * end of a phase, so that one run reports every problem it can find; fatal()
 * is for the cases GNU ld itself stops at once (bad options, I/O).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "klink.h"

void ctx_init(struct ctx *ctx, const char *prog)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->prog = prog;
	ctx->out = stdout;
	ctx->err = stderr;
}

static void vreport(struct ctx *ctx, const char *kind, const char *fmt, va_list ap)
{
	fflush(ctx->out);
	fprintf(ctx->err, "%s: %s", ctx->prog, kind);
	vfprintf(ctx->err, fmt, ap);
	fputc('\n', ctx->err);
	fflush(ctx->err);
}

void error(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(ctx, "", fmt, ap);
	va_end(ap);
	ctx->errors++;
}

void link_error(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(ctx, "", fmt, ap);
	va_end(ap);
	ctx->errors++;
	ctx->link_errors++;
}

/* -w drops warnings; --fatal-warnings makes them errors (that --noinhibit-exec lets pass). */
static void count_warning(struct ctx *ctx)
{
	ctx->warnings++;
	if (ctx->opt.fatal_warnings) {
		ctx->errors++;
		ctx->link_errors++;
	}
}

void warn(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	if (ctx->opt.no_warnings)
		return;
	va_start(ap, fmt);
	vreport(ctx, "warning: ", fmt, ap);
	va_end(ap);
	count_warning(ctx);
}

void warn_plain(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	if (ctx->opt.no_warnings)
		return;
	va_start(ap, fmt);
	vreport(ctx, "", fmt, ap);
	va_end(ap);
	count_warning(ctx);
}

void message(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(ctx, "", fmt, ap);
	va_end(ap);
}

/* An error GNU ld prints without the program name (its "%H: ..." messages). */
static void vreport_plain(struct ctx *ctx, const char *fmt, va_list ap)
{
	fflush(ctx->out);
	vfprintf(ctx->err, fmt, ap);
	fputc('\n', ctx->err);
	fflush(ctx->err);
}

void error_plain(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport_plain(ctx, fmt, ap);
	va_end(ap);
	ctx->errors++;
}

void link_error_plain(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport_plain(ctx, fmt, ap);
	va_end(ap);
	ctx->errors++;
	ctx->link_errors++;
}

/* No output file is left behind by a failed link. */
static void drop_output(struct ctx *ctx)
{
	if (ctx->tmp_output) {
		unlink(ctx->tmp_output);
		ctx->tmp_output = NULL;
	}
}

void fatal(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(ctx, "", fmt, ap);
	va_end(ap);
	drop_output(ctx);
	exit(1);
}

void checkpoint(struct ctx *ctx)
{
	if (ctx->errors > (ctx->opt.noinhibit_exec ? ctx->link_errors : 0)) {
		fflush(ctx->out);
		drop_output(ctx);
		exit(1);
	}
}
