#!/usr/bin/env bash
# Trunk's post-build hook, after the prerender: the English build of the page.
#
# Trunk builds the page's wasm with the Chinese words only (feature lang-zh in index.html). This
# builds the same app with the English words only (lang-en), the way Trunk builds its own
# (wasm-bindgen --target=web, then wasm-opt -Oz with the same options), names the files by their
# content, and tells boot.js where they are: data-js-en and data-wasm-en on its script tag. A
# visitor downloads one language; switching loads the other build.
#
# It also takes out Trunk's preload of the Chinese wasm and glue: an English visitor would
# download a wasm it never runs, and WebKit fetches a preloaded wasm a second time.
set -euo pipefail
stage=${TRUNK_STAGING_DIR:?run by trunk build}
profile=${TRUNK_PROFILE:-release}
target=${CARGO_TARGET_DIR:-target}
flag=()
[ "$profile" = release ] && flag=(--release)

cargo build --quiet --locked "${flag[@]}" --target wasm32-unknown-unknown --bin weiquan --features lang-en
out=$target/wasm-english
rm -rf "$out"
wasm-bindgen --target=web --no-typescript --out-dir="$out" --out-name=weiquan-en \
  "$target/wasm32-unknown-unknown/$profile/weiquan.wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --converge --strip-debug --strip-producers "$out/weiquan-en_bg.wasm" -o "$out/weiquan-en_bg.wasm"
fi
hash=$(cat "$out/weiquan-en_bg.wasm" "$out/weiquan-en.js" | sha256sum | cut -c1-16)
js=weiquan-en-$hash.js
wasm=weiquan-en-${hash}_bg.wasm
cp "$out/weiquan-en.js" "$stage/$js"
cp "$out/weiquan-en_bg.wasm" "$stage/$wasm"

python3 - "$stage/index.html" "$js" "$wasm" <<'PY'
import re, sys
path, js, wasm = sys.argv[1:]
html = open(path, encoding='utf-8').read()
html, n = re.subn(r'(<script type="module" src="[^"]*boot\.js" data-js="[^"]*" data-wasm="[^"]*")',
                  rf'\1 data-js-en="./{js}" data-wasm-en="./{wasm}"', html)
if n != 1:
    sys.exit('build-english: the boot.js script tag was not found in index.html')
html = re.sub(r'<link rel="(?:module)?preload" href="[^"]*weiquan-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>\s*', '', html)
open(path, 'w', encoding='utf-8').write(html)
PY
