#!/bin/sh
# tests/errors.sh KLINK [CASE...]
#
# Error cases: malformed scripts and bad command lines must give GNU ld's
# message and exit status 1, never a crash, and leave no output file.
#
# Each case is a directory testdata/errors/<name>/ holding the script(s) and
#   args        the arguments, one per line (the runner appends -o out);
#               `a.o` names a tiny object assembled here at test time from
#               `.globl _start; _start: nop`
#   needs-link  (optional) the error is only found while linking (evaluating
#               expressions, ASSERT, ...): the case is SKIPped, with the
#               reason given in this file, until klink can link (probed by
#               linking a.o); KLINK_ERRORS_ALL=1 runs them anyway
#   no-dump     (optional) skip the --dump-script check (see below)
#
# The expected stderr is produced now, by running ld.bfd with the same
# arguments in a copy of the case directory, and replacing the program name
# `ld.bfd` at the start of each line with `klink` (klink is run through a
# symlink named klink so that its argv[0] is "klink", as GNU ld prints
# argv[0]).  A case passes when
#   - ld.bfd exits 1 (else the case itself is broken: FAIL "oracle"),
#   - klink exits 1 and leaves no output file,
#   - klink's stderr equals ld.bfd's once the context klink adds after a
#     syntax error (the offending source line and a caret line under it) is
#     removed: every line ld.bfd gives, in order, nothing else,
#   - and, for cases whose args name a script (-T F, --script=F,
#     --version-script=F): `klink --dump-script F` (--dump-version-script for
#     version scripts) exits 1 and its first diagnostic line equals ld.bfd's.
# Prints PASS/FAIL/SKIP per case and ends with `N passed, M failed[, K skipped]`.
set -u
LC_ALL=C
export LC_ALL
# "allocate freely, free nothing before exit": leaks are by design.  Give
# sanitizer failures their own exit codes so they never pass for exit 1.
: "${ASAN_OPTIONS:=detect_leaks=0:exitcode=99}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:exitcode=98}"
export ASAN_OPTIONS UBSAN_OPTIONS

