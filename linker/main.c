/*
 * main.c - klink's pipeline.
 *
 * One struct ctx is passed to every pass; each pass reads what the previous
 * ones left in it.  checkpoint() stops after a phase that counted errors.
 */
#include <stdlib.h>

#include "klink.h"

/* --dump-script / --dump-version-script: parse and print, nothing else. */
static int dump_scripts(struct ctx *ctx)
{
	const char *const *dirs = ctx->opt.lib_dirs.v;
	int status = 0;
	size_t i;

	for (i = 0; i < ctx->opt.ndumps; i++) {
		const struct dump_request *d = &ctx->opt.dumps[i];
		struct script *s = script_parse_file(ctx->prog, d->file, d->mode, dirs);

		if (!s) {
			status = 1;
			continue;
		}
		script_dump(ctx->out, s);
	}
	fflush(ctx->out);
	return status;
}

int main(int argc, char **argv)
{
	struct ctx ctx_storage;
	struct ctx *ctx = &ctx_storage;

	ctx_init(ctx, argv[0]);

	parse_options(ctx, argc, argv);		/* options.c: GNU ld command line -> ctx->opt */
	if (ctx->opt.ndumps)
		return dump_scripts(ctx);	/* klink extension: no link */
	load_scripts(ctx);			/* options.c: -T, --dT, --version-script, --defsym */
	checkpoint(ctx);

	if (ctx->opt.nfiles == 0 && ctx->script_inputs == 0) {
		if (ctx->opt.version_printed)
			return 0;		/* "ld -v" and kbuild's "ld --option -v" probes */
		fatal(ctx, "no input files");
	}
	ctx->target = decide_target(&ctx->opt, ctx->scripts, ctx->nscripts, TARGET_NONE);

	/*
	 * Issue 3 adds the rest of the pipeline (declared in klink.h):
	 *
	 *	read_inputs(ctx);		input.c: .o, .a (thin too), --format binary
	 *	resolve_symbols(ctx);	checkpoint(ctx);
	 *	map_sections(ctx);		layout.c: SECTIONS rules, orphans
	 *	assign_addresses(ctx);	checkpoint(ctx);
	 *	write_output(ctx);	checkpoint(ctx);
	 *
	 * Until then say so, and write nothing.
	 */
	fatal(ctx, "linking is not implemented yet (issue 3)");
}
