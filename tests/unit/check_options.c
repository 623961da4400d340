/*
 * check_options.c - unit tests for linker/options.c (the GNU ld command line).
 *
 * Each test parses an argv with parse_args() into a fresh ctx whose output
 * and error streams are memory buffers, then checks struct options and the
 * exact messages (GNU ld 2.40's wording, program name "klink").
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "klink.h"

struct run {
	struct ctx ctx;
	enum parse_status st;
	char *out, *err;
	size_t outlen, errlen;
};

/* Parse a NULL-terminated list of words (argv[0] = "klink" is added). */
static struct run *run_v(const char *const *words)
{
	struct run *r = calloc(1, sizeof(*r));
	char *argv[128];
	int argc = 0;

	argv[argc++] = "klink";
	while (*words)
		argv[argc++] = (char *)*words++;
	argv[argc] = NULL;
	ctx_init(&r->ctx, "klink");
	r->ctx.out = open_memstream(&r->out, &r->outlen);
	r->ctx.err = open_memstream(&r->err, &r->errlen);
	r->st = parse_args(&r->ctx, argc, argv);
	fclose(r->ctx.out);
	fclose(r->ctx.err);
	return r;
}

#define RUN(...) run_v((const char *const[]){ __VA_ARGS__, NULL })

static const char unknown_foo[] =
	"klink: unrecognized option '--foo'\n"
	"klink: use the --help option for usage information\n";

/* ------------------------------------------------------------------ */

START_TEST(test_output_forms)
{
	struct run *r = RUN("-o", "out1");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->ctx.opt.output, "out1");
	r = RUN("-oout2");
	ck_assert_str_eq(r->ctx.opt.output, "out2");
	r = RUN("--output=out3");
	ck_assert_str_eq(r->ctx.opt.output, "out3");
	r = RUN("--output", "out4");
	ck_assert_str_eq(r->ctx.opt.output, "out4");
	/* -omagic is "-o magic" (GNU ld: --omagic needs two dashes) */
	r = RUN("-omagic");
	ck_assert_str_eq(r->ctx.opt.output, "magic");
	ck_assert_int_eq(r->ctx.opt.magic, MAGIC_DEMAND_PAGED);
	r = RUN("--omagic");
	ck_assert_int_eq(r->ctx.opt.magic, MAGIC_OMAGIC);
	ck_assert_str_eq(r->ctx.opt.output, "a.out");
}
END_TEST

START_TEST(test_long_option_forms)
{
	struct run *r = RUN("--entry=start1");
	ck_assert_str_eq(r->ctx.opt.entry, "start1");
	r = RUN("--entry", "start2");
	ck_assert_str_eq(r->ctx.opt.entry, "start2");
	r = RUN("-e", "start3");
	ck_assert_str_eq(r->ctx.opt.entry, "start3");
	r = RUN("-estart4");
	ck_assert_str_eq(r->ctx.opt.entry, "start4");
	/* unique prefixes are accepted, as getopt_long does */
	r = RUN("--entr=start5");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->ctx.opt.entry, "start5");
	r = RUN("-whole-arch", "x.a");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_int_eq(r->ctx.opt.inputs[0].kind, IN_WHOLE_ARCHIVE);
	/* an ambiguous prefix is not */
	r = RUN("--strip-d");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, "klink: unrecognized option '--strip-d'\n"
			 "klink: use the --help option for usage information\n");
}
END_TEST

START_TEST(test_single_dash_long)
{
	struct run *r = RUN("-shared", "-soname=libx.so.1", "-Bsymbolic", "-Map=out.map",
			    "-rpath", "/r", "-nostdlib");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_int_eq(r->ctx.opt.type, LINK_SHARED);
	ck_assert_str_eq(r->ctx.opt.soname, "libx.so.1");
	ck_assert_int_eq(r->ctx.opt.symbolic, SYMBOLIC_ALL);
	ck_assert_str_eq(r->ctx.opt.map_file, "out.map");
	ck_assert_uint_eq(r->ctx.opt.rpath.n, 1);
	ck_assert_str_eq(r->ctx.opt.rpath.v[0], "/r");
	ck_assert(r->ctx.opt.nostdlib);

	r = RUN("-pie", "-soname", "y", "-Map", "m2", "-Bsymbolic-functions");
	ck_assert_int_eq(r->ctx.opt.type, LINK_PIE);
	ck_assert_str_eq(r->ctx.opt.soname, "y");
	ck_assert_str_eq(r->ctx.opt.map_file, "m2");
	ck_assert_int_eq(r->ctx.opt.symbolic, SYMBOLIC_FUNCTIONS);

	r = RUN("--shared", "-h", "z");
	ck_assert_int_eq(r->ctx.opt.type, LINK_SHARED);
	ck_assert_str_eq(r->ctx.opt.soname, "z");

	r = RUN("-M");
	ck_assert_str_eq(r->ctx.opt.map_file, "-");
}
END_TEST

