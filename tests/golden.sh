#!/bin/sh
# tests/golden.sh [-j N] KLINK [CASE...]
# tests/golden.sh [-j N] --self-test [CASE...]
#
# Golden (differential) tests: every case directory testdata/<area-feature>/
# (testdata/errors/ and testdata/examples/ are other suites; a directory
# without an `args` file is reported as a FAIL) is built here, linked with
# GNU ld.bfd (the oracle, at test time) and with KLINK using the same
# arguments, and the two results are compared.
#
# A case directory holds
#   args         linker arguments, one per line (no quoting; empty lines are
#                ignored); the harness appends `-o out`
#   *.s          assembled with the GNU assembler of the target
#   *.c          (optional) gcc -c -O1 -fno-pic -fno-asynchronous-unwind-tables
#                -ffreestanding (-m32 for i386; no headers: freestanding)
#   target       (optional) x86_64 (default: as --64, ld.bfd), i386
#                (as --32, ld.bfd), arm (arm-linux-gnueabi-as, -ld.bfd)
#   asflags      (optional) extra assembler options, one line
#   prepare      (optional) sh script run in the build directory after
#                assembling/compiling (e.g. `ar rcs libx.a x.o`)
#   expect-exit  (optional) the exit status ld.bfd must give (default 0);
#                when ld.bfd gives another, the case itself is broken (FAIL
#                "oracle", never XFAIL): this keeps each case exercising what
#                it was written for
#   compare      (optional) what to compare, words among
#                  hdr       readelf -hW            (ELF file header)
#                  sections  readelf -SW            (section headers)
#                  segments  readelf -lW            (program headers)
#                  symbols   readelf -sW, entry numbers dropped, sorted
#                  relocs    readelf -rW
#                  bin       objcopy -O binary bytes
#                  nonalloc  readelf -x of each non-SHF_ALLOC section other
#                            than .symtab/.strtab/.shstrtab/relocations
#                  stderr    the diagnostics, and what goes to stdout
#                            (-M, --print-memory-usage)
#                  map       the link map: the harness adds -Map=out.map to
#                            both links and compares the two files (not
#                            part of the default)
#                default: all of them but map.  Exit status, the presence of an output
#                file, and "no output file left on error" are always checked.
#
# Each link runs in its own copy of the build directory, so file names in
# messages are the same; KLINK runs through a symlink named `klink` and the
# program name `ld.bfd:` (`arm-linux-gnueabi-ld.bfd:`) starting a line of
# ld.bfd's stderr is replaced by `klink:`.
#
# testdata/known-failures lists cases expected to fail, one name a line with
# the reason after `#`.  Output per case:
#   PASS name | FAIL name: what differs | XFAIL name |
#   XPASS name (remove from known-failures)   (counts as a failure)
# ending with `N passed, M failed, K xfail`.  Exit 1 on any FAIL or XPASS.
# Files of failing (and xfail) cases are kept in $KLINK_GOLDEN_KEEP
# (default /tmp/klink-golden)/<case>/: ref/ and test/ (the two links) and
# *.ref / *.test / *.diff for each compared view.
#
# --self-test: ld.bfd is also the linker under test, known-failures are
# ignored, and every case must PASS (checks the harness and the cases).
# -j N: run N cases at a time (default: number of CPUs, at most 4).
set -u
LC_ALL=C
export LC_ALL
: "${ASAN_OPTIONS:=detect_leaks=0:exitcode=99}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:exitcode=98}"
export ASAN_OPTIONS UBSAN_OPTIONS

usage() {
	echo "usage: tests/golden.sh [-j N] KLINK [CASE...]" >&2
	echo "       tests/golden.sh [-j N] --self-test [CASE...]" >&2
	exit 2
}

jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 4 ] && jobs=4
selftest=0
while [ $# -gt 0 ]; do
	case $1 in
		-j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
		-j*) jobs=${1#-j}; shift ;;
		--self-test) selftest=1; shift ;;
		-*) usage ;;
		*) break ;;
	esac
