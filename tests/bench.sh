#!/bin/sh
# tests/bench.sh KLINK [RUNS]
#
# `make bench`: times KLINK, GNU ld.bfd and LLVM ld.lld on the largest
# captured kernel link, x86_64-defconfig/vmlinux (../shared/kernel
# fixtures, 83 MB of inputs; unpacked on first use), with the link's own
# arguments.  Each linker runs once to warm the page cache, then RUNS
# times (default 5); printed: the median wall time, the median peak RSS
# (maximum resident set size), and the ratios klink/ld.bfd and
# klink/ld.lld (below 1: klink is faster or smaller).
#
# Wall time and peak RSS come from a small python3 wrapper (monotonic
# clock; getrusage(RUSAGE_CHILDREN).ru_maxrss), so nothing beyond the
# test dependencies is needed (no /usr/bin/time).  A linker that exits
# non-zero is reported as failed and left out of the ratios; one that is
# not installed is skipped (ld.lld: `apt-get install lld`).  LLVM lld 14
# (Debian 12) refuses --no-warn-rwx-segments, which only silences a GNU ld
# warning; it is dropped from lld's arguments (and the script says so).
# Not part of `make check`.  Run it on an otherwise idle machine.
set -u
LC_ALL=C
export LC_ALL
KLINK=${1:?usage: tests/bench.sh KLINK [RUNS]}
RUNS=${2:-5}
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
here=$(cd "$(dirname "$0")" && pwd)
shared=$(dirname "$(dirname "$here")")/shared/kernel
fixture=x86_64-defconfig/vmlinux

if [ ! -x "$shared/fixtures.sh" ]; then
	echo "bench: ../shared/kernel not found; nothing to measure (skipped)"
	exit 0
fi
root=$("$shared/fixtures.sh" defconfig) || exit 1
fx=$root/$fixture
if [ ! -f "$fx/args" ]; then
	echo "bench: no fixture $fx (skipped)"
	exit 0
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/klink-bench.XXXXXX")
trap 'rm -rf "$out"' EXIT INT TERM

# measure OUT LD: runs LD with the fixture's arguments once, prints
# "rc seconds maxrss_kb"
cat > "$out/measure.py" <<'EOF'
import os, resource, subprocess, sys, time
fx, dest, ld = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(os.path.join(fx, "args")) as f:
    args = [l.rstrip("\n") for l in f if l.rstrip("\n") != ""]
drop = os.environ.get("BENCH_DROP", "").split()
args = [a for a in args if a not in drop]
t0 = time.monotonic()
with open(dest + ".log", "w") as log:
    rc = subprocess.call(ld + args + ["-o", dest], cwd=fx, stdout=log, stderr=log)
t1 = time.monotonic()
print(rc, "%.3f" % (t1 - t0), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
EOF

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "bench: $fixture ($(grep -c . "$fx/args") arguments), $RUNS runs each after one warm-up run"
results=
for name in klink ld.bfd ld.lld; do
	drop=
	case $name in
		klink) ld=$KLINK ;;
		*) ld=$(command -v "$name" || true) ;;
	esac
	# lld 14 does not know GNU ld 2.39's --no-warn-rwx-segments (it only
	# silences a warning): without it lld refuses the whole link
	if [ "$name" = ld.lld ] && [ -n "$ld" ] && grep -qx -- --no-warn-rwx-segments "$fx/args" &&
		! "$ld" --no-warn-rwx-segments --version > /dev/null 2>&1; then
		drop=--no-warn-rwx-segments
		echo "bench: $name does not accept --no-warn-rwx-segments; left out of its arguments"
	fi
	if [ -z "$ld" ] || [ ! -x "$ld" ]; then
		echo "bench: $name not found (skipped)"
		continue
	fi
	: > "$out/$name.times"
	: > "$out/$name.rss"
	failed=0
	i=0
	while [ $i -le "$RUNS" ]; do
		# shellcheck disable=SC2046
		set -- $(BENCH_DROP=$drop python3 "$out/measure.py" "$fx" "$out/$name.out" "$ld")
		if [ "$1" != 0 ]; then
			echo "bench: $name FAILED on $fixture (exit status $1):"
			head -5 "$out/$name.out.log" | sed 's/^/    /'
			failed=1
			break
		fi
		if [ $i -gt 0 ]; then
			echo "$2" >> "$out/$name.times"
			echo "$3" >> "$out/$name.rss"
		fi
		rm -f "$out/$name.out"
		i=$((i + 1))
	done
	[ $failed = 1 ] && continue
	t=$(median < "$out/$name.times")
	m=$(median < "$out/$name.rss")
	printf '  %-8s median %7.3f s   peak RSS %8.1f MB   (runs: %s)\n' "$name" "$t" \
		"$(echo "$m" | awk '{ print $1 / 1024 }')" "$(tr '\n' ' ' < "$out/$name.times" | sed 's/ $//')"
	results="$results $name:$t:$m"
done

get() { for r in $results; do case $r in "$1":*) echo "$r" | cut -d: -f"$2" ;; esac; done; }
kt=$(get klink 2) km=$(get klink 3)
for other in ld.bfd ld.lld; do
	ot=$(get $other 2) om=$(get $other 3)
	if [ -n "$kt" ] && [ -n "$ot" ]; then
		awk -v a="$kt" -v b="$ot" -v c="$km" -v d="$om" -v n="$other" 'BEGIN {
			printf "  klink/%-7s time %.2fx   peak RSS %.2fx\n", n, a / b, c / d }'
	fi
done