START_TEST(test_z_keywords)
{
	struct run *r = RUN("-z", "noexecstack", "-znorelro", "-z", "max-page-size=0x200000",
			    "-z", "common-page-size=4096", "-z", "separate-code", "-znow",
			    "-z", "muldefs", "-z", "notext", "-z", "defs", "-z", "nocombreloc",
			    "-z", "nodynamic-undefined-weak", "-z", "origin");
	struct z_options *z = &r->ctx.opt.z;

	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->err, "");
	ck_assert_int_eq(z->execstack, TRI_NO);
	ck_assert_int_eq(z->relro, TRI_NO);
	ck_assert(z->max_page_size_set);
	ck_assert_uint_eq(z->max_page_size, 0x200000);
	ck_assert_uint_eq(z->common_page_size, 4096);
	ck_assert_int_eq(z->separate_code, TRI_YES);
	ck_assert_int_eq(z->now, TRI_YES);
	ck_assert(z->muldefs);
	ck_assert(r->ctx.opt.allow_multiple_definition);
	ck_assert_int_eq(z->text, TRI_NO);
	ck_assert_int_eq(z->defs, TRI_YES);
	ck_assert_int_eq(z->combreloc, TRI_NO);
	ck_assert_int_eq(z->dynamic_undefined_weak, TRI_NO);
	ck_assert(z->origin);
	ck_assert_uint_eq(r->ctx.opt.z_keywords.n, 12);
	ck_assert_str_eq(r->ctx.opt.z_keywords.v[0], "noexecstack");

	r = RUN("-z", "execstack", "-z", "lazy", "-z", "relro", "-z", "noseparate-code", "-z", "undefs");
	ck_assert_int_eq(r->ctx.opt.z.execstack, TRI_YES);
	ck_assert_int_eq(r->ctx.opt.z.now, TRI_NO);
	ck_assert_int_eq(r->ctx.opt.z.relro, TRI_YES);
	ck_assert_int_eq(r->ctx.opt.z.separate_code, TRI_NO);
	ck_assert_int_eq(r->ctx.opt.z.defs, TRI_NO);
}
END_TEST

START_TEST(test_z_errors)
{
	struct run *r = RUN("-z", "bogus");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->err, "klink: warning: -z bogus ignored\n");
	ck_assert_uint_eq(r->ctx.opt.z_keywords.n, 0);

	r = RUN("-z", "max-page-size=3");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, "klink: invalid maximum page size `3'\n");
	r = RUN("-zmax-page-size=zz");
	ck_assert_str_eq(r->err, "klink: invalid maximum page size `zz'\n");
	r = RUN("-z", "common-page-size=0x1001");
	ck_assert_str_eq(r->err, "klink: invalid common page size `0x1001'\n");
	r = RUN("-z", "stack-size=1k");
	ck_assert_str_eq(r->err, "klink: invalid stack size `1k'\n");
	/* -z at the end: getopt's "unrecognized" (GNU ld has no better message for short options) */
	r = RUN("-z");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, "klink: unrecognized option '-z'\n"
			 "klink: use the --help option for usage information\n");
	/* --fatal-warnings makes the warning count as an error */
	r = RUN("--fatal-warnings", "-z", "bogus");
	ck_assert_int_eq(r->st, PARSE_ERROR);
}
END_TEST

