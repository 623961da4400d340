/*
 * main.c - klink's pipeline.
 *
 * One struct ctx is passed to every pass; each pass reads what the previous
 * ones left in it.  checkpoint() stops after a phase that counted errors.
 */
#include <stdlib.h>
#include <string.h>

#include "klink.h"

/* Does S say INSERT AFTER/BEFORE?  Then it does not replace the default script. */
static bool has_insert(const struct script *s)
{
	for (const struct stmt *st = s->stmts; st; st = st->next)
		if (st->kind == ST_INSERT)
			return true;
	return false;
}

/* Is the built-in script used (no -T, or only -T scripts with INSERT)? */
static bool default_script_used(const struct ctx *ctx)
{
	for (size_t i = 0; i < ctx->nscripts; i++)
		if (!has_insert(ctx->scripts[i]))
			return ctx->opt.scripts.n == 0;
	return true;
}

/*
 * The entry symbol GNU ld asks for before reading inputs: -e SYMBOL (not a
 * number), else the last ENTRY of the -T scripts, else, with no -T, the
 * built-in script's ENTRY(_start).  NULL: none.
 */
static const char *requested_entry(struct ctx *ctx)
{
	if (ctx->opt.entry) {
		char *end = NULL;
		strtoull(ctx->opt.entry, &end, 0);
		return end && !*end && end != ctx->opt.entry ? NULL : ctx->opt.entry;
	}
	const char *name = NULL;
	for (size_t i = 0; i < ctx->nscripts; i++)
		for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_ENTRY)
				name = st->u.name;
	if (!name && default_script_used(ctx))
		name = "_start";
	return name;
}

/* An undefined reference the command line or a script makes. */
static void request_symbol(struct ctx *ctx, const char *name)
{
	struct symbol *s = sym_intern(ctx, name);
	s->referenced = true;
	s->linker_ref = true;
	sym_note_created(ctx, s);
}

/* -e/ENTRY, -u SYMBOL and EXTERN(SYMBOL...): undefined references before any input. */
/* --require-defined: an error (that only keeps the output from being written) unless defined. */
static void check_required_symbols(struct ctx *ctx)
{
	for (size_t i = 0; i < ctx->opt.require_defined.n; i++) {
		const char *name = ctx->opt.require_defined.v[i];
		const struct symbol *s = sym_lookup(ctx, name);
		if (!s || (s->kind == SK_UNDEF && !s->script_assigned)) {
			message(ctx, "required symbol `%s' not defined", name);
			ctx->link.deferred_errors++;
		}
	}
}

static void add_undefined_requests(struct ctx *ctx)
{
	const char *entry = requested_entry(ctx);
	if (entry)
		request_symbol(ctx, entry);
	for (size_t i = 0; i < ctx->opt.undefined.n; i++)
		request_symbol(ctx, ctx->opt.undefined.v[i]);
	for (size_t i = 0; i < ctx->opt.require_defined.n; i++)
		request_symbol(ctx, ctx->opt.require_defined.v[i]);
	for (size_t i = 0; i < ctx->nscripts; i++)
		for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_EXTERN)
				for (const struct namelist *n = st->u.names; n; n = n->next)
					request_symbol(ctx, n->name);
}

/*
 * --no-define-common and INHIBIT_COMMON_ALLOCATION leave commons
 * unallocated, which GNU ld only allows for -shared (checked before it
 * looks at any input).
 */
static void check_common_inhibition(struct ctx *ctx)
{
	bool inhibit = ctx->opt.no_define_common;
	for (size_t i = 0; i < ctx->nscripts && !inhibit; i++)
		for (const struct stmt *st = ctx->scripts[i]->stmts; st && !inhibit; st = st->next)
			inhibit = st->kind == ST_INHIBIT_COMMON_ALLOCATION;
	if (inhibit && ctx->opt.type != LINK_SHARED)
		fatal(ctx, "--no-define-common may not be used without -shared");
}

static struct stmt *stmt_copy(const struct stmt *st)
{
	struct stmt *c = xmalloc(sizeof *c);
	*c = *st;
	c->next = NULL;
	return c;
}

/*
 * INSERT AFTER/BEFORE SEC: the SECTIONS statements of a -T script before
 * each INSERT go into the layout script's SECTIONS right after (before) the
 * output section SEC, and that script keeps the layout (GNU ld).  The
 * scripts stay as parsed: LAYOUT is rebuilt from copies, and the inserting
 * script is replaced by a copy without the statements moved.
 */
