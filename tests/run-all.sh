#!/bin/sh
# tests/run-all.sh "MAKECMD" BUILDDIR [UNITBIN...]
#
# What `make check` runs (after building ./klink):
#   1. builds the Check unit test binaries with MAKECMD (the Makefile passes
#      "make SANITIZE=..."), runs each (Check prints its own summary line:
#      "100%: Checks: N, Failures: F, Errors: E")
#   2. tests/corpus.sh  - every script in the corpus dumps to a fixed point
#   3. tests/errors.sh  - malformed scripts give GNU ld's messages
#   4. tests/golden.sh  - link cases in testdata/ compared with ld.bfd
#   5. tests/examples.sh - the bundled examples (testdata/examples/) link
#                         to the same bytes as with ld.bfd
#   6. tests/glibc-static.sh - a static hello world against the system's
#                         glibc (gcc's own ld command line), the same bytes
#                         as with ld.bfd (skipped without gcc/static libc)
#   7. tests/replay.sh  - kernel links replayed (when ../shared/kernel exists;
#                         KLINK_REPLAY=0 skips it)
# using BUILDDIR/klink, the binary of this build (under SANITIZE=1 the
# sanitized one), adds up the counts, and ends with the line
#   N passed, M failed[, K skipped][, X xfail]
# (a suite skipped as a whole counts as one skipped; xfail: golden cases
# listed in testdata/known-failures that fail as expected, never counted
# as passed). Exit 1 on any failure.
set -u
LC_ALL=C
export LC_ALL
if [ $# -lt 2 ]; then
	echo "usage: tests/run-all.sh \"MAKECMD\" BUILDDIR [UNITBIN...]" >&2
	exit 2
fi
makecmd=$1 build=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
klink=$build/klink

# "allocate freely, free nothing before exit": LeakSanitizer would flag the
# policy itself.  Own exit codes for sanitizer reports, never mistaken for 1.
: "${ASAN_OPTIONS:=detect_leaks=0:exitcode=99}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:exitcode=98}"
export ASAN_OPTIONS UBSAN_OPTIONS

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klink-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0 skip=0 xfail=0
summary=

# note PART P F S [X]: adds to the totals and to the summary table
note() {
	pass=$((pass + $2)) fail=$((fail + $3)) skip=$((skip + $4)) xfail=$((xfail + ${5:-0}))
	if [ "${5:-0}" -gt 0 ]; then
		summary="$summary$(printf '  %-28s %5d passed, %d failed, %d skipped, %d xfail' "$1" "$2" "$3" "$4" "$5")
"
	else
		summary="$summary$(printf '  %-28s %5d passed, %d failed, %d skipped' "$1" "$2" "$3" "$4")
"
	fi
}

# ---------------------------------------------------------------- unit tests
if [ $# -gt 0 ]; then
	echo "== unit tests"
	# shellcheck disable=SC2086  # $makecmd is a command line
	if ! $makecmd "$@" > "$tmp/build.log" 2>&1; then
		cat "$tmp/build.log"
		echo "FAIL building the unit tests"
		note "unit (build)" 0 1 0
	fi
	for t in "$@"; do
		name=$(basename "$t")
		if [ ! -x "$t" ]; then
			echo "FAIL $name: not built"
			note "unit $name" 0 1 0
			continue
		fi
		CK_FORK=yes "$t" > "$tmp/unit.log" 2>&1
		rc=$?
		cat "$tmp/unit.log"
		# Check: "NN%: Checks: N, Failures: F, Errors: E" (one per runner)
		# shellcheck disable=SC2046  # the awk output is two words
		set -- $(awk '/^[0-9]+%: Checks: [0-9]+, Failures: [0-9]+, Errors: [0-9]+/ {
				gsub(/,/, ""); n += $3; f += $5; e += $7; seen = 1 }
				END { if (seen) print n - f - e, f + e; else print "none" }' "$tmp/unit.log")
		if [ "$1" = none ]; then
			echo "FAIL $name: exited $rc without a Check summary"
			note "unit $name" 0 1 0
		elif [ $rc != 0 ] && [ "$2" = 0 ]; then
			echo "FAIL $name: exited $rc"
			note "unit $name" "$1" 1 0
		else
			note "unit $name" "$1" "$2" 0
		fi
	done
fi

# ---------------------------------------------------------------- scripts
# run_suite NAME SCRIPT: runs tests/SCRIPT on klink, shows its output, and
# takes the counts from its last "N passed, M failed[, K skipped|xfail]" line
run_suite() {
	echo "== $1"
	sh "$here/$2" "$klink" > "$tmp/suite.log" 2>&1
	rc=$?
	cat "$tmp/suite.log"
	# shellcheck disable=SC2046  # the awk output is five numbers
	set -- "$1" $rc $(awk '
		/^[0-9]+ passed, [0-9]+ failed/ {
			gsub(/,/, ""); p = $1; f = $3; s = 0; x = 0; seen = 1
			for (i = 6; i <= NF; i += 2) {
				if ($i == "skipped") s = $(i - 1)
				if ($i == "xfail") x = $(i - 1)
			} }
		/^SKIP: / { ws++ }
		END { if (!seen) { p = 0; f = 0; s = 0; x = 0 } ; print p + 0, f + 0, s + ws, seen + 0, x + 0 }' "$tmp/suite.log")
	name=$1 rc=$2 p=$3 f=$4 s=$5 seen=$6 x=$7
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		echo "FAIL $name: exited $rc"
		f=1
	elif [ "$seen" = 0 ] && [ "$s" = 0 ]; then
		echo "FAIL $name: no \"N passed, M failed\" line"
		f=1
	fi
	note "$name" "$p" "$f" "$s" "$x"
}

if [ ! -x "$klink" ]; then
	echo "FAIL: $klink not built"
	note "klink" 0 1 0
else
	run_suite corpus corpus.sh
	run_suite errors errors.sh
	run_suite golden golden.sh
	run_suite examples examples.sh
	run_suite glibc-static glibc-static.sh
	run_suite replay replay.sh
fi

echo "== summary"
printf '%s' "$summary"
line="$pass passed, $fail failed"
[ $skip -gt 0 ] && line="$line, $skip skipped"
[ $xfail -gt 0 ] && line="$line, $xfail xfail"
echo "$line"
[ $fail = 0 ]