START_TEST(test_section_addresses)
{
	uint64_t v;
	struct run *r = RUN("-Ttext=0x1000", "-Tdata", "2000", "-Tbss=ffff0000",
			    "-Ttext-segment=0x400000", "--section-start=.foo=0x80",
			    "--section-start", ".bar=10", "-Ttext", "0x3000");
	struct options *o = &r->ctx.opt;

	ck_assert_int_eq(r->st, PARSE_OK);
	/* -Ttext twice: one entry, last value */
	ck_assert_uint_eq(o->nsection_starts, 6);
	ck_assert(options_segment_start(o, "text", &v));
	ck_assert_uint_eq(v, 0x3000);
	ck_assert(options_segment_start(o, "data", &v));
	ck_assert_uint_eq(v, 0x2000);	/* hexadecimal without 0x */
	ck_assert(options_segment_start(o, "bss", &v));
	ck_assert_uint_eq(v, 0xffff0000);
	ck_assert(options_segment_start(o, "text-segment", &v));
	ck_assert_uint_eq(v, 0x400000);
	ck_assert(!options_segment_start(o, "rodata-segment", &v));
	ck_assert_str_eq(o->section_starts[0].section, ".text");
	ck_assert_str_eq(o->section_starts[4].section, ".foo");
	ck_assert_ptr_null(o->section_starts[4].segment);
	ck_assert_uint_eq(o->section_starts[4].addr, 0x80);
	ck_assert_str_eq(o->section_starts[5].section, ".bar");
	ck_assert_uint_eq(o->section_starts[5].addr, 0x10);

	r = RUN("-Ttext=zz");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, "klink: invalid hex number `zz'\n");
	r = RUN("-Ttext=0x");
	ck_assert_str_eq(r->err, "klink: invalid hex number `0x'\n");
	r = RUN("--section-start=.foo");
	ck_assert_str_eq(r->err, "klink: invalid argument to option \"--section-start\"\n");
	r = RUN("--section-start=.foo=");
	ck_assert_str_eq(r->err, "klink: missing argument(s) to option \"--section-start\"\n");
	r = RUN("-Ttext");
	ck_assert_str_eq(r->err, "klink: -Ttext: missing argument\n"
			 "klink: use the --help option for usage information\n");
}
END_TEST

START_TEST(test_emulation)
{
	struct run *r = RUN("-m", "elf_x86_64", "-z", "noexecstack", "-m", "elf_i386");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->ctx.opt.emulation, "elf_i386");
	ck_assert_int_eq(r->ctx.opt.emul_target, TARGET_I386);

	r = RUN("-melf_i386", "-marmelf_linux_eabi");
	ck_assert_int_eq(r->ctx.opt.emul_target, TARGET_ARM);

	r = RUN("-m", "foo");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, "klink: unrecognised emulation mode: foo\n"
			 "Supported emulations: elf_x86_64 elf_i386 armelf_linux_eabi armelf\n");
	/* the emulation is checked before any other option, like GNU ld */
	r = RUN("--foo", "-mbar");
	ck_assert_str_eq(r->err, "klink: unrecognised emulation mode: bar\n"
			 "Supported emulations: elf_x86_64 elf_i386 armelf_linux_eabi armelf\n");
	r = RUN("-m");
	ck_assert_str_eq(r->err, "klink: missing argument to -m\n");
	/* targets klink cannot produce are refused */
	r = RUN("-m", "elf32_x86_64");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	r = RUN("-m", "armelfb_linux_eabi");
	ck_assert_int_eq(r->st, PARSE_ERROR);
}
END_TEST