static struct script *apply_inserts(struct ctx *ctx, const struct script *layout)
{
	struct script *m = xcalloc(1, sizeof *m);
	*m = *layout;
	m->stmts = NULL;
	struct stmt **tail = &m->stmts, *sections = NULL;
	for (const struct stmt *st = layout->stmts; st; st = st->next) {
		struct stmt *c = stmt_copy(st);
		if (st->kind == ST_SECTIONS && !sections) {
			struct stmt **bt = &c->u.block;
			*bt = NULL;
			for (const struct stmt *b = st->u.block; b; b = b->next) {
				*bt = stmt_copy(b);
				bt = &(*bt)->next;
			}
			sections = c;
		}
		*tail = c;
		tail = &c->next;
	}
	for (size_t i = 0; i < ctx->nscripts; i++) {
		const struct script *s = ctx->scripts[i];
		if (!has_insert(s))
			continue;
		struct script *rest = xcalloc(1, sizeof *rest);
		*rest = *s;
		rest->stmts = NULL;
		struct stmt **rt = &rest->stmts;
		struct stmt *moved = NULL, **mt = &moved;
		for (const struct stmt *st = s->stmts; st; st = st->next) {
			if (st->kind == ST_SECTIONS) {
				for (const struct stmt *b = st->u.block; b; b = b->next) {
					*mt = stmt_copy(b);
					mt = &(*mt)->next;
				}
				continue;
			}
			if (st->kind != ST_INSERT) {
				*rt = stmt_copy(st);
				rt = &(*rt)->next;
				continue;
			}
			struct stmt **at = NULL;
			for (struct stmt **p = sections ? &sections->u.block : NULL; p && *p; p = &(*p)->next)
				if ((*p)->kind == ST_OUTSECT && strcmp((*p)->u.osec.name, st->u.insert.section) == 0) {
					at = st->u.insert.after ? &(*p)->next : p;
					break;
				}
			if (!at) {
				fatal(ctx, "%s not found for insert", st->u.insert.section);
			} else if (moved) {
				*mt = *at;
				*at = moved;
			}
			moved = NULL;
			mt = &moved;
		}
		ctx->scripts[i] = rest;
	}
	return m;
}

