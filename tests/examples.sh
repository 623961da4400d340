#!/bin/sh
# tests/examples.sh KLINK [EXAMPLE...]
#
# The bundled examples (testdata/examples/<name>/, what `make demo` shows)
# must link to the very same bytes with KLINK as with GNU ld.bfd.  For each
# example directory (one with an `args` file):
#   1. copy it to a scratch directory, run its `prepare` (sh) if there is one,
#   2. assemble every *.s with `as --64` (plus the options in `asflags`),
#   3. link with ld.bfd and with KLINK, same arguments, `-o ref.out` /
#      `-o test.out`,
#   4. PASS when both succeed and `cmp` finds the files identical.
# On a difference it names the views that differ (readelf: header, sections,
# segments, symbols, relocs; shstrtab-order: the section-name strings;
# bytes: objcopy -O binary) and keeps the files in $KLINK_EXAMPLES_KEEP (default
# /tmp/klink-examples)/<name>/.  Ends with `N passed, M failed`.
set -u
LC_ALL=C
export LC_ALL
: "${ASAN_OPTIONS:=detect_leaks=0:exitcode=99}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:exitcode=98}"
export ASAN_OPTIONS UBSAN_OPTIONS

KLINK=${1:?usage: tests/examples.sh KLINK [EXAMPLE...]}
shift
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
here=$(cd "$(dirname "$0")" && pwd)
exdir=$(dirname "$here")/testdata/examples
keep=${KLINK_EXAMPLES_KEEP:-/tmp/klink-examples}
REF=${KLINK_REF_LD:-ld.bfd}

if [ $# = 0 ]; then
	for d in "$exdir"/*/; do
		[ -f "$d/args" ] && set -- "$@" "$(basename "$d")"
	done
fi

# build_example NAME DIR: copies and assembles the example into DIR
build_example() {
	mkdir -p "$2" && cp -R "$exdir/$1/." "$2/" || return 1
	(
		cd "$2" || exit 1
		if [ -f prepare ]; then sh ./prepare || exit 1; fi
		asflags=
		[ -f asflags ] && asflags=$(cat asflags)
		for s in *.s; do
			# shellcheck disable=SC2086  # asflags is a list of options
			as --64 $asflags -o "${s%.s}.o" "$s" || exit 1
		done
	)
}

mkdir -p "$keep" || exit 2
pass=0 fail=0
for name in "$@"; do
	if [ ! -f "$exdir/$name/args" ]; then
		echo "FAIL $name: no such example (testdata/examples/$name/args)"
		fail=$((fail + 1))
		continue
	fi
	w=$keep/$name
	rm -rf "$w"
	if ! build_example "$name" "$w" > "$w.build.log" 2>&1; then
		echo "FAIL $name: assembling failed: $(head -1 "$w.build.log")"
		fail=$((fail + 1))
		continue
	fi
	rm -f "$w.build.log"
	# the arguments, one per line (no spaces inside an argument)
	args=$(grep -v '^$' "$w/args" | tr '\n' ' ')
	# shellcheck disable=SC2086
	(cd "$w" && $REF $args -o ref.out) > "$w/ref.log" 2>&1
	rrc=$?
	# shellcheck disable=SC2086
	(cd "$w" && "$KLINK" $args -o test.out) > "$w/test.log" 2>&1
	trc=$?
	if [ $rrc != 0 ]; then
		echo "FAIL $name: $REF itself failed (rc=$rrc): $(head -1 "$w/ref.log")"
		fail=$((fail + 1))
	elif [ $trc != 0 ] || [ ! -f "$w/test.out" ]; then
		echo "FAIL $name: klink failed (rc=$trc): $(head -1 "$w/test.log")"
		fail=$((fail + 1))
	elif cmp -s "$w/ref.out" "$w/test.out"; then
		echo "PASS $name"
		pass=$((pass + 1))
		rm -rf "$w"
	else
		views=
		for v in h:header S:sections l:segments s:symbols r:relocs; do
			readelf -W -"${v%%:*}" "$w/ref.out" > "$w/ref.${v#*:}" 2>&1
			readelf -W -"${v%%:*}" "$w/test.out" > "$w/test.${v#*:}" 2>&1
			if ! diff -u "$w/ref.${v#*:}" "$w/test.${v#*:}" > "$w/${v#*:}.diff"; then
				views="$views ${v#*:}"
			else
				rm -f "$w/${v#*:}.diff"
			fi
		done
		# section names: same set, but in another order in .shstrtab?
		readelf -W -p .shstrtab "$w/ref.out" > "$w/ref.shstrtab" 2>&1
		readelf -W -p .shstrtab "$w/test.out" > "$w/test.shstrtab" 2>&1
		diff -u "$w/ref.shstrtab" "$w/test.shstrtab" > "$w/shstrtab.diff" &&
			rm -f "$w/shstrtab.diff" || views="$views shstrtab-order"
		objcopy -O binary "$w/ref.out" "$w/ref.bin" 2>/dev/null
		objcopy -O binary "$w/test.out" "$w/test.bin" 2>/dev/null
		cmp -s "$w/ref.bin" "$w/test.bin" || views="$views bytes"
		echo "FAIL $name: outputs differ (${views# }; see $w/*.diff)"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