START_TEST(test_decide_target)
{
	struct script s1 = { 0 }, s2 = { 0 };
	struct stmt fmt = { 0 }, arch = { 0 };
	struct script *scripts[] = { &s1, &s2 };
	struct run *r;

	fmt.kind = ST_OUTPUT_FORMAT;
	fmt.u.fmt.def = "elf32-littlearm";
	fmt.u.fmt.big = "elf32-bigarm";
	fmt.u.fmt.little = "elf32-littlearm";
	arch.kind = ST_OUTPUT_ARCH;
	arch.u.name = "i386:x86-64";
	s1.stmts = &arch;
	s2.stmts = &fmt;

	/* -m wins over everything */
	r = RUN("-m", "elf_i386");
	ck_assert_int_eq(decide_target(&r->ctx.opt, scripts, 2, TARGET_X86_64), TARGET_I386);
	/* then OUTPUT_FORMAT (before OUTPUT_ARCH, whatever the order) */
	r = RUN("-EL");
	ck_assert_int_eq(decide_target(&r->ctx.opt, scripts, 2, TARGET_X86_64), TARGET_ARM);
	/* -EB picks the big-endian name, which klink does not support: falls to OUTPUT_ARCH */
	r = RUN("-EB");
	ck_assert_int_eq(decide_target(&r->ctx.opt, scripts, 2, TARGET_NONE), TARGET_X86_64);
	/* OUTPUT_ARCH alone */
	ck_assert_int_eq(decide_target(&r->ctx.opt, scripts, 1, TARGET_ARM), TARGET_X86_64);
	/* nothing but the first input */
	r = RUN("-EL");
	ck_assert_int_eq(decide_target(&r->ctx.opt, NULL, 0, TARGET_ARM), TARGET_ARM);
	ck_assert_int_eq(decide_target(&r->ctx.opt, NULL, 0, TARGET_NONE), TARGET_NONE);
	/* --oformat counts like a script's OUTPUT_FORMAT, before it */
	r = RUN("--oformat", "elf32-i386");
	ck_assert_int_eq(decide_target(&r->ctx.opt, scripts, 2, TARGET_NONE), TARGET_I386);

	ck_assert_int_eq(target_from_elf(2, 1, 62), TARGET_X86_64);
	ck_assert_int_eq(target_from_elf(1, 1, 3), TARGET_I386);
	ck_assert_int_eq(target_from_elf(1, 1, 40), TARGET_ARM);
	ck_assert_int_eq(target_from_elf(1, 2, 40), TARGET_NONE);
	ck_assert_str_eq(target_emulation(TARGET_ARM), "armelf_linux_eabi");
}
END_TEST

START_TEST(test_script_options)
{
	struct run *r = RUN("-T", "a.lds", "--script=b.lds", "-Tc.lds", "--script", "d.lds",
			    "--dT", "def.lds", "--version-script=v.map", "--defsym", "x=1",
			    "--defsym=y=x+2");
	struct options *o = &r->ctx.opt;

	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_uint_eq(o->scripts.n, 4);
	ck_assert_str_eq(o->scripts.v[0], "a.lds");
	ck_assert_str_eq(o->scripts.v[1], "b.lds");
	ck_assert_str_eq(o->scripts.v[2], "c.lds");
	ck_assert_str_eq(o->scripts.v[3], "d.lds");
	ck_assert_str_eq(o->default_script, "def.lds");
	ck_assert_str_eq(o->version_scripts.v[0], "v.map");
	ck_assert_uint_eq(o->defsyms.n, 2);
	ck_assert_str_eq(o->defsyms.v[1], "y=x+2");
	/* -T is kept in the input order too (its INPUT commands go there) */
	ck_assert_uint_eq(o->ninputs, 4);
	ck_assert_int_eq(o->inputs[0].kind, IN_SCRIPT);
	ck_assert_uint_eq(o->nfiles, 0);

	r = RUN("-dT", "e.lds", "--default-script=f.lds");
	ck_assert_str_eq(r->ctx.opt.default_script, "f.lds");
	r = RUN("--dump-script", "x.lds", "--dump-version-script", "v.map");
	ck_assert_uint_eq(r->ctx.opt.ndumps, 2);
	ck_assert_int_eq(r->ctx.opt.dumps[0].mode, SM_SCRIPT);
	ck_assert_int_eq(r->ctx.opt.dumps[1].mode, SM_VERSION);
	ck_assert_str_eq(r->ctx.opt.dumps[1].file, "v.map");
}
END_TEST

