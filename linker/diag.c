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

void warn(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	if (ctx->opt.no_warnings)
		return;
	va_start(ap, fmt);
	vreport(ctx, "warning: ", fmt, ap);
	va_end(ap);
	ctx->warnings++;
	if (ctx->opt.fatal_warnings)
		ctx->errors++;
}

void message(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(ctx, "", fmt, ap);
	va_end(ap);
}

void fatal(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(ctx, "", fmt, ap);
	va_end(ap);
	exit(1);
}

void checkpoint(struct ctx *ctx)
{
	if (ctx->errors) {
		fflush(ctx->out);
		exit(1);
	}
}
