/*
 * input.c - reading the inputs: ELF relocatable objects (with libelf, from a
 * read-only mapping), ar archives (regular and GNU thin, with the symbol
 * index), `-b binary` files, and implicit linker scripts.
 *
 * Files are loaded in command-line order and their symbols entered into the
 * global table as they load (symtab.c), because that is what decides which
 * archive members are pulled in, as in GNU ld.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "klink.h"

void vec_push(struct ptrvec *v, void *p)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->v = xrealloc(v->v, v->cap * sizeof *v->v);
	}
	v->v[v->n++] = p;
}

bool map_file(const char *path, const uint8_t **data, size_t *size)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return false;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return false;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return false;
	}
	*size = (size_t)st.st_size;
	if (*size == 0) {
		static const uint8_t empty[1];
		*data = empty;
		close(fd);
		return true;
	}
	/* private and writable: libelf may convert in place; pages are copied only if so */
	void *p = mmap(NULL, *size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return false;
	*data = p;
	return true;
}

/* ------------------------------------------------------------ ELF objects */

static void bad_format(struct ctx *ctx, struct input_file *f)
{
	error(ctx, "%s: file not recognized: file format not recognized", f->display);
}

/* Sections that are not placed in the output as such. */
static bool section_is_placed(const GElf_Shdr *sh)
{
	switch (sh->sh_type) {
	case SHT_NULL:
	case SHT_SYMTAB:
	case SHT_STRTAB:
	case SHT_REL:
	case SHT_RELA:
	case SHT_GROUP:
	case SHT_SYMTAB_SHNDX:
	case SHT_DYNSYM:
	case SHT_HASH:
	case SHT_GNU_HASH:
	case SHT_DYNAMIC:
		return false;
	default:
		return true;
	}
}

/* Stable sort by offset (insertion sort on runs; merge for the general case). */
static void sort_relocs(struct reloc *r, size_t n)
{
	struct reloc *tmp = xmalloc(n * sizeof *tmp);
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				tmp[k++] = r[j].offset < r[i].offset ? r[j++] : r[i++];
			while (i < mid)
				tmp[k++] = r[i++];
			while (j < hi)
				tmp[k++] = r[j++];
		}
		memcpy(r, tmp, n * sizeof *r);
	}
	free(tmp);
}

static bool read_relocs(struct ctx *ctx, struct input_file *f, Elf_Scn *scn, const GElf_Shdr *sh)
{
	if (sh->sh_info >= f->nsections || !f->sections[sh->sh_info])
		return true;	/* relocations for a section we do not place */
	struct input_section *target = f->sections[sh->sh_info];
	Elf_Data *d = elf_getdata(scn, NULL);
	if (!d || sh->sh_entsize == 0) {
		bad_format(ctx, f);
		return false;
	}
	size_t n = sh->sh_size / sh->sh_entsize;
	struct reloc *r = xcalloc(n, sizeof *r);
	for (size_t i = 0; i < n; i++) {
		if (sh->sh_type == SHT_RELA) {
			GElf_Rela ra;
			if (!gelf_getrela(d, (int)i, &ra))
				goto bad;
			r[i].offset = ra.r_offset;
			r[i].addend = ra.r_addend;
			/* gelf gives r_info in the 64-bit layout for both classes */
			r[i].type = (uint32_t)GELF_R_TYPE(ra.r_info);
			r[i].sym = (uint32_t)GELF_R_SYM(ra.r_info);
		} else {
			GElf_Rel rl;
			if (!gelf_getrel(d, (int)i, &rl))
				goto bad;
			r[i].offset = rl.r_offset;
			r[i].type = (uint32_t)GELF_R_TYPE(rl.r_info);
			r[i].sym = (uint32_t)GELF_R_SYM(rl.r_info);
		}
		if (r[i].sym >= f->nsyms && f->nsyms) {
			error(ctx, "%s: bad symbol index: %08x in %s", f->display, r[i].sym,
			      target->name);
			return false;
		}
	}
	/* GNU ld handles (and emits) them in offset order; tools such as objtool append out of order */
	bool sorted = true;
	for (size_t i = 1; i < n && sorted; i++)
		sorted = r[i - 1].offset <= r[i].offset;
	if (!sorted)
		sort_relocs(r, n);
	target->relocs = r;
	target->nrelocs = n;
	return true;
bad:
	bad_format(ctx, f);
	return false;
}