START_TEST(test_input_order)
{
	struct run *r = RUN("a.o", "--whole-archive", "w.a", "--no-whole-archive",
			    "--start-group", "-lfoo", "-l", "bar", "-l:baz.a", "--end-group",
			    "-L", "/d1", "-L/d2", "--as-needed", "-Bstatic", "s.o",
			    "--push-state", "-Bdynamic", "--no-as-needed", "-b", "binary", "blob",
			    "--pop-state", "-(", "g.a", "-)", "--format=default", "z.o");
	struct options *o = &r->ctx.opt;
	static const enum input_kind kinds[] = {
		IN_FILE, IN_WHOLE_ARCHIVE, IN_FILE, IN_NO_WHOLE_ARCHIVE,
		IN_START_GROUP, IN_LIB, IN_LIB, IN_LIB, IN_END_GROUP,
		IN_LIB_DIR, IN_LIB_DIR, IN_AS_NEEDED, IN_STATIC, IN_FILE,
		IN_PUSH_STATE, IN_DYNAMIC, IN_NO_AS_NEEDED, IN_FORMAT, IN_FILE,
		IN_POP_STATE, IN_START_GROUP, IN_FILE, IN_END_GROUP, IN_FORMAT, IN_FILE,
	};
	size_t i;

	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_uint_eq(o->ninputs, sizeof(kinds) / sizeof(kinds[0]));
	for (i = 0; i < o->ninputs; i++)
		ck_assert_msg(o->inputs[i].kind == kinds[i], "item %zu: kind %d, expected %d",
			      i, o->inputs[i].kind, kinds[i]);
	ck_assert_uint_eq(o->nfiles, 9);
	ck_assert_str_eq(o->inputs[0].name, "a.o");
	ck_assert(!o->inputs[0].state.whole_archive);
	ck_assert(o->inputs[2].state.whole_archive);
	ck_assert_str_eq(o->inputs[5].name, "foo");
	ck_assert_str_eq(o->inputs[6].name, "bar");
	ck_assert_str_eq(o->inputs[7].name, ":baz.a");
	ck_assert_int_eq(o->inputs[5].state.group, 1);
	ck_assert_int_eq(o->inputs[9].state.group, 0);
	ck_assert_str_eq(o->inputs[10].name, "/d2");
	ck_assert_uint_eq(o->lib_dirs.n, 2);
	ck_assert_str_eq(o->lib_dirs.v[0], "/d1");
	ck_assert_ptr_null(o->lib_dirs.v[2]);	/* NULL-terminated */
	/* s.o: --as-needed -Bstatic in effect */
	ck_assert(o->inputs[13].state.as_needed);
	ck_assert(o->inputs[13].state.static_only);
	/* blob: pushed state changed, format binary */
	ck_assert(!o->inputs[18].state.as_needed);
	ck_assert(!o->inputs[18].state.static_only);
	ck_assert_str_eq(o->inputs[18].state.format, "binary");
	/* g.a after --pop-state: flags back, format stays (GNU ld does not push -b) */
	ck_assert(o->inputs[21].state.as_needed);
	ck_assert(o->inputs[21].state.static_only);
	ck_assert_str_eq(o->inputs[21].state.format, "binary");
	ck_assert_int_eq(o->inputs[21].state.group, 1);
	ck_assert_str_eq(o->inputs[24].state.format, "default");
}
END_TEST

START_TEST(test_group_errors)
{
	struct run *r = RUN("--end-group");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, "klink: group ended before it began (--help for usage)\n");
	r = RUN("--pop-state");
	ck_assert_str_eq(r->err, "klink: no state pushed before popping\n");
	r = RUN("--start-group", "a.a");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->err, "klink: missing --end-group; added as last command line option\n");
	ck_assert_int_eq(r->ctx.opt.inputs[r->ctx.opt.ninputs - 1].kind, IN_END_GROUP);
}
END_TEST

START_TEST(test_unknown_option)
{
	struct run *r = RUN("--foo");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, unknown_foo);
	ck_assert_str_eq(r->out, "");
	/* the kbuild probe: LD --foo -v fails before printing anything */
	r = RUN("--foo", "-v");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, unknown_foo);
	ck_assert_str_eq(r->out, "");
	r = RUN("--threads");	/* GNU ld 2.40 has no --threads */
	ck_assert_int_eq(r->st, PARSE_ERROR);
	r = RUN("-o");
	ck_assert_str_eq(r->err, "klink: unrecognized option '-o'\n"
			 "klink: use the --help option for usage information\n");
	r = RUN("--script");
	ck_assert_str_eq(r->err, "klink: --script: missing argument\n"
			 "klink: use the --help option for usage information\n");
	r = RUN("-Map");
	ck_assert_str_eq(r->err, "klink: -Map: missing argument\n"
			 "klink: use the --help option for usage information\n");
	/* GNU ld's quirks: these are "unrecognized", not "missing argument" */
	r = RUN("--Ttext");
	ck_assert_str_eq(r->err, "klink: unrecognized option '--Ttext'\n"
			 "klink: use the --help option for usage information\n");
	r = RUN("--output");
	ck_assert_str_eq(r->err, "klink: unrecognized option '--output'\n"
			 "klink: use the --help option for usage information\n");
	r = RUN("--hash-style");
	ck_assert_str_eq(r->err, "klink: unrecognized option '--hash-style'\n"
			 "klink: use the --help option for usage information\n");
	/* an option without argument given one */
	r = RUN("--nmagic=1");
	ck_assert_str_eq(r->err, "klink: unrecognized option '--nmagic=1'\n"
			 "klink: use the --help option for usage information\n");
	r = RUN("-Bfoo");
	ck_assert_int_eq(r->st, PARSE_ERROR);
}
END_TEST

