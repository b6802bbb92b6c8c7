# Weiquan: `make serve` and `make test` install whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080

.PHONY: setup build serve test size screenshots clean

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

## Screenshots at 360x740 and 1280x800, zh and en, into docs/screenshots/ (the layout e2e test).
screenshots: build
	@python3 -m http.server 8182 --bind 127.0.0.1 --directory dist >/dev/null 2>&1 & server=$$!; sleep 1; \
	BASE_URL=http://127.0.0.1:8182/ SCREENSHOT_DIR=docs/screenshots node --test --test-name-pattern=screenshots e2e/layout.test.mjs; \
	status=$$?; kill $$server; exit $$status

clean:
	cargo clean
	rm -rf dist
