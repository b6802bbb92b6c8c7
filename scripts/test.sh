#!/usr/bin/env bash
# Runs every check and ends with one line: "Summary: N passed, M failed".
# Stages: rustfmt, clippy (native and wasm), native tests, wasm tests in headless Chromium,
# the release build, its size report, Playwright end-to-end tests against it. A failed stage does
# not stop the rest.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
passed=0 failed=0 broken=()

# A check that is one pass or one fail; its output is shown when it fails, or always with SHOW=1.
check() {
  local name=$1; shift
  echo "== $name"
  if "$@" >"$logs/$name.log" 2>&1; then
    passed=$((passed + 1))
    [ "${SHOW:-0}" = 1 ] && cat "$logs/$name.log"
  else
    cat "$logs/$name.log"; failed=$((failed + 1)); broken+=("$name")
  fi
  return 0
}

# A test suite whose runner reports counts; adds them up, and counts a crash as one failure.
suite() {
  local name=$1 kind=$2; shift 2
  echo "== $name"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]} p f
  if [ "$kind" = cargo ]; then
    p=$(grep -oE '[0-9]+ passed' "$logs/$name.log" | awk '{s+=$1} END {print s+0}')
    f=$(grep -oE '[0-9]+ failed' "$logs/$name.log" | awk '{s+=$1} END {print s+0}')
  else
    p=$(grep -oE '^ℹ pass [0-9]+' "$logs/$name.log" | awk '{s+=$3} END {print s+0}')
    f=$(grep -oE '^ℹ fail [0-9]+' "$logs/$name.log" | awk '{s+=$3} END {print s+0}')
  fi
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$status" -eq 0 ] || broken+=("$name")
}

check rustfmt cargo fmt --all --check
check clippy cargo clippy --all-targets --locked -- -D warnings
check clippy-wasm cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# The page's two builds, one language each (lang.rs): code that only one of them compiles.
check clippy-wasm-zh cargo clippy --locked --target wasm32-unknown-unknown --bin weiquan --features lang-zh -- -D warnings
check clippy-wasm-en cargo clippy --locked --target wasm32-unknown-unknown --bin weiquan --features lang-en -- -D warnings
suite native-tests cargo cargo test --locked
suite wasm-tests cargo cargo test --locked --target wasm32-unknown-unknown --test web
check release-build trunk build --release
SHOW=1 check size node scripts/size.mjs dist

suite e2e node scripts/with-server.sh node --test --test-reporter=spec --test-concurrency=1 e2e/

echo
[ ${#broken[@]} -eq 0 ] || echo "Failed stages: ${broken[*]}"
echo "Summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#broken[@]} -eq 0 ]