START_TEST(test_value_errors)
{
	struct run *r = RUN("--hash-style=foo");
	ck_assert_str_eq(r->err, "klink: invalid hash style `foo'\n");
	r = RUN("--orphan-handling=x");
	ck_assert_str_eq(r->err, "klink: invalid argument to option \"--orphan-handling\"\n");
	r = RUN("--unresolved-symbols=foo");
	ck_assert_str_eq(r->err, "klink: bad --unresolved-symbols option: foo\n");
	r = RUN("--sort-section=foo");
	ck_assert_str_eq(r->err, "klink: invalid section sorting option: foo\n");
	r = RUN("-r", "-shared");
	ck_assert_str_eq(r->err, "klink: -r and -shared may not be used together\n");
	r = RUN("-pie", "-r");
	ck_assert_str_eq(r->err, "klink: -r and -pie may not be used together\n");
	r = RUN("-Gx");
	ck_assert_str_eq(r->err, "klink: invalid number `x'\n");
	r = RUN("-Xfoo");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	r = RUN("-Xx");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->err, "klink: Warning: grouped short command line options are deprecated: -Xx\n");
	ck_assert_int_eq(r->ctx.opt.discard, DISCARD_ALL);
}
END_TEST

START_TEST(test_version)
{
	struct run *r = RUN("-v");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert(r->ctx.opt.version_printed);
	ck_assert_str_eq(r->out, "GNU ld (klink 0.1) 2.40\n");
	/* kbuild's probe: options parsed, then the version */
	r = RUN("--no-warn-rwx-segments", "-v");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->out, "GNU ld (klink 0.1) 2.40\n");
	ck_assert_int_eq(r->ctx.opt.warn_rwx_segments, TRI_NO);
	r = RUN("--version", "--foo");	/* --version exits at once */
	ck_assert_int_eq(r->st, PARSE_EXIT_OK);
	ck_assert_str_eq(r->err, "");
	ck_assert(strncmp(r->out, "GNU ld (klink 0.1) 2.40\nCopyright", 33) == 0);
	r = RUN("-V");
	ck_assert_str_eq(r->out, "GNU ld (klink 0.1) 2.40\n  Supported emulations:\n"
			 "   elf_x86_64\n   elf_i386\n   armelf_linux_eabi\n   armelf\n");
	r = RUN("--help");
	ck_assert_int_eq(r->st, PARSE_EXIT_OK);
	ck_assert(strncmp(r->out, "Usage: klink [options] file...\n", 31) == 0);
	ck_assert_ptr_nonnull(strstr(r->out, "--dump-script FILE"));
	ck_assert_ptr_nonnull(strstr(r->out, "-Ttext ADDR"));
}
END_TEST