done
if [ $selftest = 1 ]; then
	KLINK=$(command -v ld.bfd) || { echo "golden.sh: ld.bfd not found" >&2; echo "0 passed, 1 failed, 0 xfail"; exit 1; }
else
	[ $# -ge 1 ] || usage
	KLINK=$1
	shift
fi

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
casedir=$top/testdata
kflist=$casedir/known-failures
keep=${KLINK_GOLDEN_KEEP:-/tmp/klink-golden}
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
if [ ! -x "$KLINK" ]; then
	echo "golden.sh: $KLINK is not an executable" >&2
	echo "0 passed, 1 failed, 0 xfail"
	exit 1
fi
for tool in ld.bfd as gcc readelf objcopy ar; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "golden.sh: $tool not found (run make deps)" >&2
		echo "0 passed, 1 failed, 0 xfail"
		exit 1
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klink-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/bin" "$tmp/res"
ln -s "$KLINK" "$tmp/bin/klink"
# --self-test links arm cases with the arm ld.bfd, also named klink
if [ $selftest = 1 ] && command -v arm-linux-gnueabi-ld.bfd >/dev/null 2>&1; then
	mkdir "$tmp/armbin"
	ln -s "$(command -v arm-linux-gnueabi-ld.bfd)" "$tmp/armbin/klink"
fi
PATH=$tmp/bin:$PATH
export PATH
TO="timeout 60"
command -v timeout >/dev/null 2>&1 || TO=
CFLAGS_CASE="-O1 -fno-pic -fno-asynchronous-unwind-tables -ffreestanding"

# is_known NAME: NAME is listed in known-failures
is_known() {
	[ $selftest = 0 ] && [ -f "$kflist" ] &&
		sed 's/#.*//' "$kflist" | tr -s ' \t' '  ' | grep -qx " *$1 *"
}

# link DIR PROG [PATHDIR]: runs PROG (looked up in PATHDIR first) with the
# case arguments in DIR (and -Map=out.map when $wantmap is 1); stderr in
# DIR.err, exit status in DIR.rc
link() {
	(
		err=$1.err sout=$1.stdout prog=$2 pdir=${3:-}
		cd "$1" || exit 2
		set --
		[ "$wantmap" = 1 ] && set -- -Map=out.map
		while IFS= read -r a || [ -n "$a" ]; do
			[ -n "$a" ] && set -- "$@" "$a"
		done < args
		[ -n "$pdir" ] && PATH=$pdir:$PATH
		$TO "$prog" "$@" -o out </dev/null >"$sout" 2>"$err"
	)
	echo $? > "$1.rc"
}

# views DIR: the readelf/objcopy views of DIR/out, into DIR.<view>
views() {
	d=$1 o=$1/out
	readelf -hW "$o" > "$d.hdr" 2>&1
	readelf -SW "$o" > "$d.sections" 2>&1
	readelf -lW "$o" > "$d.segments" 2>&1
	readelf -sW "$o" 2>&1 | sed 's/^ *[0-9][0-9]*: //' | sort > "$d.symbols"
	readelf -rW "$o" > "$d.relocs" 2>&1
	if (cd "$d" && $OBJCOPY -O binary out "$d.bin") 2>"$d.bin.err"; then :; else
		echo "objcopy failed: $(cat "$d.bin.err")" > "$d.bin"
	fi
	# non-alloc sections other than symbol/string tables and relocations
	secs=$(awk '
		/^ *\[ *[0-9]+\]/ {
			sub(/^ *\[ *[0-9]+\] */, "")
			if (NF == 9) flags = ""; else flags = $7
			if ($1 == "" || $2 == "NULL" || $2 == "NOBITS") next
			if ($2 == "SYMTAB" || $2 == "STRTAB" || $2 == "REL" || $2 == "RELA") next
			if (flags ~ /A/) next
			print $1
		}' "$d.sections")
	: > "$d.nonalloc"
	for s in $secs; do
		readelf -W -x "$s" "$o" >> "$d.nonalloc" 2>&1
	done
}

# run_case NAME: writes the result line to $tmp/res/NAME
run_case() {
	name=$1
	src=$casedir/$name
	w=$tmp/w/$name
	mkdir -p "$w/build"
	cp -R "$src/." "$w/build/"
	res=$tmp/res/$name
	why=

	target=x86_64
	[ -f "$src/target" ] && target=$(sed -n 1p "$src/target")
	asflags=
	[ -f "$src/asflags" ] && asflags=$(sed -n 1p "$src/asflags")
	ref=ld.bfd
	case $target in
		x86_64) AS="as --64"; CC="gcc"; CCM=; OBJCOPY=objcopy ;;
		i386) AS="as --32"; CC="gcc"; CCM=-m32; OBJCOPY=objcopy ;;
		arm) AS=arm-linux-gnueabi-as; CC=arm-linux-gnueabi-gcc; CCM=
			OBJCOPY=arm-linux-gnueabi-objcopy
			ref=arm-linux-gnueabi-ld.bfd ;;
		*) why="harness: unknown target '$target'" ;;
	esac

	# build
	if [ -z "$why" ]; then
		why=$(
			cd "$w/build" || exit 1
			for f in *.s; do
				[ -f "$f" ] || continue
				# shellcheck disable=SC2086  # $AS and $asflags are words
				$AS $asflags -o "${f%.s}.o" "$f" 2>../build.err ||
					{ echo "harness: $AS $f failed: $(head -3 ../build.err)"; exit 0; }
			done
			for f in *.c; do
				[ -f "$f" ] || continue
				# shellcheck disable=SC2086
				$CC $CCM $CFLAGS_CASE -c -o "${f%.c}.o" "$f" 2>../build.err ||
					{ echo "harness: $CC $f failed: $(head -3 ../build.err)"; exit 0; }
			done
			if [ -f prepare ]; then
				sh ./prepare >../build.err 2>&1 ||
					{ echo "harness: prepare failed: $(head -3 ../build.err)"; exit 0; }
			fi
		)
	fi

	if [ -z "$why" ]; then
		cp -R "$w/build" "$w/ref"
		cp -R "$w/build" "$w/test"
		wantmap=0
		[ -f "$src/compare" ] && sed 's/#.*//' "$src/compare" | grep -qw map && wantmap=1
		link "$w/ref" "$ref"
		tpath=
		[ $selftest = 1 ] && [ $target = arm ] && tpath=$tmp/armbin
		link "$w/test" klink "$tpath"
		rrc=$(cat "$w/ref.rc") trc=$(cat "$w/test.rc")
		want=0
		[ -f "$src/expect-exit" ] && want=$(sed -n 1p "$src/expect-exit")
		items="hdr sections segments symbols relocs bin nonalloc stderr"
		[ -f "$src/compare" ] && items=$(sed 's/#.*//' "$src/compare")
		if [ "$rrc" != "$want" ]; then
			why="oracle: $ref exited $rrc, the case expects $want: $(head -2 "$w/ref.err" | tr '\n' ' ')"
		elif [ "$trc" -gt 128 ] || [ "$trc" = 99 ] || [ "$trc" = 98 ] || [ "$trc" = 124 ]; then
			why="CRASH/sanitizer/timeout: klink exited $trc"
		elif [ "$trc" != "$rrc" ]; then
			why="exit status: ld.bfd $rrc, klink $trc: $(head -1 "$w/test.err")"
		elif [ "$trc" != 0 ] && [ -e "$w/test/out" ]; then
			why="klink left its output file behind after an error"
		elif [ -e "$w/ref/out" ] && [ ! -e "$w/test/out" ]; then
			why="no output file from klink"
		elif [ ! -e "$w/ref/out" ] && [ -e "$w/test/out" ]; then
			why="klink wrote an output file, ld.bfd did not"
		else
			differs=
			case " $(echo $items) " in *" stderr "*)
				sed -e 's/^ld\.bfd:/klink:/' -e 's/^arm-linux-gnueabi-ld\.bfd:/klink:/' \
					"$w/ref.err" > "$w/stderr.ref"
				cp "$w/test.err" "$w/stderr.test"
				cmp -s "$w/stderr.ref" "$w/stderr.test" || differs=" stderr"
				# what goes to stdout (-M, --print-memory-usage, ...) too
				if ! cmp -s "$w/ref.stdout" "$w/test.stdout"; then
					differs="$differs stdout"
					diff -u "$w/ref.stdout" "$w/test.stdout" > "$w/stdout.diff"
				fi
			esac
			if [ -e "$w/ref/out" ]; then
				views "$w/ref"
				views "$w/test"
				for v in $items; do
					[ "$v" = stderr ] && continue
					if [ "$v" = map ]; then
						cp "$w/ref/out.map" "$w/ref.map" 2>/dev/null || echo "no map" > "$w/ref.map"
						cp "$w/test/out.map" "$w/test.map" 2>/dev/null || echo "no map from klink" > "$w/test.map"
					fi
					case $v in
						hdr|sections|segments|symbols|relocs|bin|nonalloc|map) ;;
						*) why="harness: unknown compare item '$v'"; break ;;
					esac
					if ! cmp -s "$w/ref.$v" "$w/test.$v"; then
						differs="$differs $v"
						[ "$v" = bin ] || diff -u "$w/ref.$v" "$w/test.$v" > "$w/$v.diff"
					fi
				done
			fi
			[ -n "$differs" ] && [ -z "$why" ] && why="differs:$differs"
			[ -f "$w/stderr.ref" ] && ! cmp -s "$w/stderr.ref" "$w/stderr.test" &&
				diff -u "$w/stderr.ref" "$w/stderr.test" > "$w/stderr.diff"
		fi
	fi

	case $why in
		harness:*|oracle:*) echo "FAIL $name: $why" > "$res" ;;
		"") if is_known "$name"; then
				echo "XPASS $name (remove from known-failures)" > "$res"
			else
				echo "PASS $name" > "$res"
			fi ;;
		*) if is_known "$name"; then
				echo "XFAIL $name" > "$res"
			else
				echo "FAIL $name: $why" > "$res"
			fi ;;
	esac
	rm -rf "${keep:?}/$name"
	case $(cat "$res") in
		PASS*|XPASS*) ;;
		*) mkdir -p "$keep" && cp -R "$w" "$keep/$name" 2>/dev/null ;;
	esac
	rm -rf "$w"
}