KLINK=${1:?usage: tests/errors.sh KLINK [CASE...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
casedir=$top/testdata/errors
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
if [ ! -x "$KLINK" ]; then
	echo "errors.sh: $KLINK is not an executable" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
for tool in ld.bfd as; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "errors.sh: $tool not found (run make deps)" >&2
		echo "0 passed, 1 failed"
		exit 1
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klink-errors.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/bin"
ln -s "$KLINK" "$tmp/bin/klink"
PATH=$tmp/bin:$PATH
export PATH
TO="timeout 60"
command -v timeout >/dev/null 2>&1 || TO=

printf '.globl _start\n_start: nop\n' > "$tmp/a.s"
if ! as -o "$tmp/a.o" "$tmp/a.s"; then
	echo "errors.sh: cannot assemble a.o" >&2
	echo "0 passed, 1 failed"
	exit 1
fi

# Can klink link yet?  (Then needs-link cases run too.)
can_link=0
(cd "$tmp" && $TO klink a.o -o probe.out) >/dev/null 2>&1 && [ -f "$tmp/probe.out" ] && can_link=1
[ "${KLINK_ERRORS_ALL:-0}" = 1 ] && can_link=1

# Drop the context klink prints after a diagnostic: a caret line (optional
# gutter such as "  3 | ", then ^ and ~ marks) and the source line before it.
strip_context() {
	awk '
		function caret(s) { return s ~ /^[ \t]*([0-9]*[ \t]*\|)?[ \t]*\^[~^]*[ \t]*$/ }
		{ line[NR] = $0 }
		END {
			for (i = 1; i <= NR; i++) {
				if (i < NR && caret(line[i + 1])) { i++; continue }
				if (caret(line[i])) continue
				print line[i]
			}
		}' "$1"
}

# run_args DIR OUTNAME PROG: runs PROG with the case args in DIR, stderr in
# DIR/PROG.err, status in DIR/PROG.rc
run_args() {
	(
		cd "$1" || exit 2
		out=$2 prog=$3
		set --
		while IFS= read -r a || [ -n "$a" ]; do set -- "$@" "$a"; done < args
		$TO "$prog" "$@" -o "$out" >/dev/null 2>"$prog.err"
	)
	echo $? > "$1/$3.rc"
}

pass=0; fail=0; skip=0
if [ $# -gt 0 ]; then cases=$*; else cases=$(cd "$casedir" && ls); fi
for name in $cases; do
	src=$casedir/$name
	[ -f "$src/args" ] || continue
	if [ -f "$src/needs-link" ] && [ $can_link = 0 ]; then
		echo "SKIP $name: needs linking, not implemented yet ($(head -1 "$src/needs-link"))"
		skip=$((skip + 1))
		continue
	fi
	w=$tmp/case-$name
	cp -R "$src" "$w"
	cp "$tmp/a.o" "$w/a.o"
	why=

	run_args "$w" ref.out ld.bfd
	run_args "$w" test.out klink
	rrc=$(cat "$w/ld.bfd.rc"); trc=$(cat "$w/klink.rc")
	sed 's/^ld\.bfd/klink/' "$w/ld.bfd.err" > "$w/expected"
	strip_context "$w/klink.err" > "$w/got"

	if [ "$rrc" != 1 ]; then
		why="oracle: ld.bfd exited $rrc, not 1 (broken case)"
	elif [ "$trc" -gt 128 ] || [ "$trc" = 99 ] || [ "$trc" = 98 ] || [ "$trc" = 124 ]; then
		why="CRASH/sanitizer/timeout: klink exited $trc"
	elif [ "$trc" != 1 ]; then
		why="klink exited $trc, not 1"
	elif [ -e "$w/test.out" ]; then
		why="klink left its output file behind"
	elif ! cmp -s "$w/expected" "$w/got"; then
		why="stderr differs"
	fi

	# the same error from --dump-script, for cases with a script (a syntax
	# error; errors found only while linking are not the parser's)
	if [ -z "$why" ] && [ ! -f "$src/no-dump" ] && [ ! -f "$src/needs-link" ]; then
		dopt=; dfile=
		prev=
		while IFS= read -r a || [ -n "$a" ]; do
			case $prev in -T) dopt=--dump-script; dfile=$a ;; esac
			case $a in
				--script=*) dopt=--dump-script; dfile=${a#--script=} ;;
				-Ttext* | -Tdata* | -Tbss* | -Trodata-segment* | -Tldata-segment*) ;;
				-T?*) dopt=--dump-script; dfile=${a#-T} ;;
				--version-script=*) dopt=--dump-version-script; dfile=${a#--version-script=} ;;
			esac
			case $prev in --script) dopt=--dump-script; dfile=$a ;;
				--version-script) dopt=--dump-version-script; dfile=$a ;; esac
			prev=$a
		done < "$src/args"
		if [ -n "$dopt" ]; then
			(cd "$w" && $TO klink "$dopt" "$dfile" >/dev/null 2>dump.err)
			drc=$?
			strip_context "$w/dump.err" | head -1 > "$w/dump.first"
			head -1 "$w/expected" > "$w/expected.first"
			if [ "$drc" != 1 ]; then
				why="klink $dopt $dfile exited $drc, not 1"
			elif ! cmp -s "$w/expected.first" "$w/dump.first"; then
				why="klink $dopt $dfile: first line differs"
				cp "$w/dump.err" "$w/got"
			fi
		fi
	fi

	if [ -z "$why" ]; then
		echo "PASS $name"
		pass=$((pass + 1))
	else
		echo "FAIL $name: $why"
		echo "  expected: $(sed -n 1p "$w/expected")"
		sed -n '2,4s/^/            /p' "$w/expected"
		echo "  got:      $(sed -n 1p "$w/got")"
		sed -n '2,4s/^/            /p' "$w/got"
		fail=$((fail + 1))
	fi
done

if [ $skip -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ $fail = 0 ]
