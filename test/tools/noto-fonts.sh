#!/bin/sh
# Unpacks Debian's fonts-noto-core into test/fixtures/.fonts/noto/ (gitignored) for
# test/fixtures/fonts-noto.conf, WITHOUT installing it: the machine's fonts and defaults stay as
# they are, and only a process started with FONTCONFIG_FILE=test/fixtures/fonts-noto.conf sees
# Noto. Needs apt-get and dpkg-deb (Debian/Ubuntu), not root unless the package lists are empty.
# Does nothing when the fonts are already there.
set -eu
cd "$(dirname "$0")/../fixtures"
dest=.fonts/noto
[ -d "$dest" ] && exit 0
mkdir -p .fonts
tmp=$(mktemp -d .fonts/tmp.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# As root, apt downloads as _apt, which cannot write into our folder: let it download as us.
download() { (cd "$tmp" && apt-get download -qq -o APT::Sandbox::User="$(id -un)" fonts-noto-core); }
# A fresh machine has no package lists yet: fetch them once (as root) and try again.
download 2>/dev/null || { apt-get update -qq && download; }
dpkg-deb -x "$tmp"/fonts-noto-core_*.deb "$tmp/x"
# One rename, so an interrupted run never leaves a half-filled folder that looks done.
mv "$tmp/x/usr/share/fonts/truetype/noto" "$dest"
echo "test/fixtures/$dest: $(ls "$dest" | wc -l) fonts from $(basename "$tmp"/fonts-noto-core_*.deb)"
