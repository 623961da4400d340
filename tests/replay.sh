#!/bin/sh
# tests/replay.sh KLINK
#
# Kernel replay: relinks captured Linux 6.1 links with KLINK and with GNU
# ld.bfd and compares the outputs, through ../shared/kernel/replay.sh (PASS
# means the loaded bytes, section headers, program headers, symbols and
# kept relocations are all identical).  Its per-fixture lines are passed
# through; a PASS whose build-id differs from GNU ld's is counted as a
# failure (the build-id hashes nearly the whole file).
#
# Replayed: the links klink is expected to pass today, the static
# executables linked with -T, in the x86_64 (tiny) and x86_64-defconfig
# sets: vmlinux.kallsyms1, vmlinux.kallsyms2, vmlinux,
# arch_x86_boot_setup.elf, arch_x86_realmode_rm_realmode.elf; and of the
# arm set: arch_arm_boot_compressed_vmlinux, vmlinux.kallsyms1,
# vmlinux.kallsyms2, vmlinux (armsteps).
# Every other fixture is listed as SKIP with the reason (-r/-pie/-shared
# output: issue 5; arm: issue 4) and counted as skipped, never as passed.
#
# The defconfig set is unpacked on first use (~100 MB under
# /tmp/klink-kernel-fixtures, KLINK_FIXTURES overrides).
# Outputs, logs and diffs go to a directory of this run's own (REPLAY_OUT
# overrides), kept only when a fixture failed.
# Env: KLINK_REPLAY=0 skips the whole replay; KLINK_REPLAY=tiny replays
# only the x86_64 tiny set (seconds instead of about half a minute).
# Without ../shared/kernel it prints a SKIP line.
# Ends with `N passed, M failed, K skipped`; exit 1 on any failure.
set -u
KLINK=${1:?usage: tests/replay.sh KLINK}
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
shared=$(dirname "$top")/shared/kernel
case $KLINK in /*) ;; *) KLINK=$(pwd)/$KLINK ;; esac
: "${ASAN_OPTIONS:=detect_leaks=0:exitcode=99}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:exitcode=98}"
export ASAN_OPTIONS UBSAN_OPTIONS

if [ ! -x "$shared/replay.sh" ]; then
	echo "SKIP: ../shared/kernel not found (kernel replay tests skipped)"
	exit 0
fi
mode=${KLINK_REPLAY:-1}
case $mode in
	0) echo "SKIP: kernel replay disabled (KLINK_REPLAY=0)"; exit 0 ;;
	tiny) sets="x86_64" ;;
	*) sets="x86_64 x86_64-defconfig" ;;
esac
if [ ! -x "$KLINK" ]; then
	echo "replay.sh: $KLINK is not an executable" >&2
	echo "0 passed, 1 failed"
	exit 1
fi

# the links klink supports today
steps="vmlinux.kallsyms1 vmlinux.kallsyms2 vmlinux arch_x86_boot_setup.elf arch_x86_realmode_rm_realmode.elf"

case $sets in
	*defconfig*) root=$("$shared/fixtures.sh" all) || exit 1 ;;
	*) root=$("$shared/fixtures.sh" tiny) || exit 1 ;;
esac

# the arm links klink supports today (the arm set comes with the tiny one)
armsteps="arch_arm_boot_compressed_vmlinux vmlinux.kallsyms1 vmlinux.kallsyms2 vmlinux"

want=
for s in $sets; do
	for st in $steps; do
		want="$want $s/$st"
	done
done
for st in $armsteps; do
	want="$want arm/$st"
done

# a directory of our own for the outputs, logs and diffs: replay.sh's
# default (/tmp/klink-replay/<name of LD>) is shared by every run of a
# linker called klink, and two runs at once would delete each other's files
out=${REPLAY_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/klink-replay.XXXXXX")}
mkdir -p "$out" || exit 1
log=$out/replay.log
start=$(date +%s)
# shellcheck disable=SC2086  # $want is a list of fixture names
REPLAY_OUT=$out bash "$shared/replay.sh" "$KLINK" $want > "$log" 2>&1
rc=$?
end=$(date +%s)
grep -v -e '^[0-9]* passed, [0-9]* failed' -e '^diffs and logs: ' "$log"
# shellcheck disable=SC2046
set -- $(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1 \2/p' "$log" | tail -1)
pass=${1:-0} fail=${2:-0}
if [ $# = 0 ]; then
	echo "FAIL: ../shared/kernel/replay.sh exited $rc without a summary"
	fail=1
elif [ "$rc" != 0 ] && [ "$fail" = 0 ]; then
	echo "FAIL: ../shared/kernel/replay.sh exited $rc"
	fail=1
fi
# the build-id is a hash of nearly the whole file (headers, every section
# but the symbol and string tables): klink's must equal ld.bfd's too
bid=$(grep -c '^PASS .*buildid=diff' "$log")
if [ "$bid" -gt 0 ]; then
	echo "FAIL: $bid fixture(s) above pass but with another build-id than GNU ld's (the files differ)"
	pass=$((pass - bid))
	fail=$((fail + bid))
fi
echo "replay time: $((end - start)) s"
# keep the diffs only when something failed
if [ "$fail" = 0 ] && [ -z "${REPLAY_OUT:-}" ]; then
	rm -rf "$out"
else
	echo "diffs and logs: $out"
fi

# the fixtures not replayed, with the reason
skip=0
for meta in $(find "$root" -mindepth 3 -maxdepth 3 -name meta | sort); do
	fx=$(dirname "$meta")
	st=$(basename "$fx")
	set_=$(basename "$(dirname "$fx")")
	case " $want " in *" $set_/$st "*) continue ;; esac
	arch=$(sed -n 's/^arch=//p' "$meta")
	kind=$(sed -n 's/^kind=//p' "$meta")
	case $arch:$kind in
		arm*) why="not yet supported: this arm link (issue 4)" ;;
		*:relocatable) why="not yet supported: -r output (issue 5)" ;;
		*:pie) why="not yet supported: -pie output (issue 5)" ;;
		*:shared) why="not yet supported: -shared output (issue 5)" ;;
		*) why="not replayed: set not selected (KLINK_REPLAY=$mode)" ;;
	esac
	printf 'SKIP %-45s %s\n' "$set_/$st" "$why"
	skip=$((skip + 1))
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
