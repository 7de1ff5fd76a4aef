#!/usr/bin/env bash
# Builds a copy of the working tree in a temporary folder, so several authors can check
# their content at once without touching each other's dist/ or .astro/ caches.
# Usage: bash tests/tools/try-build.sh [name]   (prints the build log's errors, exits non-zero on failure)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
name=${1:-$$}
work=/tmp/try-build-$name
rm -rf "$work" && mkdir -p "$work"
tar -C "$root" --exclude=./node_modules --exclude=./dist --exclude=./.astro --exclude=./.git -cf - . | tar -C "$work" -xf -
ln -s "$root/node_modules" "$work/node_modules"
cd "$work"
if ASTRO_TELEMETRY_DISABLED=1 "$root/node_modules/.bin/node" "$root/node_modules/astro/bin/astro.mjs" build > build.log 2>&1; then
  echo "Build OK: $(find dist -name index.html | wc -l) pages in $work/dist"
else
  grep -v '^\s*$' build.log | tail -40
  exit 1
fi