START_TEST(test_kernel_options)
{
	/* every option of the Linux 6.1 links (tests/../shared/kernel fixtures) */
	struct run *r = RUN("-m", "elf_x86_64", "--no-ld-generated-unwind-info", "-pie",
			    "--no-dynamic-linker", "--orphan-handling=warn", "-z", "noexecstack",
			    "--no-warn-rwx-segments", "-u", "efi_pe_entry", "--emit-relocs",
			    "--discard-none", "-z", "max-page-size=0x200000", "--build-id=sha1",
			    "--strip-debug", "--hash-style=both", "--eh-frame-hdr", "-Bsymbolic",
			    "--no-undefined", "-EL", "--defsym", "_kernel_bss_size=168624", "-X",
			    "--pic-veneer", "-z", "norelro", "-soname=linux-vdso.so.1",
			    "--hash-style=sysv", "vmlinux.o");
	struct options *o = &r->ctx.opt;

	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->err, "");
	ck_assert_int_eq(o->type, LINK_PIE);
	ck_assert(o->no_dynamic_linker);
	ck_assert_int_eq(o->orphan_handling, ORPHAN_WARN);
	ck_assert_int_eq(o->ld_generated_unwind_info, TRI_NO);
	ck_assert_str_eq(o->undefined.v[0], "efi_pe_entry");
	ck_assert(o->emit_relocs);
	ck_assert_int_eq(o->discard, DISCARD_LOCALS);	/* -X came last */
	ck_assert_str_eq(o->build_id, "sha1");
	ck_assert_int_eq(o->strip, STRIP_DEBUG);
	ck_assert_int_eq(o->hash_style, HASH_SYSV);
	ck_assert(o->eh_frame_hdr);
	ck_assert(o->no_undefined);
	ck_assert_int_eq(o->endian, ENDIAN_LITTLE);
	ck_assert(o->pic_veneer);
	ck_assert_uint_eq(o->nfiles, 1);

	r = RUN("-r", "--build-id", "--gc-sections", "--print-gc-sections", "--target1-rel",
		"--target2=rel", "--fix-cortex-a8", "--use-blx", "--no-enum-size-warning",
		"--no-wchar-size-warning", "--be8", "-EB", "--sort-section=alignment",
		"--sort-common", "-N", "--error-unresolved-symbols", "-O", "2", "-g",
		"--sysroot=/sr", "-Y", "P,/y", "-rpath-link=/rl", "-G", "8", "--stats");
	o = &r->ctx.opt;
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_int_eq(o->type, LINK_RELOCATABLE);
	ck_assert_str_eq(o->build_id, "sha1");
	ck_assert(o->gc_sections && o->print_gc_sections);
	ck_assert(o->target1_rel);
	ck_assert_str_eq(o->target2, "rel");
	ck_assert_int_eq(o->fix_cortex_a8, TRI_YES);
	ck_assert_int_eq(o->endian, ENDIAN_BIG);
	ck_assert_int_eq(o->sort_section, SORT_SECTION_ALIGNMENT);
	ck_assert_int_eq(o->sort_common, SORT_COMMON_DESCENDING);
	ck_assert_int_eq(o->magic, MAGIC_OMAGIC);
	ck_assert_int_eq(o->optimize, 2);
	ck_assert_str_eq(o->sysroot, "/sr");
	ck_assert_str_eq(o->rpath_link.v[0], "/rl");
	ck_assert_uint_eq(o->gpsize, 8);
	ck_assert(o->stats);
}
END_TEST

START_TEST(test_response_file)
{
	char path[] = "/tmp/check_options_rspXXXXXX";
	char inner[] = "/tmp/check_options_innerXXXXXX";
	char arg[64], word[64];
	int fd = mkstemp(path), fd2 = mkstemp(inner);
	FILE *f = fdopen(fd, "w"), *g = fdopen(fd2, "w");
	struct run *r;

	ck_assert(f && g);
	fprintf(g, "-e inner_entry\n");
	fclose(g);
	fprintf(f, "-o 'out file' \"b c.o\" d\\ e.o\n  --whole-archive\t@%s 'it''s' \"\" last.o", inner);
	fclose(f);
	snprintf(arg, sizeof(arg), "@%s", path);
	r = run_v((const char *const[]){ "first.o", arg, "-v", NULL });
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_str_eq(r->ctx.opt.output, "out file");
	ck_assert_str_eq(r->ctx.opt.entry, "inner_entry");	/* nested @file */
	ck_assert_uint_eq(r->ctx.opt.nfiles, 6);
	ck_assert_str_eq(r->ctx.opt.inputs[0].name, "first.o");
	ck_assert_str_eq(r->ctx.opt.inputs[1].name, "b c.o");
	ck_assert_str_eq(r->ctx.opt.inputs[2].name, "d e.o");
	ck_assert_int_eq(r->ctx.opt.inputs[3].kind, IN_WHOLE_ARCHIVE);
	ck_assert_str_eq(r->ctx.opt.inputs[4].name, "its");	/* 'it''s': two quoted runs */
	ck_assert_str_eq(r->ctx.opt.inputs[5].name, "");	/* "" is an empty word */
	ck_assert_str_eq(r->ctx.opt.inputs[6].name, "last.o");
	ck_assert(r->ctx.opt.version_printed);		/* -v after the @file still read */
	unlink(path);
	unlink(inner);

	/* an @file that does not exist is an input file name */
	snprintf(word, sizeof(word), "@%s", "/nonexistent/klink-rsp");
	r = run_v((const char *const[]){ word, NULL });
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert_uint_eq(r->ctx.opt.nfiles, 1);
	ck_assert_str_eq(r->ctx.opt.inputs[0].name, "@/nonexistent/klink-rsp");

	/* unknown option inside an @file: the same message */
	strcpy(path, "/tmp/check_options_rspXXXXXX");
	fd = mkstemp(path);
	f = fdopen(fd, "w");
	ck_assert_ptr_nonnull(f);
	fprintf(f, "--foo\n");
	fclose(f);
	snprintf(arg, sizeof(arg), "@%s", path);
	r = run_v((const char *const[]){ arg, NULL });
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, unknown_foo);
	unlink(path);
}
END_TEST