bool parse_elf_object(struct ctx *ctx, struct input_file *f)
{
	Elf *elf = elf_memory((char *)f->image, f->size);
	GElf_Ehdr eh;
	size_t shnum, shstrndx;

	if (!elf || elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &eh)) {
		bad_format(ctx, f);
		return false;
	}
	f->is64 = gelf_getclass(elf) == ELFCLASS64;
	f->machine = eh.e_machine;
	f->eflags = eh.e_flags;
	f->ei_data = eh.e_ident[EI_DATA];
	if (eh.e_type != ET_REL) {
		if (eh.e_type == ET_DYN)
			error(ctx, "%s: linking against shared libraries is not supported by klink",
			      f->display);
		else
			error(ctx, "cannot use executable file '%s' as input to a link", f->display);
		return false;
	}
	if (elf_getshdrnum(elf, &shnum) != 0 || elf_getshdrstrndx(elf, &shstrndx) != 0) {
		bad_format(ctx, f);
		return false;
	}
	f->nsections = shnum;
	f->sections = xcalloc(shnum ? shnum : 1, sizeof *f->sections);

	/* pass 1: sections and the symbol table */
	Elf_Scn *symscn = NULL;
	GElf_Shdr symsh = { 0 };
	for (size_t i = 1; i < shnum; i++) {
		Elf_Scn *scn = elf_getscn(elf, i);
		GElf_Shdr sh;
		if (!scn || !gelf_getshdr(scn, &sh)) {
			bad_format(ctx, f);
			return false;
		}
		const char *name = elf_strptr(elf, shstrndx, sh.sh_name);
		if (!name) {
			bad_format(ctx, f);
			return false;
		}
		if (sh.sh_type == SHT_SYMTAB) {
			symscn = scn;
			symsh = sh;
			continue;
		}
		if (!section_is_placed(&sh))
			continue;
		if (strcmp(name, ".note.GNU-stack") == 0) {
			f->has_stack_note = true;
			if (sh.sh_flags & SHF_EXECINSTR)
				f->execstack_note = true;
			else
				f->noexecstack_note = true;
		}
		/* GNU ld drops it, except when relocations are kept; it still
		   counts for --orphan-handling's messages */
		bool stack_note = strcmp(name, ".note.GNU-stack") == 0 && !ctx->opt.emit_relocs &&
				  ctx->opt.type != LINK_RELOCATABLE;
		struct input_section *s = xcalloc(1, sizeof *s);
		s->file = f;
		s->name = name;
		s->index = (unsigned)i;
		s->type = sh.sh_type;
		s->flags = sh.sh_flags;
		s->size = sh.sh_size;
		s->align = sh.sh_addralign ? sh.sh_addralign : 1;
		s->entsize = sh.sh_entsize;
		s->info = sh.sh_info;
		s->link = sh.sh_link;
		if (sh.sh_type != SHT_NOBITS && sh.sh_size) {
			Elf_Data *d = elf_rawdata(scn, NULL);
			if (!d || d->d_size != sh.sh_size) {
				bad_format(ctx, f);
				return false;
			}
			s->data = d->d_buf;
		}
		if (sh.sh_flags & SHF_EXCLUDE)
			s->discarded = true;
		if (stack_note) {
			s->stack_note = true;
			s->discarded = true;
			s->data = NULL;
			s->size = 0;
		}
		f->sections[i] = s;
	}

	/* COMDAT groups: the first group with a signature wins */
	for (size_t i = 1; i < shnum; i++) {
		Elf_Scn *scn = elf_getscn(elf, i);
		GElf_Shdr sh;
		if (!scn || !gelf_getshdr(scn, &sh) || sh.sh_type != SHT_GROUP)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (!d || d->d_size < 4 || !symscn) {
			bad_format(ctx, f);
			return false;
		}
		const uint32_t *w = d->d_buf;
		Elf_Data *sd = elf_getdata(symscn, NULL);
		GElf_Sym gs;
		if (!sd || !gelf_getsym(sd, (int)sh.sh_info, &gs)) {
			bad_format(ctx, f);
			return false;
		}
		const char *sig = elf_strptr(elf, symsh.sh_link, gs.st_name);
		if (sig && GELF_ST_TYPE(gs.st_info) == STT_SECTION && gs.st_shndx < shnum) {
			/* the signature is the name of the section the symbol stands for */
			GElf_Shdr ssh;
			Elf_Scn *sscn = elf_getscn(elf, gs.st_shndx);
			if (sscn && gelf_getshdr(sscn, &ssh))
				sig = elf_strptr(elf, shstrndx, ssh.sh_name);
		}
		if (!sig) {
			bad_format(ctx, f);
			return false;
		}
		/* the members as a ring (--gc-sections keeps or drops them together) */
		struct section_group *grp = xcalloc(1, sizeof *grp);
		grp->name = elf_strptr(elf, shstrndx, sh.sh_name);
		grp->signature = sig;
		grp->shndx = (unsigned)i;
		struct input_section *prev = NULL;
		for (size_t k = 1; k < d->d_size / 4; k++)
			if (w[k] < shnum && f->sections[w[k]]) {
				struct input_section *m = f->sections[w[k]];
				m->group = grp;
				if (prev)
					prev->group_next = m;
				else
					grp->first = m;
				prev = m;
			}
		if (prev)
			prev->group_next = grp->first;
		if (!(w[0] & GRP_COMDAT))
			continue;
		if (!group_signature_new(ctx, sig)) {
			size_t n = d->d_size / 4;
			for (size_t k = 1; k < n; k++)
				if (w[k] < shnum && f->sections[w[k]]) {
					f->sections[w[k]]->group_dropped = true;
					f->sections[w[k]]->discarded = true;
				}
		}
	}

	/* symbols */
	if (symscn) {
		Elf_Data *sd = elf_getdata(symscn, NULL);
		if (!sd || symsh.sh_entsize == 0) {
			bad_format(ctx, f);
			return false;
		}
		size_t n = symsh.sh_size / symsh.sh_entsize;
		Elf_Scn *strscn = elf_getscn(elf, symsh.sh_link);
		Elf_Data *strd = strscn ? elf_rawdata(strscn, NULL) : NULL;
		if (!strd) {
			bad_format(ctx, f);
			return false;
		}
		f->strtab = strd->d_buf;
		f->strtab_size = strd->d_size;
		f->nsyms = n;
		f->first_global = symsh.sh_info < n ? symsh.sh_info : n;
		f->syms = xcalloc(n ? n : 1, sizeof *f->syms);
		f->nlocals = f->first_global;
		f->locals = xcalloc(f->nlocals ? f->nlocals : 1, sizeof *f->locals);
		for (size_t i = 1; i < n; i++) {
			GElf_Sym gs;
			if (!gelf_getsym(sd, (int)i, &gs) || gs.st_name >= f->strtab_size) {
				bad_format(ctx, f);
				return false;
			}
			const char *name = f->strtab + gs.st_name;
			if (!memchr(name, 0, f->strtab_size - gs.st_name)) {
				bad_format(ctx, f);
				return false;
			}
			if (i < f->first_global) {
				struct symbol *s = &f->locals[i];
				s->name = name;
				s->local = true;
				s->file = f;
				s->bind = GELF_ST_BIND(gs.st_info);
				s->type = GELF_ST_TYPE(gs.st_info);
				s->other = gs.st_other;
				s->visibility = GELF_ST_VISIBILITY(gs.st_other);
				s->value = gs.st_value;
				s->size = gs.st_size;
				s->shndx = gs.st_shndx;
				s->is_section_sym = s->type == STT_SECTION;
				if (gs.st_shndx == SHN_ABS) {
					s->kind = SK_ABS;
				} else if (gs.st_shndx != SHN_UNDEF && gs.st_shndx < shnum) {
					s->kind = SK_DEFINED;
					s->sec = f->sections[gs.st_shndx];
				} else {
					s->kind = SK_UNDEF;
				}
				f->syms[i] = s;
			} else {
				if (gs.st_shndx != SHN_UNDEF && gs.st_shndx < shnum && gs.st_shndx != SHN_ABS) {
					if (!f->gdefs)
						f->gdefs = xcalloc(n, sizeof *f->gdefs);
					f->gdefs[i].sec = f->sections[gs.st_shndx];
					f->gdefs[i].value = gs.st_value;
					f->gdefs[i].type = GELF_ST_TYPE(gs.st_info);
					f->gdefs[i].name = name;
				}
				f->syms[i] = sym_add_global(ctx, f, name, &gs);
			}
		}
	}

	/* relocations, attached to the sections they apply to */
	for (size_t i = 1; i < shnum; i++) {
		Elf_Scn *scn = elf_getscn(elf, i);
		GElf_Shdr sh;
		if (!scn || !gelf_getshdr(scn, &sh))
			continue;
		if (sh.sh_type != SHT_REL && sh.sh_type != SHT_RELA)
			continue;
		if (!read_relocs(ctx, f, scn, &sh))
			return false;
		if (sh.sh_info < shnum && f->sections[sh.sh_info]) {
			struct input_section *rs = xcalloc(1, sizeof *rs);
			rs->file = f;
			rs->name = elf_strptr(elf, shstrndx, sh.sh_name);
			rs->index = (unsigned)i;
			rs->type = sh.sh_type;
			rs->flags = sh.sh_flags;
			rs->size = sh.sh_size;
			rs->entsize = sh.sh_entsize;
			rs->align = sh.sh_addralign;
			f->sections[sh.sh_info]->relsec = rs;
		}
	}
	/* the Elf handle is not needed any more: every pointer kept is into the image */
	elf_end(elf);
	return true;
}

