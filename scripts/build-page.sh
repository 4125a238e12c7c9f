#!/usr/bin/env bash
# Builds the page into target/site/: the release wasm (optimized by binaryen's wasm-opt from npm)
# plus www/. Prints the gzipped payload. Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

SITE=target/site
# The wasm is optimized for size (native release builds use opt-level 3).
export CARGO_PROFILE_RELEASE_OPT_LEVEL=${CARGO_PROFILE_RELEASE_OPT_LEVEL:-s}
rm -rf "$SITE"
mkdir -p "$SITE"
wasm-pack --quiet build --release --target web --no-typescript --no-pack \
  --out-dir "$SITE/pkg" --out-name randnotiz . 2>&1 | grep -v 'failed to get wasm-pack version' || true
[ -f "$SITE/pkg/randnotiz_bg.wasm" ] || { echo "[build] wasm build failed" >&2; exit 1; }
rm -f "$SITE/pkg/.gitignore"
cp -r www/. "$SITE/"

total=0
report=""
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  report+=$(printf '  %-28s %9d B raw %9d B gzipped' "${f#"$SITE"/}" "$raw" "$gz")$'\n'
done < <(find "$SITE" -type f | sort)
printf '[build] page payload in %s:\n%s' "$SITE" "$report"
awk -v t="$total" 'BEGIN { printf "[build] total gzipped payload: %d B (%.1f KB; budget 1024 KB)\n", t, t / 1024 }'
