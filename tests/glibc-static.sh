#!/bin/sh
# tests/glibc-static.sh KLINK
#
# A static C program linked against the system's glibc: hello.c is
# compiled with gcc -O1, `gcc -static -v` tells the linker command line
# gcc would run (collect2: crt1.o crti.o crtbeginT.o ... --start-group
# -lgcc -lgcc_eh -lc --end-group crtend.o crtn.o), and that command line
# is run with ld.bfd and with KLINK.  PASS when both outputs are the same
# bytes (cmp) and the program KLINK made prints what it should.
# x86_64 always; i386 when gcc -m32 can link a static program.  A target
# is skipped (a "SKIP:" line) when gcc or the static libc is missing.
# Ends with `N passed, M failed[, K skipped]`.
set -u
LC_ALL=C
export LC_ALL
: "${ASAN_OPTIONS:=detect_leaks=0:exitcode=99}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:exitcode=98}"
export ASAN_OPTIONS UBSAN_OPTIONS

KLINK=${1:?usage: tests/glibc-static.sh KLINK}
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
REF=${KLINK_REF_LD:-ld.bfd}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/klink-glibc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0 skip=0

# the linker arguments of `gcc -static -v`, without the LTO plugin and -o
collect2_args() {
	gcc "$@" -static -v hello.o -o gcc.out 2>&1 | awk '
		$1 ~ /collect2$/ {
			out = ""
			for (i = 2; i <= NF; i++) {
				if ($i == "-plugin" || $i == "-o") { i++; continue }
				if ($i ~ /^-plugin-opt=/) continue
				out = out " " $i
			}
			print out
		}'
}

# one TARGET with gcc's FLAGS
check() {
	target=$1
	shift
	d=$tmp/$target
	mkdir -p "$d" && cd "$d" || return
	printf '#include <stdio.h>\nint main(void){puts("hi");return 0;}\n' > hello.c
	if ! command -v gcc > /dev/null 2>&1; then
		echo "SKIP: $target: no gcc"
		skip=$((skip + 1))
		return
	fi
	if ! gcc "$@" -c -O1 hello.c -o hello.o 2> /dev/null ||
	   ! gcc "$@" -static hello.o -o gcc.out 2> /dev/null; then
		echo "SKIP: $target: gcc $* cannot link a static program (no static libc?)"
		skip=$((skip + 1))
		return
	fi
	args=$(collect2_args "$@")
	if [ -z "$args" ]; then
		echo "FAIL $target: no collect2 command line in gcc -v"
		fail=$((fail + 1))
		return
	fi
	# shellcheck disable=SC2086  # $args is a command line
	if ! "$REF" $args -o ref.out > ref.err 2>&1; then
		echo "SKIP: $target: $REF fails: $(head -1 ref.err)"
		skip=$((skip + 1))
		return
	fi
	# shellcheck disable=SC2086
	if ! "$KLINK" $args -o test.out > test.err 2>&1; then
		echo "FAIL $target: klink fails: $(head -3 test.err)"
		fail=$((fail + 1))
		return
	fi
	sed 's/^[^:]*ld\.bfd:/klink:/' ref.err > ref.msg
	sed 's/^[^:]*klink:/klink:/' test.err > test.msg
	if ! cmp -s ref.out test.out; then
		why=
		for v in -h -S -l -s -r; do
			readelf -W $v ref.out > a.txt 2>&1
			readelf -W $v test.out > b.txt 2>&1
			cmp -s a.txt b.txt || why="$why readelf$v"
		done
		echo "FAIL $target: output differs from $REF's:${why:- bytes only}"
		fail=$((fail + 1))
	elif ! cmp -s ref.msg test.msg; then
		echo "FAIL $target: messages differ from $REF's"
		fail=$((fail + 1))
	elif [ "$(./test.out)" != hi ]; then
		echo "FAIL $target: the program does not print hi"
		fail=$((fail + 1))
	else
		echo "PASS $target"
		pass=$((pass + 1))
	fi
}

check x86_64
check i386 -m32
if [ "$skip" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" = 0 ]