/* ------------------------------------------------------------ archives */

struct ar_member {
	const char *name;	/* member name */
	size_t hdr_off;		/* offset of the member header */
	const uint8_t *data;	/* contents (NULL for thin until loaded) */
	size_t size;
	bool loaded;
};

struct archive {
	const char *path;
	const uint8_t *image;
	size_t size;
	bool thin;
	const char *longnames;
	size_t longnames_size;
	/* symbol index: names[i] is defined by the member whose header is at offs[i] */
	const char **names;
	size_t *offs;
	size_t nsyms;
	bool *included;
	struct ptrvec loaded_offsets;	/* members already loaded (header offsets) */
};

static uint64_t ar_decimal(const uint8_t *p, size_t n)
{
	uint64_t v = 0;
	for (size_t i = 0; i < n && p[i] >= '0' && p[i] <= '9'; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

static void ar_truncated(struct ctx *ctx, const char *path)
{
	error(ctx, "%s: file not recognized: file truncated", path);
}

/* Member name from its header (long names resolved); malloc'd. */
static char *ar_member_name(const struct archive *a, const uint8_t *hdr)
{
	if (hdr[0] == '/' && hdr[1] >= '0' && hdr[1] <= '9') {
		uint64_t off = ar_decimal(hdr + 1, 15);
		if (!a->longnames || off >= a->longnames_size)
			return NULL;
		const char *s = a->longnames + off;
		size_t n = 0;
		while (off + n < a->longnames_size && s[n] != '\n' && s[n] != 0)
			n++;
		if (n && s[n - 1] == '/')
			n--;
		return xstrndup(s, n);
	}
	size_t n = 16;
	while (n && hdr[n - 1] == ' ')
		n--;
	if (n && hdr[n - 1] == '/')
		n--;
	return xstrndup((const char *)hdr, n);
}

/* Parse the archive's special members (symbol index, long names). */
static bool ar_open(struct ctx *ctx, struct archive *a)
{
	size_t off = 8;
	while (off + 60 <= a->size) {
		const uint8_t *h = a->image + off;
		if (h[58] != '`' || h[59] != '\n') {
			error(ctx, "%s: file not recognized: file format not recognized", a->path);
			return false;
		}
		uint64_t sz = ar_decimal(h + 48, 10);
		bool special = h[0] == '/' && (h[1] == ' ' || h[1] == '/' ||
					       memcmp(h, "/SYM64/", 7) == 0);
		/* thin archives store only the special members' data */
		if (off + 60 + (special || !a->thin ? sz : 0) > a->size) {
			ar_truncated(ctx, a->path);
			return false;
		}
		const uint8_t *d = h + 60;
		if (h[0] == '/' && h[1] == ' ') {
			/* 32-bit big-endian symbol index */
			if (sz < 4) {
				ar_truncated(ctx, a->path);
				return false;
			}
			uint64_t n = ((uint64_t)d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3];
			if (4 + 4 * n > sz) {
				ar_truncated(ctx, a->path);
				return false;
			}
			a->nsyms = n;
			a->names = xcalloc(n ? n : 1, sizeof *a->names);
			a->offs = xcalloc(n ? n : 1, sizeof *a->offs);
			a->included = xcalloc(n ? n : 1, sizeof *a->included);
			const char *str = (const char *)d + 4 + 4 * n, *end = (const char *)d + sz;
			for (uint64_t i = 0; i < n; i++) {
				const uint8_t *o = d + 4 + 4 * i;
				a->offs[i] = ((size_t)o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3];
				if (str >= end) {
					ar_truncated(ctx, a->path);
					return false;
				}
				a->names[i] = str;
				const char *z = memchr(str, 0, end - str);
				if (!z) {
					ar_truncated(ctx, a->path);
					return false;
				}
				str = z + 1;
			}
		} else if (h[0] == '/' && h[1] == '/') {
			a->longnames = (const char *)d;
			a->longnames_size = sz;
		} else if (!special) {
			break;	/* first regular member: the special ones come first */
		}
		off += 60 + sz + (sz & 1);
	}
	return true;
}

static bool load_object(struct ctx *ctx, struct input_file *f);

/* Load the member whose header is at OFF, if not yet loaded. */
static bool ar_load_member(struct ctx *ctx, struct archive *a, size_t off)
{
	for (size_t i = 0; i < a->loaded_offsets.n; i++)
		if ((size_t)a->loaded_offsets.v[i] == off)
			return true;
	vec_push(&a->loaded_offsets, (void *)off);
	if (off + 60 > a->size) {
		ar_truncated(ctx, a->path);
		return false;
	}
	const uint8_t *h = a->image + off;
	uint64_t sz = ar_decimal(h + 48, 10);
	char *name = ar_member_name(a, h);
	if (!name) {
		error(ctx, "%s: file not recognized: file format not recognized", a->path);
		return false;
	}
	struct input_file *f = xcalloc(1, sizeof *f);
	f->kind = FK_ARCHIVE_MEMBER;
	f->archive = a->path;
	f->member = name;
	size_t dn = strlen(a->path) + strlen(name) + 3;
	char *disp = xmalloc(dn);
	snprintf(disp, dn, "%s(%s)", a->path, name);
	f->display = disp;
	if (a->thin) {
		/* member paths are relative to the archive's directory */
		char *path;
		const char *slash = strrchr(a->path, '/');
		if (name[0] == '/' || !slash) {
			path = xstrdup(name);
		} else {
			size_t pn = (size_t)(slash - a->path) + 1 + strlen(name) + 1;
			path = xmalloc(pn);
			snprintf(path, pn, "%.*s/%s", (int)(slash - a->path), a->path, name);
		}
		f->path = path;
		f->display = path;	/* GNU ld names a thin archive's member by its path alone */
		if (!map_file(path, &f->image, &f->size)) {
			error(ctx, "%s: cannot open member %s: %s", a->path, path, strerror(errno));
			return false;
		}
	} else {
		if (off + 60 + sz > a->size) {
			ar_truncated(ctx, a->path);
			return false;
		}
		f->path = a->path;
		f->image = h + 60;
		f->size = sz;
	}
	return load_object(ctx, f);
}

/*
 * Pull in members that define currently undefined symbols, pass after pass
 * over the symbol index until one adds nothing (GNU ld's order).  Returns
 * true if any member was loaded.
 */
static bool ar_extract(struct ctx *ctx, struct archive *a)
{
	bool any = false, loop;
	do {
		loop = false;
		size_t last = (size_t)-1;
		for (size_t i = 0; i < a->nsyms; i++) {
			if (a->included[i])
				continue;
			if (a->offs[i] == last) {
				a->included[i] = true;
				continue;
			}
			struct symbol *s = sym_lookup(ctx, a->names[i]);
			if (!s || s->kind != SK_UNDEF || !s->referenced || s->weak_undef_seen)
				continue;
			a->included[i] = true;
			last = a->offs[i];
			const struct input_file *by = s->file;
			size_t nfiles = ctx->link.files.n;
			if (!ar_load_member(ctx, a, a->offs[i]))
				return any;
			if (ctx->link.files.n > nfiles) {
				struct input_file *mf = ctx->link.files.v[nfiles];
				mf->pulled_by = by;
				mf->pulled_sym = s->name;
			}
			loop = any = true;
		}
	} while (loop);
	return any;
}

/* Every member, in order (--whole-archive). */
static void ar_load_all(struct ctx *ctx, struct archive *a)
{
	size_t off = 8;
	while (off + 60 <= a->size) {
		const uint8_t *h = a->image + off;
		uint64_t sz = ar_decimal(h + 48, 10);
		bool special = h[0] == '/' && (h[1] == ' ' || h[1] == '/' ||
					       memcmp(h, "/SYM64/", 7) == 0);
		if (!special && !ar_load_member(ctx, a, off))
			return;
		off += 60 + ((special || !a->thin) ? sz + (sz & 1) : 0);
	}
}

/* ------------------------------------------------------------ binary input */

static void load_binary(struct ctx *ctx, const char *path, const uint8_t *data, size_t size)
{
	struct input_file *f = xcalloc(1, sizeof *f);
	f->kind = FK_BINARY;
	f->path = f->display = path;
	f->image = data;
	f->size = size;
	f->order = (int)ctx->link.files.n;
	f->nsections = 2;
	f->sections = xcalloc(2, sizeof *f->sections);
	struct input_section *s = xcalloc(1, sizeof *s);
	s->file = f;
	s->name = ".data";
	s->index = 1;
	s->type = SHT_PROGBITS;
	s->flags = SHF_ALLOC | SHF_WRITE;
	s->size = size;
	s->align = 1;
	s->data = data;
	f->sections[1] = s;
	vec_push(&ctx->link.files, f);

	/* _binary_<path with non-alphanumerics as '_'>_start/_end/_size */
	char *mangled = xstrdup(path);
	for (char *p = mangled; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			*p = '_';
	static const char *const suffix[] = { "start", "end", "size" };
	for (int i = 0; i < 3; i++) {
		size_t n = strlen(mangled) + 16;
		char *name = xmalloc(n);
		snprintf(name, n, "_binary_%s_%s", mangled, suffix[i]);
		GElf_Sym gs = { 0 };
		gs.st_info = GELF_ST_INFO(STB_GLOBAL, STT_NOTYPE);
		gs.st_shndx = i == 2 ? SHN_ABS : 1;
		gs.st_value = i == 0 ? 0 : size;
		sym_add_global(ctx, f, name, &gs);
	}
}

/* ------------------------------------------------------------ dispatch */

static bool load_object(struct ctx *ctx, struct input_file *f)
{
	f->order = (int)ctx->link.files.n;
	if (f->size < 4 || memcmp(f->image, ELFMAG, 4) != 0) {
		bad_format(ctx, f);
		return false;
	}
	vec_push(&ctx->link.files, f);
	if (!parse_elf_object(ctx, f))
		return false;
	if (ctx->target == TARGET_NONE) {
		ctx->target = target_from_elf(f->is64 ? ELFCLASS64 : ELFCLASS32, f->ei_data, f->machine);
		if (ctx->target == TARGET_NONE) {
			error(ctx, "%s: file format not supported by klink", f->display);
			return false;
		}
	}
	return true;
}

struct group_state {
	bool active;
	struct ptrvec archives;	/* struct archive * in the current group */
};

static void process_script_inputs(struct ctx *ctx, const struct script *s, const char *dir,
				  struct group_state *g);

/* Search -L dirs (and SEARCH_DIR) for a library; returns a path or NULL. */
static char *find_library(struct ctx *ctx, const char *name, bool static_only)
{
	const struct strlist *dirs = &ctx->opt.lib_dirs;
	for (size_t i = 0; i < dirs->n; i++) {
		char buf[4096];
		struct stat st;
		if (name[0] == ':') {
			snprintf(buf, sizeof buf, "%s/%s", dirs->v[i], name + 1);
			if (stat(buf, &st) == 0)
				return xstrdup(buf);
			continue;
		}
		if (!static_only) {
			snprintf(buf, sizeof buf, "%s/lib%s.so", dirs->v[i], name);
			if (stat(buf, &st) == 0)
				return xstrdup(buf);
		}
		snprintf(buf, sizeof buf, "%s/lib%s.a", dirs->v[i], name);
		if (stat(buf, &st) == 0)
			return xstrdup(buf);
	}
	return NULL;
}

/* Load one named input (object, archive, binary, implicit script). */
static void load_path(struct ctx *ctx, const char *path, const char *shown, const char *format,
		      bool whole_archive, struct group_state *g)
{
	const uint8_t *data;
	size_t size;

	if (!map_file(path, &data, &size)) {
		error(ctx, "cannot find %s: %s", shown, strerror(errno));
		return;
	}
	if (ctx->opt.trace)	/* -t: each input as it is opened */
		fprintf(ctx->out ? ctx->out : stdout, "%s\n", path);
	if (format && strcmp(format, "binary") == 0) {
		load_binary(ctx, path, data, size);
		return;
	}
	if (size >= 8 && (memcmp(data, "!<arch>\n", 8) == 0 || memcmp(data, "!<thin>\n", 8) == 0)) {
		struct archive *a = xcalloc(1, sizeof *a);
		a->path = path;
		a->image = data;
		a->size = size;
		a->thin = data[2] == 't';
		if (!ar_open(ctx, a))
			return;
		if (whole_archive)
			ar_load_all(ctx, a);
		else
			ar_extract(ctx, a);
		if (g->active)
			vec_push(&g->archives, a);
		return;
	}
	if (size >= 4 && memcmp(data, ELFMAG, 4) == 0) {
		struct input_file *f = xcalloc(1, sizeof *f);
		f->kind = FK_OBJECT;
		f->path = f->display = path;
		f->image = data;
		f->size = size;
		load_object(ctx, f);
		return;
	}
	/* anything else may be an implicit linker script (INPUT, GROUP ...) */
	char *text = xstrndup((const char *)data, size);
	if (memchr(data, 0, size)) {
		error(ctx, "%s: file not recognized: file format not recognized", shown);
		return;
	}
	struct script *s = script_parse(ctx->prog, path, text, size, SM_SCRIPT,
					(const char *const *)ctx->opt.lib_dirs.v);
	if (!s) {
		ctx->errors++;
		return;
	}
	for (const struct stmt *st = s->stmts; st; st = st->next)
		if (st->kind == ST_SECTIONS) {
			error(ctx, "%s: SECTIONS in an implicit linker script is not supported", path);
			return;
		}
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
	process_script_inputs(ctx, s, dir, g);
}

static void group_rescan(struct ctx *ctx, struct group_state *g)
{
	bool again;
	do {
		again = false;
		for (size_t i = 0; i < g->archives.n; i++)
			if (ar_extract(ctx, g->archives.v[i]))
				again = true;
	} while (again);
	g->archives.n = 0;
	g->active = false;
}

/* INPUT(...) and GROUP(...) of a script, loaded at this point. */
static void process_script_inputs(struct ctx *ctx, const struct script *s, const char *dir,
				  struct group_state *g)
{
	for (const struct stmt *st = s->stmts; st; st = st->next) {
		if (st->kind != ST_INPUT && st->kind != ST_GROUP)
			continue;
		struct group_state inner = { 0 };
		struct group_state *gs = g;
		if (st->kind == ST_GROUP && !g->active) {
			inner.active = true;
			gs = &inner;
		}
		for (const struct input_file_ref *r = st->u.files; r; r = r->next) {
			if (r->is_lib) {
				char *p = find_library(ctx, r->name, ctx->opt.cur.static_only);
				size_t n = strlen(r->name) + 3;
				char *shown = xmalloc(n);
				snprintf(shown, n, "-l%s", r->name);
				if (!p) {
					error(ctx, "cannot find %s: No such file or directory", shown);
					continue;
				}
				load_path(ctx, p, shown, NULL, false, gs);
			} else {
				struct stat stt;
				const char *path = r->name;
				if (dir && r->name[0] != '/') {
					/* an implicit script's inputs: its own directory first (GNU ld) */
					size_t n = strlen(dir) + strlen(r->name) + 2;
					char *in_dir = xmalloc(n);
					snprintf(in_dir, n, "%s/%s", dir, r->name);
					if (stat(in_dir, &stt) == 0)
						path = in_dir;
					else
						free(in_dir);
				}
				if (path == r->name && stat(path, &stt) != 0) {
					/* GNU ld also looks in the library search path */
					for (size_t i = 0; i < ctx->opt.lib_dirs.n; i++) {
						char buf[4096];
						snprintf(buf, sizeof buf, "%s/%s", ctx->opt.lib_dirs.v[i], r->name);
						if (stat(buf, &stt) == 0) {
							path = xstrdup(buf);
							break;
						}
					}
				}
				load_path(ctx, path, r->name, NULL, false, gs);
			}
		}
		if (gs == &inner)
			group_rescan(ctx, &inner);
	}
}

/* PROVIDEd names: they count as script-defined when still undefined after the inputs. */
static void provide_names_push(struct ctx *ctx, const char *name)
{
	vec_push(&ctx->link.provided_names, (void *)name);
}

static bool expr_mentions(const struct expr *e, const char *name)
{
	if (!e)
		return false;
	switch (e->kind) {
	case EX_SYM:
		return strcmp(e->u.name, name) == 0;
	case EX_UNARY:
		return expr_mentions(e->u.un.a, name);
	case EX_BINARY:
		return expr_mentions(e->u.bin.a, name) || expr_mentions(e->u.bin.b, name);
	case EX_COND:
		return expr_mentions(e->u.cond.c, name) || expr_mentions(e->u.cond.a, name) ||
		       expr_mentions(e->u.cond.b, name);
	case EX_CALL:
		return (e->u.call.fn == FN_DEFINED && e->u.call.name && strcmp(e->u.call.name, name) == 0) ||
		       expr_mentions(e->u.call.a, name) || expr_mentions(e->u.call.b, name);
	default:
		return false;
	}
}

/*
 * GNU ld enters the symbols a script assigns into its hash table when it
 * walks the statements while opening the inputs (before the inputs that
 * follow the script); PROVIDE and self-referring assignments wait.  Only
 * the order matters here: it decides the order of .symtab.
 */
static void note_script_symbols(struct ctx *ctx, const struct stmt *st)
{
	for (; st; st = st->next) {
		switch (st->kind) {
		case ST_ASSIGN: {
			const struct assignment *as = &st->u.assign;
			if (strcmp(as->name, ".") == 0)
				break;
			if (as->kind == AK_PROVIDE || as->kind == AK_PROVIDE_HIDDEN) {
				provide_names_push(ctx, as->name);
				break;
			}
			sym_intern(ctx, as->name)->script_assigned = true;
			if (as->op != AS_SET || expr_mentions(as->value, as->name))
				break;
			sym_note_created(ctx, sym_intern(ctx, as->name));
			break;
		}
		case ST_SECTIONS:
			note_script_symbols(ctx, st->u.block);
			break;
		case ST_OUTSECT:
			note_script_symbols(ctx, st->u.osec.body);
			break;
		case ST_OVERLAY:
			note_script_symbols(ctx, st->u.overlay.sections);
			break;
		default:
			break;
		}
	}
}

/*
 * GNU ld opens the files a script's input section descriptions name
 * literally (`b.o(.text)`: no wildcard, not archive:member) when it walks
 * the script, so such a file is loaded where the script is (before the
 * files after -T on the command line), and one the command line does not
 * name is opened as if it did.  Load order is the order sections are then
 * matched in, and the order of symbol resolution.
 */
static void load_named_in(struct ctx *ctx, const struct stmt *list, size_t pos, bool *done,
			  struct group_state *g)
{
	const struct options *o = &ctx->opt;
	for (const struct stmt *st = list; st; st = st->next) {
		switch (st->kind) {
		case ST_SECTIONS:
			load_named_in(ctx, st->u.block, pos, done, g);
			continue;
		case ST_OUTSECT:
			load_named_in(ctx, st->u.osec.body, pos, done, g);
			continue;
		case ST_OVERLAY:
			load_named_in(ctx, st->u.overlay.sections, pos, done, g);
			continue;
		case ST_INPUT_SECTION:
			break;
		default:
			continue;
		}
		const char *name = st->u.input.file ? st->u.input.file->text : NULL;
		if (!name || strpbrk(name, "*?[") || strchr(name, ':'))
			continue;
		bool seen = false;
		for (size_t i = 0; i < pos && !seen; i++)
			seen = o->inputs[i].kind == IN_FILE && strcmp(o->inputs[i].name, name) == 0;
		for (size_t i = 0; i < ctx->link.files.n && !seen; i++) {
			const struct input_file *f = ctx->link.files.v[i];
			seen = f->kind != FK_ARCHIVE_MEMBER && strcmp(f->path, name) == 0;
		}
		if (seen)
			continue;
		size_t later = 0;
		for (size_t i = pos + 1; i < o->ninputs && !later; i++)
			if (o->inputs[i].kind == IN_FILE && strcmp(o->inputs[i].name, name) == 0)
				later = i;
		if (later) {
			if (done[later])
				continue;
			done[later] = true;
			load_path(ctx, name, name, o->inputs[later].state.format,
				  o->inputs[later].state.whole_archive, g);
		} else {
			load_path(ctx, name, name, NULL, false, g);
		}
	}
}

void read_inputs(struct ctx *ctx)
{
	struct options *o = &ctx->opt;
	struct group_state g = { 0 };
	size_t next_script = 0;

	elf_version(EV_CURRENT);
	note_script_symbols(ctx, ctx->defsyms);
	if (ctx->target != TARGET_NONE)
		ctx->link.arch = arch_for(ctx->target);

	bool *done = xcalloc(o->ninputs + 1, sizeof *done);
	for (size_t i = 0; i < o->ninputs; i++) {
		const struct input_item *it = &o->inputs[i];
		switch (it->kind) {
		case IN_FILE:
			if (done[i])
				break;
			load_path(ctx, it->name, it->name, it->state.format, it->state.whole_archive, &g);
			break;
		case IN_LIB: {
			char *p = find_library(ctx, it->name, it->state.static_only);
			char shown[4096];
			snprintf(shown, sizeof shown, "-l%s", it->name);
			if (!p)
				error(ctx, "cannot find %s: No such file or directory", shown);
			else
				load_path(ctx, p, shown, it->state.format, it->state.whole_archive, &g);
			o->inputs[i].resolved = p;
			break;
		}
		case IN_SCRIPT:
			if (next_script < ctx->nscripts) {
				note_script_symbols(ctx, ctx->scripts[next_script]->stmts);
				process_script_inputs(ctx, ctx->scripts[next_script], NULL, &g);
				load_named_in(ctx, ctx->scripts[next_script++]->stmts, i, done, &g);
			}
			break;
		case IN_START_GROUP:
			g.active = true;
			break;
		case IN_END_GROUP:
			group_rescan(ctx, &g);
			break;
		case IN_JUST_SYMBOLS:
			error(ctx, "-R/--just-symbols is not supported by klink yet");
			break;
		default:
			break;
		}
	}
	if (g.active)
		group_rescan(ctx, &g);
	for (size_t i = 0; i < ctx->link.provided_names.n; i++) {
		struct symbol *s = sym_lookup(ctx, ctx->link.provided_names.v[i]);
		if (s && s->kind == SK_UNDEF && s->referenced)
			s->script_assigned = true;
	}
	if (ctx->target == TARGET_NONE)
		ctx->target = TARGET_X86_64;	/* the default emulation of an x86_64 GNU ld */
	ctx->link.arch = arch_for(ctx->target);
}

/*
 * A section klink makes itself (.got, .note.gnu.build-id ...).  GNU ld puts
 * such sections in the first ELF input file, after its own sections, which
 * is where `*(.got)`-style rules find them.
 */
struct input_section *synthetic_section(struct ctx *ctx, const char *name, uint32_t type,
					uint64_t flags, uint64_t align, uint64_t size)
{
	struct input_file *f = NULL;
	for (size_t i = 0; i < ctx->link.files.n && !f; i++) {
		struct input_file *c = ctx->link.files.v[i];
		if ((c->kind == FK_OBJECT || c->kind == FK_ARCHIVE_MEMBER) && c->nsections > 1)
			f = c;
	}
	if (!f && ctx->link.files.n)
		f = ctx->link.files.v[0];
	struct input_section *s = xcalloc(1, sizeof *s);
	s->file = f;
	s->name = name;
	s->type = type;
	s->flags = flags;
	s->align = align;
	s->size = size;
	s->buf = xcalloc(size ? size : 1, 1);
	if (f) {
		f->sections = xrealloc(f->sections, (f->nsections + 1) * sizeof *f->sections);
		f->sections[f->nsections++] = s;
	}
	return s;
}

/*
 * .gnu.warning.SYMBOL sections carry the warning given when SYMBOL is
 * used (not given yet); GNU ld leaves them out of an executable (and the
 * symbols in them).  A plain .gnu.warning's text is said at once.
 */
void drop_warning_sections(struct ctx *ctx)
{
	struct link *l = &ctx->link;
	for (size_t fi = 0; fi < l->files.n; fi++) {
		struct input_file *f = l->files.v[fi];
		for (size_t i = 0; i < f->nsections; i++) {
			struct input_section *s = f->sections[i];
			if (s && strncmp(s->name, ".gnu.warning.", 13) == 0 && s->name[13]) {
				/* GNU ld says it at the first relocation that refers to the symbol */
				struct symbol *sym = sym_lookup(ctx, s->name + 13);
				if (sym && s->data && s->size && !sym->warning)
					sym->warning = xstrndup((const char *)s->data,
								strnlen((const char *)s->data, s->size));
				s->discarded = true;
			}
			if (s && !s->discarded && strcmp(s->name, ".gnu.warning") == 0) {
				/* a plain .gnu.warning: said when its file is linked, not kept */
				if (s->data && s->size)
					warn_plain(ctx, "%s: warning: %.*s", f->display,
						   (int)strnlen((const char *)s->data, s->size), (const char *)s->data);
				s->discarded = true;
			}
		}
	}
}
