#!/bin/sh
# tests/deps.sh [--quiet]
#
# Installs with apt-get whatever is missing of klink's build and test
# dependencies: flex, bison, libelf (elfutils) headers, Check, pkg-config,
# make, a C compiler, GNU binutils for x86 and arm (the test oracle, ld.bfd,
# and the assemblers), xz-utils and python3 (kernel replay tests).
#
# Quick when everything is there: one `dpkg -s` per package, no network.
# `apt-get update` runs only when something is missing.
# --quiet: print nothing when nothing is missing.
# Not root: uses sudo when available, otherwise says what to install and
# exits 1.
set -eu

quiet=0
case ${1:-} in
	--quiet) quiet=1 ;;
	"") ;;
	*) echo "usage: tests/deps.sh [--quiet]" >&2; exit 2 ;;
esac

PKGS="flex bison libelf-dev check pkg-config make gcc binutils binutils-arm-linux-gnueabi xz-utils python3"

missing=
for p in $PKGS; do
	# dpkg -s succeeds for packages that were removed but not purged;
	# look at the status line instead.
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q ' installed$'; then
		missing="$missing $p"
	fi
done

if [ -z "$missing" ]; then
	[ $quiet = 1 ] || echo "deps: all present ($PKGS)"
	exit 0
fi

echo "deps: missing:$missing"

if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: apt-get not found; please install:$missing" >&2
	exit 1
fi

if [ "$(id -u)" = 0 ]; then
	SUDO=
elif command -v sudo >/dev/null 2>&1; then
	SUDO=sudo
else
	echo "deps: not root and no sudo; as root run:" >&2
	echo "  apt-get update && apt-get install -y$missing" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086  # word splitting of the package list is intended
$SUDO apt-get install -y -q --no-install-recommends $missing
echo "deps: installed:$missing"
