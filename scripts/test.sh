#!/usr/bin/env bash
# Runs every test of Randnotiz, installing what is missing first (scripts/setup.sh):
#   format and lint checks, native `cargo test`, the wasm browser tests in headless Chromium and
#   Firefox (`wasm-pack test --headless`), the release page build (with its payload size), the
#   end-to-end tests of the page in headless Chromium (Playwright), and the benchmarks' figures.
# The last line is the summary `N passed, N failed`; the exit code is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export GECKODRIVER=${GECKODRIVER:-$HOME/.cargo/bin/geckodriver}

passed=0
failed=0
failures=()
LOGS=target/test-logs
mkdir -p "$LOGS"

# Adds the counts a runner printed in log $1 (cargo/wasm-bindgen-test or node --test format).
# Prints "P F" or nothing when the log holds no counts.
counts() {
  awk '
    /^test result: / { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i }; seen = 1 }
    /^# pass / { p += $3; seen = 1 }
    /^# fail / { f += $3; seen = 1 }
    END { if (seen) print p + 0, f + 0 }' "$1"
}

# step NAME COMMAND...: runs the command with its output shown and logged, then adds its test
# counts (or one pass/fail for the step itself when it prints none).
step() {
  local name=$1; shift
  local log="$LOGS/${name// /_}.log"
  echo
  echo "=== $name"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local c p f
  c=$(counts "$log")
  if [ -n "$c" ]; then
    read -r p f <<<"$c"
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  elif [ "$rc" -eq 0 ]; then p=1; f=0
  else p=0; f=1
  fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -gt 0 ] && failures+=("$name")
  echo "=== $name: $p passed, $f failed (exit $rc)"
}

# report NAME COMMAND...: runs a benchmark or report; it prints figures, not tests, so only a
# failure to run is counted.
report() {
  local name=$1; shift
  echo
  echo "=== $name"
  if "$@"; then echo "=== $name: done"; else failed=$((failed + 1)); failures+=("$name"); echo "=== $name: FAILED"; fi
}

if ! bash scripts/setup.sh; then
  echo "set-up failed"
  echo "0 passed, 1 failed"
  exit 1
fi

data_check() {
  local dir=../shared/data
  if [ -f "$dir/germeval2014/NER-de-dev.tsv" ] && [ -d "$dir/spkatt2023/train" ]; then
    echo "data found in $dir"
  elif [ "${CI:-}" = "true" ]; then
    echo "data missing: $dir (germeval2014, spkatt2023) must sit beside the checkout; under CI that is a failure"
    return 1
  else
    echo "data missing: $dir (germeval2014, spkatt2023); the data-dependent tests will say so and skip"
  fi
}

step "shared data" data_check
step "cargo fmt" cargo fmt --all -- --check
step "cargo clippy" cargo clippy --all-targets -- -D warnings
step "cargo clippy wasm32" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
step "cargo test" cargo test
step "wasm tests chrome" wasm-pack test --headless --chrome -- --test web --test timex_browser
step "wasm tests firefox" wasm-pack test --headless --firefox -- --test web --test timex_browser
step "page build" bash scripts/build-page.sh
step "e2e chromium" node --test tests/e2e/
report "benchmark native" cargo run --quiet --release --bin bench 1
report "benchmark chromium" node scripts/bench.mjs 1

echo
if [ ${#failures[@]} -gt 0 ]; then echo "failed steps: ${failures[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
