# soracom-async developer commands. Only python3 (>= 3.10) and make are needed: `make install`
# creates .venv and every other target uses it.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
RUNTIME_STAMP := $(VENV)/.runtime-stamp
HANDWRITTEN := soracom_async codegen tests bench examples docs

.PHONY: install spec generate check-generated bump-spec lint format test docs bench demo clean

install: $(STAMP)

# The SDK, its emulator and tqdm only: what `make demo` needs (no dev toolchain).
$(RUNTIME_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "python3 >= 3.10 is required")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[emulator,progress]'
	@touch $(RUNTIME_STAMP)

# Everything for development: linters, type checker, test runner, the generator.
$(STAMP): $(RUNTIME_STAMP)
	$(PY) -m pip install --quiet -e '.[emulator,progress,dev,docs]'
	@touch $(STAMP)

# The pinned OpenAPI document, verified, in build/spec/ (never committed).
spec: install
	$(PY) -m codegen.spec

# Regenerate soracom_async/_generated from the pin and our patches and templates.
generate: install
	$(PY) -m codegen.generate

# Fail if the committed generated layer differs from a fresh generation (skipped, with a
# note, when the pinned document cannot be had).
check-generated: install
	$(PY) -m codegen.generate --check

# Take a new vendor document: `make bump-spec SRC=<file or URL> [DOC=main|sandbox]` rewrites
# its pin, checks every patch, regenerates and writes openapi/CHANGES-<version>.md.
DOC ?= main
bump-spec: install
	@test -n "$(SRC)" || { echo "usage: make bump-spec SRC=<file or URL> [DOC=main|sandbox]"; exit 2; }
	$(PY) -m codegen.bump "$(SRC)" --document "$(DOC)"

lint: install
	$(PY) -m ruff check $(HANDWRITTEN)
	$(PY) -m ruff format --check $(HANDWRITTEN)
	$(PY) -m mypy soracom_async codegen tests bench examples docs
	$(VENV)/bin/basedpyright -p tests/typing/pyrightconfig.json tests/typing/user_code.py

format: install
	$(PY) -m ruff check --fix $(HANDWRITTEN)
	$(PY) -m ruff format $(HANDWRITTEN)

test: install lint check-generated docs
	$(PY) -m pytest

# The docs site, into build/site. --strict: a broken link, a missing anchor or any warning
# fails the build. The API and models reference are generated during it (docs/gen_reference.py).
docs: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet

# Every bench/bench_*.py (each records its rows in build/bench/), then bench/RESULTS.md from
# them (bench/report.py; BENCH_NOTE="..." adds a note, e.g. that the machine was busy).
bench: install
	@rm -rf build/bench
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done
	$(PY) bench/report.py

demo: $(RUNTIME_STAMP)
	$(PY) examples/fleet_speed_class.py

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
