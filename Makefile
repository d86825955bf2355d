# scrutrack: `make demo` sets up and runs the main job; `make test` runs every check.
# The venv's Python: the system's own (/usr/bin/python3) when it is 3.11 or later, else the
# first python3 on PATH; `make PY=...` chooses another. Distributions build theirs with profile-
# guided optimisation, which a default source build (pyenv's) lacks: every command runs about
# 10% faster on it (docs/speed.md).
PY ?= $(shell /usr/bin/python3 -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo /usr/bin/python3 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.dev-installed

.PHONY: help demo test test-slow lint unit bench corpus responses corpus-record variants docs report-png workbook-png chromium libreoffice clean
help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PY) -m venv $(VENV) || (rm -rf $(VENV) && python3 -m venv $(VENV))
	$(BIN)/python -m pip install -q --upgrade "pip>=25.1"

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEVSTAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -q --group dev
	touch $@

demo: $(STAMP)  ## Set up .venv and show what was overdue on the report's date
	$(BIN)/scrutrack overdue --as-of 2019-04-30
	@echo
	@echo "scrutrack is installed in $(VENV)/. To run it from this folder, either"
	@echo "  . $(VENV)/bin/activate       # once per terminal; then: scrutrack --help"
	@echo "or give its path each time:"
	@echo "  $(BIN)/scrutrack --help"

# The tests run on every core (pytest-xdist), each test file's tests in one worker, so that a file's
# shared fixture (the corpus's scores, say) is made once. `.venv/bin/python -m pytest` alone runs them one at a time.
XDIST := -n auto --dist loadscope

test: $(DEVSTAMP) lint chromium libreoffice  ## Lint, type-check and run the tests (some 2½ minutes on 2 cores, most of it the corpus; the report's in headless Chromium)
	$(BIN)/python -m pytest -rs $(XDIST)

test-slow: $(DEVSTAMP) chromium libreoffice  ## Every test, the slow ones too, with Hypothesis's full example counts (minutes; not in CI)
	SCRUTRACK_THOROUGH=1 $(BIN)/python -m pytest -m "slow or not slow" $(XDIST)

# Debian's chromium, which the report's browser tests drive through Playwright (never `playwright install`).
# Installed where it can be (root, with apt-get); elsewhere its tests are skipped and named at the end.
chromium:  ## Install Debian's chromium if it is missing and this is root on Debian (the browser tests need it)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	  else \
	    echo "chromium is missing and cannot be installed here (needs root and apt-get): its tests will be skipped"; \
	  fi; }

# Debian's LibreOffice Calc without its GUI: the update round's workbooks are opened, printed and re-saved
# in it as an owner's office program would. Where it cannot be installed (not root, not Debian) its
# tests are skipped, and named at the end of the run.
libreoffice:  ## Install Debian's LibreOffice Calc if it is missing and this is root on Debian (the workbook tests need it)
	@command -v soffice >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-calc-nogui; \
	  else \
	    echo "LibreOffice is missing and cannot be installed here (needs root and apt-get): its tests will be skipped"; \
	  fi; }

lint: $(DEVSTAMP)  ## ruff (lint and format), import-linter (layers, no cycles) and mypy (strict)
	$(BIN)/ruff check scrutrack tests bench
	$(BIN)/ruff format --check scrutrack tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(DEVSTAMP)  ## Time list/overdue on 10,000 and 100,000 records, and an update round, in a pty and redirected (slow; not in test)
	$(BIN)/python bench/bench.py --write docs/speed.md
	$(BIN)/python bench/rounds.py --write docs/speed.md

corpus: $(STAMP)  ## Score import minutes/tracker on tests/data/corpus/: per document exact, near, missed, junk, refused
	$(BIN)/python bench/corpus.py

responses: $(STAMP)  ## Score import response on tests/data/responses/: rows placed right, shown as uncertain, or wrong
	$(BIN)/python bench/responses.py --thresholds

variants: $(STAMP)  ## Score the corpus's text documents rewritten as other clerks write them (another introducer, numbering, wrapping)
	$(BIN)/python bench/variants.py

corpus-record: $(STAMP)  ## Record the corpus scores that tests/test_corpus.py holds (after an improvement)
	$(BIN)/python bench/corpus.py --record

docs: $(STAMP)  ## Regenerate docs/commands.md and the tables of docs/record-format.md from the code
	$(BIN)/python -m scrutrack.cli.docgen --write

report-png: $(DEVSTAMP) chromium  ## Redraw docs/report-first-page.png: the bundled records' report, first page
	mkdir -p .scrutrack
	$(BIN)/scrutrack report --committee cyp --as-of 2019-04-30 --since 2019-01-01 -o .scrutrack/tracker.html
	$(BIN)/python tests/browser.py .scrutrack/tracker.html docs/report-first-page.png

workbook-png: $(STAMP) libreoffice  ## Redraw docs/round-workbook.png: an owner's workbook as LibreOffice prints its first page
	@command -v pdftoppm >/dev/null 2>&1 || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils)
	$(BIN)/python tests/office.py docs/round-workbook.png

clean:  ## Remove the venv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .scrutrack
