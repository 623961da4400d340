#!/bin/sh
# tests/corpus.sh KLINK
#
# The script corpus: every script must parse, and dump -> parse -> dump must
# be a fixed point:
#   KLINK --dump-script F  > d1     (must succeed)
#   KLINK --dump-script d1 > d2     (must succeed, and d1 == d2)
# Version scripts go through --dump-version-script the same way.
#
# The corpus, collected at test time (nothing here is committed):
#   kernel   the linker scripts of the Linux 6.1 fixtures in ../shared/kernel
#            (fixtures.sh tiny, and defconfig when its tarball is there):
#            each fixture's -T/--script= argument; identical files are tested
#            once.  The VERSION { ... } blocks found in them are also tested
#            as stand-alone version scripts, as are --version-script files.
#   gnu-ld   GNU ld's built-in default scripts, from `ld --verbose` of the
#            installed linkers (x86_64, -m elf_i386, arm-linux-gnueabi-ld)
#            with -r, -Ur, -pie, -shared, -z combreloc/nocombreloc,
#            -z separate-code/noseparate-code, -z relro -z now, -N, -n:
#            every distinct script once
#   testdata the repository's own scripts: those named by each case's args
#            (as for the kernel), and any other testdata/**/*.lds (*.ver as
#            version scripts) that no script INCLUDEs; not testdata/errors/
#            (malformed on purpose)
# Prints PASS/FAIL per script and ends with `N passed, M failed`.
# Env: KLINK_CORPUS_KEEP=DIR keeps the collected scripts and dumps in DIR.
set -u
LC_ALL=C
export LC_ALL
: "${ASAN_OPTIONS:=detect_leaks=0:exitcode=99}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:exitcode=98}"
export ASAN_OPTIONS UBSAN_OPTIONS

KLINK=${1:?usage: tests/corpus.sh KLINK}
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
if [ ! -x "$KLINK" ]; then
	echo "corpus.sh: $KLINK is not an executable" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
TO="timeout 120"
command -v timeout >/dev/null 2>&1 || TO=

if [ -n "${KLINK_CORPUS_KEEP:-}" ]; then
	tmp=$KLINK_CORPUS_KEEP
	rm -rf "$tmp"; mkdir -p "$tmp"
else
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/klink-corpus.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT INT TERM
fi
mkdir -p "$tmp/scripts" "$tmp/out"
list=$tmp/list         # lines: kind<TAB>label<TAB>file
sums=$tmp/sums         # cksums of the files already in the list
: > "$list"; : > "$sums"
n=0
TAB=$(printf '\t')

# add KIND LABEL FILE: adds FILE unless a file with the same bytes is in already
add() {
	s=$(cksum < "$3")
	if grep -qxF "$1 $s" "$sums"; then return 0; fi
	echo "$1 $s" >> "$sums"
	printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$list"
}

