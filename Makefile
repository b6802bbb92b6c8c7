# Weiquan: `make serve` and `make test` install whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080

.PHONY: setup build serve test size screenshots bench fuzz clean

setup:
	@scripts/setup.sh

## The release bundle in dist/.
build: setup
	trunk build --release

## Builds, then serves dist/ on http://127.0.0.1:$(PORT) (Ctrl-C stops).
serve: build
	@echo "Weiquan: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## fmt, clippy, native tests, wasm tests in headless Chromium, Playwright end-to-end; one summary line.
test: setup
	@scripts/test.sh

## gzip and brotli size of every file in dist/, against the budget.
size: build
	node scripts/size.mjs dist

## Screenshots at 360x740, 1280x800 and 1920x1080, zh and en, into docs/screenshots/ (the layout,
## guided-answer and classroom e2e tests).
screenshots: build
	SCREENSHOT_DIR=docs/screenshots scripts/with-server.sh node --test --test-name-pattern=screenshots e2e/layout.test.mjs
	SCREENSHOT_DIR=docs/screenshots scripts/with-server.sh node --test --test-concurrency=1 e2e/guided.test.mjs e2e/classroom.test.mjs

## Speed figures: the engine natively (cargo bench) and start-up in headless Chromium. Prints only.
bench: build
	cargo bench --bench engine
	node scripts/startup.mjs

## Coverage-guided fuzzing of the parsers, the stored form and the share link for FUZZ_SECONDS
## (default 600). Needs a nightly toolchain (tested: rustc 1.97.0-nightly 2026-05-19) and cargo-fuzz
## 0.13.1, installed here from rustup and crates.io when missing.
## Not part of `make test`; a crash lands in fuzz/artifacts/ with the input that caused it.
FUZZ_SECONDS ?= 600
fuzz:
	rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.1
	cargo +nightly fuzz run inputs fuzz/corpus/inputs -- -max_total_time=$(FUZZ_SECONDS) -max_len=4200

clean:
	cargo clean
	rm -rf dist
