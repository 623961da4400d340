#!/bin/sh
# expr-oracle.sh - check the expression table of tests/unit/check_expr.c against GNU ld.
#
#   sh tests/unit/expr-oracle.sh [--regen] [LD]
#
# Every row of check_expr.c's tables is linked with ld.bfd (the oracle, default
# /usr/bin/ld.bfd) in a script that builds the same world as the test's fake
# evaluation context: the same memory region, symbols and output sections, with
# `x = <expr>;` placed where the row's context says:
#
#   P  top level of SECTIONS, before any output section, after `. = 0x800;`
#   S  inside .data, after `. += 0x30` (so `.` is .data + 0x40)
#   T  top level after .bss and `. = 0x5000;` (ld makes `.` relative to .bss there)
#
# For V(...) rows, x's value and section (objdump -t: *ABS*, .text, .data, .bss)
# must equal the row's.  For E(...) rows, ld's stderr must contain "ld.bfd:" +
# the row's message (or "ld.bfd: " + message for failed ASSERTs).  The script is
# one line, so every message says line 1; the test names its file t.lds.
#
# B(...) rows (test_addr_bits) are linked for i386 (-m elf_i386) and compared
# by value: results are truncated to 32 bits only at the end.
#
# --regen prints every V row with ld's value and section instead (to fill in a
# new row; review it against the manual before committing).
# Prints "N passed, M failed" and exits 1 on any failure.

regen=0
if [ "$1" = "--regen" ]; then regen=1; shift; fi
LD=${1:-/usr/bin/ld.bfd}
here=$(cd "$(dirname "$0")" && pwd)
src=$here/check_expr.c
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo '.globl _start; _start: nop' | as -o "$tmp/a.o" - || exit 1

# The world.  Keep in step with the fake context in check_expr.c.
WORLD='MEMORY { ram : ORIGIN = 0x40000, LENGTH = 0x2000 } abs_sym = 0x500; SECTIONS { . = 0x800; @P .text 0x1000 : ALIGN(8) { *(.text) . = 0x20; tsym = .; } .data 0x2000 : AT(0x8000) ALIGN(16) { . = 0x10; dsym = .; . += 0x30; @S } .bss 0x3000 (NOLOAD) : { . += 0x80; bsym = .; . += 0x80; } . = 0x5000; @T }'
LDFLAGS='-z max-page-size=0x10000 -z common-page-size=0x1000 -Ttext-segment=0x10000'

# link CTX EXPR: writes $tmp/out, $tmp/err
link() {
	printf '%s\n' "$WORLD" | awk -v ctx="$1" -v e="$2" '{
		for (c = 1; c <= 3; c++) {
			k = substr("PST", c, 1)
			s = (k == ctx) ? "x = " e ";" : ""
			i = index($0, "@" k)
			$0 = substr($0, 1, i - 1) s substr($0, i + 2)
		}
		print }' > "$tmp/t.lds"
	rm -f "$tmp/out"
	(cd "$tmp" && $LD $LDFLAGS -o out -T t.lds a.o) 2>&1 |
		awk -v p="$LD" '{ if (index($0, p) == 1) $0 = "ld.bfd" substr($0, length(p) + 1); print }' > "$tmp/err"
}

# x's value and section name, e.g. "0000000000002010 .data"
xsym() {
	objdump -t "$tmp/out" | awk -F'\t' '{ n = split($1, a, " "); split($2, b, " ");
		if (b[2] == "x") print a[1], a[n] }'
}

unescape() { printf '%s' "$1" | sed 's/\\"/"/g; s/\\\\/\\/g'; }

pass=0; fail=0
secname() {
	case $1 in ABS) echo '*ABS*';; TEXT) echo .text;; DATA) echo .data;; BSS) echo .bss;; esac
}

# V(ctx, "expr", value, SECTION),
sed -n -E 's/^[[:space:]]*V\(([PST]), "(.*)", (0x[0-9a-fA-F]+), (ABS|TEXT|DATA|BSS)\),.*$/\1|\3|\4|\2/p' "$src" > "$tmp/vrows"
while IFS='|' read -r ctx val sec expr; do
	expr=$(unescape "$expr")
	link "$ctx" "$expr"
	if [ ! -f "$tmp/out" ]; then
		echo "FAIL V $ctx '$expr': ld failed: $(cat "$tmp/err")"; fail=$((fail + 1)); continue
	fi
	got=$(xsym)
	gval=0x$(printf '%s' "${got% *}" | sed 's/^0*\(.\)/\1/')
	gsec=${got#* }
	if [ $regen = 1 ]; then
		case $gsec in '*ABS*') s=ABS;; .text) s=TEXT;; .data) s=DATA;; .bss) s=BSS;; *) s="?$gsec";; esac
		qe=$(printf '%s' "$expr" | sed 's/\\/\\\\/g; s/"/\\"/g')
		printf '\tV(%s, "%s", %s, %s),\n' "$ctx" "$qe" "$gval" "$s"
		continue
	fi
	wval=$(printf '0x%x' "$val"); wsec=$(secname "$sec")
	if [ "$(printf '0x%x' "$gval")" = "$wval" ] && [ "$gsec" = "$wsec" ]; then
		pass=$((pass + 1))
	else
		echo "FAIL V $ctx '$expr': ld says $gval $gsec, table says $wval $wsec"; fail=$((fail + 1))
	fi
done < "$tmp/vrows"
[ $regen = 1 ] && exit 0

# E(ctx, "expr", STATUS, "message"),
sed -n -E 's/^[[:space:]]*E\(([PST]), "(.*)", (EV_[A-Z_]+), "(.*)"\),.*$/\1|\3|\4|\2/p' "$src" > "$tmp/erows"
while IFS='|' read -r ctx st msg expr; do
	expr=$(unescape "$expr"); msg=$(unescape "$msg")
	link "$ctx" "$expr"
	case $st in EV_ASSERT) want="ld.bfd: $msg";; *) want="ld.bfd:$msg";; esac
	if grep -qxF -- "$want" "$tmp/err"; then
		pass=$((pass + 1))
	else
		echo "FAIL E $ctx '$expr': want '$want', ld said: $(cat "$tmp/err")"; fail=$((fail + 1))
	fi
done < "$tmp/erows"

# B("expr", value), in test_addr_bits: a 32-bit target (ld.bfd -m elf_i386)
echo '.globl _start; _start: nop' | as --32 -o "$tmp/a32.o" - || exit 1
sed -n -E 's/^[[:space:]]*B\("(.*)", (0x[0-9a-fA-F]+)\),.*$/\2|\1/p' "$src" > "$tmp/brows"
while IFS='|' read -r val expr; do
	expr=$(unescape "$expr")
	printf 'SECTIONS { .text 0x1000 : { *(.text) } x = %s; }\n' "$expr" > "$tmp/b.lds"
	rm -f "$tmp/out"
	(cd "$tmp" && $LD -m elf_i386 -o out -T b.lds a32.o) > "$tmp/err" 2>&1
	got=$(nm "$tmp/out" 2>/dev/null | awk '$3 == "x" { print $1 }')
	if [ -n "$got" ] && [ "$(printf '0x%x' "0x$got")" = "$(printf '0x%x' "$val")" ]; then
		pass=$((pass + 1))
	else
		echo "FAIL B '$expr': ld says ${got:-$(cat "$tmp/err")}, table says $val"; fail=$((fail + 1))
	fi
done < "$tmp/brows"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
