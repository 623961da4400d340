#!/bin/sh
# tests/replay.sh KLINK
#
# Kernel replay: relinks the captured Linux 6.1 links (x86_64 and arm tiny
# fixtures) with KLINK and with GNU ld.bfd, and compares the outputs, by
# running ../shared/kernel/replay.sh; its per-fixture lines and its final
# `N passed, M failed` are passed through, and so is its exit status.
#
# Opt-in until the linking engine lands (issue 3): without KLINK_REPLAY=1 it
# prints a SKIP line.  Without ../shared/kernel it prints a SKIP line too.
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
if [ "${KLINK_REPLAY:-0}" != 1 ]; then
	echo "SKIP: kernel replay disabled until the linking engine lands (set KLINK_REPLAY=1)"
	exit 0
fi
if [ ! -x "$KLINK" ]; then
	echo "replay.sh: $KLINK is not an executable" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
exec bash "$shared/replay.sh" "$KLINK" x86_64 arm
