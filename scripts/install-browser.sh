#!/usr/bin/env bash
# Installs what the portal's real-browser test (search-web .../web/browser) needs, from Debian's
# packages: Chromium, its ChromeDriver, and a CJK font so Chinese text renders as glyphs rather
# than boxes in screenshots. Idempotent and quiet when everything is already there; prints one
# clear line and exits non-zero when it cannot install (the test then fails with its own message).
#
# Why Debian's packages: this machine (and CI) reaches no browser download site, so a test tool's
# own browser download fails; Debian's chromium and chromium-driver come from the same build and
# so always match each other's version.
set -uo pipefail

# Package → a file it installs; a package is installed only when its file is missing.
PACKAGES=(chromium chromium-driver fonts-noto-cjk)
declare -A PROVIDES=(
  [chromium]=/usr/bin/chromium
  [chromium-driver]=/usr/bin/chromedriver
  [fonts-noto-cjk]=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
)

missing=()
for p in "${PACKAGES[@]}"; do
  [ -e "${PROVIDES[$p]}" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: cannot install ${missing[*]} (not root); run as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: cannot install ${missing[*]}: no apt-get on this machine (needs Debian's packages)" >&2
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
# Another apt run (a colleague, unattended upgrades) holds the lock for a while: wait for it, do not fail.
if ! apt-get -o DPkg::Lock::Timeout=300 update >"$log" 2>&1; then
  echo "install-browser: cannot install ${missing[*]}: 'apt-get update' failed: $(grep -m1 -E '^(E|W):' "$log" || tail -n 1 "$log")" >&2
  exit 1
fi
if ! apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
  echo "install-browser: cannot install ${missing[*]}: $(grep -m1 '^E:' "$log" || tail -n 1 "$log")" >&2
  exit 1
fi
for p in "${missing[@]}"; do
  if [ ! -e "${PROVIDES[$p]}" ]; then
    echo "install-browser: installed $p but ${PROVIDES[$p]} is still missing" >&2
    exit 1
  fi
done
exit 0
