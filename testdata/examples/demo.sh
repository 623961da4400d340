#!/bin/sh
# testdata/examples/demo.sh KLINK [EXAMPLE]
#
# What `make demo` runs: builds one bundled example (default: zimage, a
# compressed-kernel style image), links it with KLINK using its linker
# script, and prints the result: sections and segments (readelf -lSW) and
# the symbols in address order (nm -n), the script's among them.  Then it
# links the same objects with GNU ld.bfd and says whether the two output
# files are byte for byte identical (cmp), with the differing readelf
# lines when they are not.  Exit status: 0 when klink linked the example
# (identical or not: this is a demonstration; tests/examples.sh is the
# test), 1 when a link failed.  Work files go to a temporary directory that is
# removed at the end (KLINK_DEMO_KEEP=DIR keeps them in DIR instead).
set -u
LC_ALL=C
export LC_ALL
KLINK=${1:?usage: testdata/examples/demo.sh KLINK [EXAMPLE]}
name=${2:-zimage}
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
here=$(cd "$(dirname "$0")" && pwd)
src=$here/$name
if [ ! -f "$src/args" ]; then
	echo "demo: no example $name in $here" >&2
	exit 2
fi
if [ -n "${KLINK_DEMO_KEEP:-}" ]; then
	w=$KLINK_DEMO_KEEP
	rm -rf "$w"
	mkdir -p "$w"
else
	w=$(mktemp -d "${TMPDIR:-/tmp}/klink-demo.XXXXXX")
	trap 'rm -rf "$w"' EXIT INT TERM
fi
cp -R "$src/." "$w/"
cd "$w" || exit 1

rule() { printf '\n==== %s\n' "$*"; }

rule "example: testdata/examples/$name"
cat README 2>/dev/null

# build: the example's own preparation (e.g. making the blob), then `as`
if [ -f prepare ]; then sh ./prepare || exit 1; fi
asflags=
[ -f asflags ] && asflags=$(cat asflags)
for s in *.s; do
	echo "\$ as --64 ${asflags:+$asflags }-o ${s%.s}.o $s"
	# shellcheck disable=SC2086
	as --64 $asflags -o "${s%.s}.o" "$s" || exit 1
done
args=$(grep -v '^$' args | tr '\n' ' ')

rule "link with klink"
echo "\$ klink ${args}-o $name"
# shellcheck disable=SC2086
if ! "$KLINK" $args -o "$name"; then
	echo "demo: klink failed to link $name"
	kfail=1
else
	kfail=0
	rule "sections and segments (readelf -lSW $name)"
	readelf -lSW "$name" | sed '/^Key to Flags/,/^  D (mbind)/d'
	rule "symbols by address (nm -n $name); the linker script defines these:"
	grep -oE '(^|[{;[:space:]])[A-Za-z_][A-Za-z0-9_]*[[:space:]]*=[^=]' script.lds |
		sed 's/[{;[:space:]=]//g' | grep -vE '^(ORIGIN|LENGTH)$' | sort -u | tr '\n' ' '
	echo
	nm -n "$name"
fi

rule "the same link with GNU ld.bfd"
echo "\$ ld.bfd ${args}-o $name.bfd"
# shellcheck disable=SC2086
if ! ld.bfd $args -o "$name.bfd"; then
	echo "demo: ld.bfd failed too"
	exit 1
fi
if [ $kfail = 1 ]; then
	echo "RESULT: ld.bfd links it, klink does not"
	exit 1
fi
if cmp "$name" "$name.bfd"; then
	echo "RESULT: identical - klink's output and GNU ld's are the same bytes"
else
	echo "RESULT: the outputs differ; readelf -hlSsW, GNU ld (-) vs klink (+):"
	readelf -hlSsW "$name.bfd" > bfd.txt
	readelf -hlSsW "$name" > klink.txt
	diff -u bfd.txt klink.txt | sed -n '3,$p' | grep '^[-+]'
fi