# version_blocks FILE OUTPREFIX: writes the inside of each top-level
# `VERSION { ... }` of a linker script to OUTPREFIX.N (comments ignored)
version_blocks() {
	awk -v out="$2" '
		{ buf = buf $0 "\n" }
		END {
			# blank out comments, keeping newlines and offsets
			t = buf; s = ""
			while ((i = index(t, "/*")) > 0) {
				j = index(substr(t, i + 2), "*/")
				if (j == 0) { j = length(t) - i - 1 }
				c = substr(t, i, j + 3); gsub(/[^\n]/, " ", c)
				s = s substr(t, 1, i - 1) c
				t = substr(t, i + j + 3)
			}
			s = s t
			k = 0; p = 1
			while (match(substr(s, p), /(^|[^A-Za-z0-9_.$])VERSION[ \t\n]*\{/)) {
				start = p + RSTART - 1 + RLENGTH   # just after the {
				d = 1; q = start
				while (q <= length(s) && d > 0) {
					ch = substr(s, q, 1)
					if (ch == "{") d++
					else if (ch == "}") d--
					q++
				}
				if (d != 0) break
				k++
				printf "%s", substr(buf, start, q - 1 - start) > (out "." k)
				close(out "." k)
				p = q
			}
		}' "$1"
}

# scan_args ARGS LABEL: adds the scripts that an args file (one argument a
# line, paths relative to its directory) names with -T F, -TF, --script=F,
# --script F (and the version scripts of --version-script), and the VERSION
# blocks of those scripts.  -Ttext=, -Tdata, -Tbss, -Ttext-segment... are
# addresses, not scripts.
scan_args() {
	fx=$(dirname "$1")
	prev=
	while IFS= read -r a || [ -n "$a" ]; do
		f=; kind=script
		case $prev in
			-T | --script) f=$a ;;
			--version-script) f=$a; kind=version ;;
		esac
		case $a in
			--script=*) f=${a#--script=} ;;
			-Ttext* | -Tdata* | -Tbss* | -Trodata-segment* | -Tldata-segment*) ;;
			-T?*) f=${a#-T} ;;
			--version-script=*) f=${a#--version-script=}; kind=version ;;
		esac
		prev=$a
		[ -n "$f" ] || continue
		case $f in /*) ;; *) f=$fx/$f ;; esac
		if [ ! -f "$f" ]; then
			echo "corpus.sh: $2: script $f not found" >&2
			continue
		fi
		echo "$f" >> "$tmp/named"
		add $kind "$2: $(basename "$f")" "$f"
		if [ $kind = script ]; then
			n=$((n + 1))
			version_blocks "$f" "$tmp/scripts/kver$n"
			for v in "$tmp/scripts/kver$n".*; do
				[ -f "$v" ] && add version "$2: VERSION of $(basename "$f")" "$v"
			done
		fi
	done < "$1"
}
: > "$tmp/named"

# ---------------------------------------------------------------- (a) kernel
shared=$(dirname "$top")/shared/kernel
if [ -x "$shared/fixtures.sh" ]; then
	sets=tiny
	[ -f "$shared/fixtures-defconfig.tar.xz" ] && sets="tiny defconfig"
	for set_ in $sets; do
		if ! root=$("$shared/fixtures.sh" "$set_"); then
			echo "FAIL kernel fixtures: $shared/fixtures.sh $set_ failed"
			echo "0 passed, 1 failed"
			exit 1
		fi
		case $set_ in tiny) dirs="$root/x86_64 $root/arm" ;; *) dirs=$root/x86_64-defconfig ;; esac
		# shellcheck disable=SC2086  # $dirs is a list
		for argsf in $(find $dirs -name args -type f | sort); do
			fx=$(dirname "$argsf")
			scan_args "$argsf" "kernel $(basename "$(dirname "$fx")")/$(basename "$fx")"
		done
	done
else
	echo "SKIP: ../shared/kernel not found (kernel scripts not in the corpus)"
fi

# ---------------------------------------------------------------- (b) GNU ld
# The default script is printed between two lines of '=' by --verbose.
for ldcmd in "ld" "ld -m elf_i386" "arm-linux-gnueabi-ld"; do
	# shellcheck disable=SC2086  # split "ld -m elf_i386" into words
	set -- $ldcmd
	if ! command -v "$1" >/dev/null 2>&1; then
		echo "SKIP: $1 not installed (run make deps)"
		continue
	fi
	for v in "" "-r" "-Ur" "-pie" "-shared" \
		"-z nocombreloc" "-z separate-code" "-z noseparate-code" \
		"-z nocombreloc -z noseparate-code" "-z relro -z now" \
		"-pie -z nocombreloc" "-pie -z noseparate-code" "-pie -z relro -z now" \
		"-shared -z nocombreloc" "-shared -z noseparate-code" "-shared -z relro -z now" \
		"-N" "-n"; do
		n=$((n + 1))
		f=$tmp/scripts/gnu$n.lds
		# shellcheck disable=SC2086  # $ldcmd and $v are word lists
		$ldcmd $v --verbose 2>/dev/null | awk '/^==================================================/ { n++; next } n == 1' > "$f"
		if [ ! -s "$f" ]; then
			echo "FAIL gnu-ld: $ldcmd $v --verbose printed no script"
			echo "gnu-ld: $ldcmd $v" >> "$tmp/collect-failures"
			continue
		fi
		add script "gnu-ld: $ldcmd${v:+ $v}" "$f"
	done
done

# ---------------------------------------------------------------- (c) testdata
# The scripts each case's args names, then any other *.lds / *.ver that is
# neither named by an args file nor INCLUDEd by a script beside it (a
# fragment such as the body of an output section is tested through the
# script that includes it).
if [ -d "$top/testdata" ]; then
	for argsf in $(find "$top/testdata" -path "$top/testdata/errors" -prune -o \
			-name args -type f -print | sort); do
		scan_args "$argsf" "testdata $(basename "$(dirname "$argsf")")"
	done
	for f in $(find "$top/testdata" -path "$top/testdata/errors" -prune -o \
			\( -name '*.lds' -o -name '*.ver' \) -type f -print | sort); do
		grep -qxF "$f" "$tmp/named" && continue
		b=$(basename "$f")
		if grep -qE "INCLUDE[[:space:]]+\"?$(echo "$b" | sed 's/[.[\*^$]/\\&/g')" \
				"$(dirname "$f")"/* 2>/dev/null; then
			continue
		fi
		case $f in *.ver) kind=version ;; *) kind=script ;; esac
		add $kind "testdata: ${f#"$top"/testdata/}" "$f"
	done
fi

# ---------------------------------------------------------------- run
pass=0; fail=0
if [ -f "$tmp/collect-failures" ]; then
	fail=$(wc -l < "$tmp/collect-failures")
fi
i=0
while IFS="$TAB" read -r kind label f; do
	i=$((i + 1))
	case $kind in version) opt=--dump-version-script ;; *) opt=--dump-script ;; esac
	d1=$tmp/out/$i.d1; d2=$tmp/out/$i.d2; e=$tmp/out/$i.err
	# run where the script lives, so that INCLUDE finds its files
	(cd "$(dirname "$f")" && $TO "$KLINK" $opt "$f") > "$d1" 2> "$e"
	rc=$?
	why=
	if [ $rc != 0 ]; then
		why="$opt exited $rc: $(head -1 "$e")"
	elif [ -s "$e" ]; then
		why="$opt wrote to stderr: $(head -1 "$e")"
	else
		(cd "$tmp/out" && $TO "$KLINK" $opt "$d1") > "$d2" 2> "$e"
		rc=$?
		if [ $rc != 0 ]; then
			why="dump does not parse back ($opt exited $rc): $(head -1 "$e")"
		elif ! cmp -s "$d1" "$d2"; then
			why="not a fixed point: $(diff "$d1" "$d2" | grep -c '^[<>]') lines differ, first: $(diff "$d1" "$d2" | grep -m1 '^[<>]')"
		fi
	fi
	if [ -z "$why" ]; then
		echo "PASS $label"
		pass=$((pass + 1))
	else
		echo "FAIL $label: $why"
		case $f in "$tmp"/*) echo "     (rerun with KLINK_CORPUS_KEEP=DIR to keep $f)" ;;
			*) echo "     file: $f" ;; esac
		fail=$((fail + 1))
	fi
done < "$list"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
