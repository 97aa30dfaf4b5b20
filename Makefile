# Handen. A newcomer needs two commands:
#   make run    build everything (release) and serve http://127.0.0.1:8080
#   make test   every test: core, API, wasm in Chromium, end-to-end in Chromium
# Both install missing tools first (scripts/bootstrap) and are quick when
# everything is there.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= auto

# First page load budget (brotli, KiB): see DEVELOPERS.md.
BUDGET_KIB := 150
NATIVE := -p handen-core -p handen-server
WASM_TARGET := --target wasm32-unknown-unknown

.PHONY: help run test bootstrap build app server size lint fmt bench bench-load fuzz \
        test-core test-api test-api-postgres test-schema test-wasm test-e2e clean

help:
	@echo "make run    build and serve Handen on http://127.0.0.1:8080 (SQLite, demo data)"
	@echo "make test   run every test"
	@echo "make size   first page load, raw and brotli"
	@echo "make lint   cargo fmt --check and clippy -D warnings"
	@echo "make bench-load  sign-ups per second over HTTP (SQLite, PostgreSQL) into docs/benchmarks.md"
	@echo "make bench  benchmarks: fit and duplicate engines natively and in headless Chromium, the sign-up check"
	@echo "make fuzz   fuzz every core parser and the CSV import, FUZZ_SECONDS (30) per target"

bootstrap:
	@scripts/bootstrap

run: bootstrap build
	target/release/handen serve --demo

build: server app

server:
	cargo build --release --locked -p handen-server

# The four browser apps (sign-up; self-service in dist/account/; the
# recruiters' in dist/staff/; the employers' in dist/employers/), optimised
# (wasm-opt -Oz, terser) and
# precompressed, into dist/.
app: server
	scripts/build-app target/release/handen

# Each app's first page load, against the budget.
PAGES := --page index.html --page account/index.html --page staff/index.html --page employers/index.html

size: app
	target/release/handen assets size dist $(PAGES) --budget-kib $(BUDGET_KIB)

test: bootstrap
	scripts/test

lint:
	cargo fmt --all --check
	cargo clippy --locked $(NATIVE) --all-targets -- -D warnings
	cargo clippy --locked -p handen-app $(WASM_TARGET) --all-targets -- -D warnings

fmt:
	cargo fmt --all

test-core:
	cargo test --locked -p handen-core --features synthetic

test-api:
	cargo test --locked -p handen-server

# The same API suite against PostgreSQL, in a throwaway cluster on loopback.
test-api-postgres:
	scripts/with-postgres cargo test --locked -p handen-server --test api

# schemathesis against GET /api/openapi.json of a debug server (bounded).
test-schema:
	cargo build --locked -p handen-server
	scripts/test-schema target/debug/handen

test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	cargo test --locked -p handen-app $(WASM_TARGET) --test wasm

# Sign-ups per second and latency over HTTP, SQLite and PostgreSQL, into
# docs/benchmarks.md (wrk from Debian; loopback only, bounded runs).
bench-load: bootstrap server
	scripts/with-postgres scripts/bench-load target/release/handen

# Speed targets are measured here, never asserted in tests.
bench: bootstrap
	cargo bench --locked -p handen-core --bench fit
	cargo bench --locked -p handen-core --features synthetic --bench dedup
	cargo run --locked --release -p handen-server -- bench-check --registrations 1000000
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	cargo test --locked --profile wasm-release -p handen-app $(WASM_TARGET) --test wasm_bench -- --nocapture 2>&1 \
	  | grep -E "wasm bench|test result"

# cargo-fuzz on stable Rust (RUSTC_BOOTSTRAP=1): see docs/fuzzing.md.
fuzz:
	scripts/fuzz

test-e2e:
	cd tests/e2e && HANDEN_BIN=$(CURDIR)/target/debug/handen HANDEN_DIST=$(CURDIR)/dist npm test

clean:
	cargo clean
	rm -rf dist