if [ $# -gt 0 ]; then
	cases=$*
else
	cases=$(cd "$casedir" && for d in */; do
		d=${d%/}
		case $d in errors|examples) continue ;; esac
		echo "$d"
	done)
fi
for name in $cases; do
	if [ ! -f "$casedir/$name/args" ]; then
		if [ -d "$casedir/$name" ]; then
			echo "FAIL $name: harness: no args file" > "$tmp/res/$name"
			continue
		fi
		echo "golden.sh: no case $name (testdata/$name/args)" >&2
		echo "0 passed, 1 failed, 0 xfail"
		exit 1
	fi
done

# run the cases, $jobs at a time (worker k takes every jobs-th case)
k=0
while [ $k -lt "$jobs" ]; do
	(
		i=0
		for name in $cases; do
			[ -f "$casedir/$name/args" ] || continue
			[ $((i % jobs)) = $k ] && run_case "$name"
			i=$((i + 1))
		done
	) &
	k=$((k + 1))
done
wait

pass=0 fail=0 xfail=0
for name in $cases; do
	if [ ! -f "$tmp/res/$name" ]; then
		line="FAIL $name: harness: no result"
	else
		line=$(cat "$tmp/res/$name")
	fi
	echo "$line"
	case $line in
		PASS*) pass=$((pass + 1)) ;;
		XFAIL*) xfail=$((xfail + 1)) ;;
		*) fail=$((fail + 1)) ;;
	esac
done
[ $fail -gt 0 ] && echo "(files of failing cases: $keep/<case>/)"
echo "$pass passed, $fail failed, $xfail xfail"
[ $fail = 0 ]