START_TEST(test_misc_forms)
{
	/* -G alone is -shared; "--" ends the command line (GNU ld ignores the rest) */
	struct run *r = RUN("-G", "a.o", "--", "b.o");
	ck_assert_int_eq(r->ctx.opt.type, LINK_SHARED);
	ck_assert_uint_eq(r->ctx.opt.nfiles, 1);
	/* "-" is a file name */
	r = RUN("-");
	ck_assert_uint_eq(r->ctx.opt.nfiles, 1);
	ck_assert_str_eq(r->ctx.opt.inputs[0].name, "-");
	/* -eh is --eh-frame-hdr (unique prefix), -en is ambiguous */
	r = RUN("-eh");
	ck_assert_int_eq(r->st, PARSE_OK);
	ck_assert(r->ctx.opt.eh_frame_hdr);
	ck_assert_ptr_null(r->ctx.opt.entry);
	r = RUN("-en");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	/* "--no-" matches only the two-dashes-only --no-omagic, as in GNU ld */
	r = RUN("--no-");
	ck_assert_int_eq(r->st, PARSE_OK);
	/* -dynamic-linker / -I, -static, -Bshareable, -R dir */
	r = RUN("-dynamic-linker", "/lib/ld.so", "-static", "-Bshareable", "-R", "/tmp", "-I/l2");
	ck_assert_str_eq(r->ctx.opt.dynamic_linker, "/l2");
	ck_assert_int_eq(r->ctx.opt.type, LINK_SHARED);
	ck_assert_str_eq(r->ctx.opt.rpath.v[0], "/tmp");
	ck_assert_int_eq(r->ctx.opt.inputs[0].kind, IN_STATIC);
	r = RUN("--verbose=zz");
	ck_assert_int_eq(r->st, PARSE_ERROR);
	ck_assert_str_eq(r->err, "klink: invalid number `zz'\n");
}
END_TEST

static Suite *options_suite(void)
{
	Suite *s = suite_create("options");
	TCase *tc = tcase_create("parse");

	tcase_add_test(tc, test_output_forms);
	tcase_add_test(tc, test_long_option_forms);
	tcase_add_test(tc, test_single_dash_long);
	tcase_add_test(tc, test_z_keywords);
	tcase_add_test(tc, test_z_errors);
	tcase_add_test(tc, test_section_addresses);
	tcase_add_test(tc, test_emulation);
	tcase_add_test(tc, test_decide_target);
	tcase_add_test(tc, test_script_options);
	tcase_add_test(tc, test_input_order);
	tcase_add_test(tc, test_group_errors);
	tcase_add_test(tc, test_unknown_option);
	tcase_add_test(tc, test_value_errors);
	tcase_add_test(tc, test_version);
	tcase_add_test(tc, test_kernel_options);
	tcase_add_test(tc, test_response_file);
	tcase_add_test(tc, test_misc_forms);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(options_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