/* What the target and the options fix before the layout. */
static void setup_link(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	const struct z_options *z = &ctx->opt.z;

	l->arch = arch_for(ctx->target);
	if (!l->arch)
		fatal(ctx, "target %s is not supported yet", target_name(ctx->target));
	l->maxpage = z->max_page_size_set ? z->max_page_size : l->arch->max_page_size;
	l->commonpage = z->common_page_size_set ? z->common_page_size : l->arch->common_page_size;
	l->script_maxpage = l->maxpage;
	if (l->commonpage > l->maxpage) {
		/* as GNU ld: an error when both were given; a larger common page
		   size alone raises CONSTANT(MAXPAGESIZE) (not the segments' alignment) */
		if (z->max_page_size_set && z->common_page_size_set)
			fatal(ctx, "common page size (0x%llx) > maximum page size (0x%llx)",
			      (unsigned long long)l->commonpage, (unsigned long long)l->maxpage);
		if (z->common_page_size_set)
			l->script_maxpage = l->commonpage;
		else
			l->commonpage = l->maxpage;
	}
	if (l->arch->machine == EM_ARM && !arm_set_target_relocs(ctx->opt.target1_rel, ctx->opt.target2))
		message(ctx, "invalid TARGET2 relocation type '%s'", ctx->opt.target2);
	l->separate_code = l->arch->target != TARGET_ARM && z->separate_code != TRI_NO;
	if (ctx->opt.magic != MAGIC_DEMAND_PAGED)
		l->separate_code = false;

	bool inserts = false;
	for (size_t i = 0; i < ctx->nscripts; i++)
		inserts |= has_insert(ctx->scripts[i]);
	for (size_t i = 0; i < ctx->nscripts && !l->layout_script; i++)
		for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_SECTIONS && !has_insert(ctx->scripts[i]))
				l->layout_script = ctx->scripts[i];
	/* -T scripts replace the built-in one even without SECTIONS: then
	   every section is an orphan, placed from address 0 (as GNU ld) */
	for (size_t i = 0; i < ctx->nscripts && !l->layout_script && !inserts; i++)
		if (ctx->scripts[i]->mode == SM_SCRIPT)
			l->layout_script = ctx->scripts[i];
	if (!l->layout_script)
		l->layout_script = default_script_for(ctx);
	if (inserts)
		l->layout_script = apply_inserts(ctx, l->layout_script);
	for (size_t i = 0; i < ctx->nscripts; i++)
		for (const struct stmt *st = ctx->scripts[i]->stmts; st; st = st->next)
			if (st->kind == ST_PHDRS) {
				l->have_phdrs_cmd = true;
				l->phdrs_stmt = st;
			}
}

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
	check_common_inhibition(ctx);

	if (ctx->opt.nfiles == 0 && ctx->script_inputs == 0) {
		if (ctx->opt.version_printed)
			return 0;		/* "ld -v" and kbuild's "ld --option -v" probes */
		fatal(ctx, "no input files");
	}
	ctx->target = decide_target(&ctx->opt, ctx->scripts, ctx->nscripts, TARGET_NONE);
	if (ctx->opt.type != LINK_EXEC)
		fatal(ctx, "%s output is not supported yet",
		      ctx->opt.type == LINK_RELOCATABLE ? "-r (relocatable)" :
		      ctx->opt.type == LINK_PIE ? "-pie" : "-shared");

	add_undefined_requests(ctx);		/* -u, EXTERN: they pull archive members */
	read_inputs(ctx);			/* input.c: .o, .a (thin too), --format binary */
	checkpoint(ctx);
	resolve_symbols(ctx);			/* symtab.c: commons get their place */
	check_required_symbols(ctx);		/* --require-defined */
	checkpoint(ctx);
	setup_link(ctx);			/* target facts, the script whose SECTIONS we follow */
	drop_warning_sections(ctx);		/* input.c: .gnu.warning.SYMBOL */
	merge_gnu_properties(ctx);		/* gnuprop.c: one .note.gnu.property */
	if (ctx->link.arch->machine == EM_ARM)
		merge_arm_attributes(ctx);	/* armattr.c: one .ARM.attributes, e_flags */
	make_build_id_note(ctx);		/* output.c: --build-id */
	define_start_stop(ctx);			/* linkersyms.c: __start_SEC/__stop_SEC referred to */
	gc_sections(ctx);			/* gc.c: --gc-sections */
	scan_relocs(ctx);			/* reloc.c: GOT slots, relaxations */
	make_eh_frame_hdr(ctx);			/* ehframe.c: --eh-frame-hdr */
	map_sections(ctx);			/* layout.c: SECTIONS rules, KEEP/SORT, /DISCARD/, orphans */
	if (ctx->link.arch->machine == EM_ARM)
		arm_drop_orphaned_exidx(ctx);	/* armexidx.c: tables of discarded code go too */
	place_start_stop(ctx);			/* linkersyms.c: their output sections */
	merge_sections(ctx);			/* merge.c: SHF_MERGE strings and constants */
	edit_eh_frame(ctx);			/* ehframe.c: CIEs merged, FDEs of discarded code gone */
	decide_relro(ctx);			/* assign.c: does -z relro apply? */
	ctx->link.sizeof_headers = estimate_headers_size(ctx);
	int layouts = 0;
	if (ctx->link.arch->machine == EM_ARM) {
		/* .ARM.exidx sorted and edited by the addresses of the code (armexidx.c) */
		assign_addresses(ctx);
		checkpoint(ctx);
		arm_fix_exidx(ctx);
	}
	for (int tries = 10; tries > 0; tries--) {
		assign_addresses(ctx);		/* assign.c: '.', VMA/LMA, symbols, ASSERT */
		layouts++;
		checkpoint(ctx);
		/* as GNU ld: lay out again when the program headers turn out more or fewer */
		uint64_t actual = count_headers_size(ctx);
		if (actual == ctx->link.sizeof_headers || (tries <= 6 && actual < ctx->link.sizeof_headers))
			break;
		ctx->link.sizeof_headers = actual;
	}
	/* GNU ld lays out once more when SIZEOF_HEADERS did not give the headers' size */
	if (!ctx->link.load_phdrs && !ctx->link.have_phdrs_cmd && layouts < 2)
		layouts = 2;
	report_region_notes(ctx, layouts);	/* assign.c: "will not fit in region" ... */
	check_section_addresses(ctx);		/* check.c: overlaps, region overflows */
	finish_linker_symbols(ctx);		/* linkersyms.c: __stop_SEC values, __ehdr_start */
	write_map(ctx);				/* map.c: -Map, -M */
	print_memory_usage(ctx);		/* assign.c: --print-memory-usage */
	write_output(ctx);			/* output.c + reloc.c + segments.c: write, rename */
	checkpoint(ctx);
	return 0;
}
