# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: install demo test test-fast lint bench browser clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,vocab]'
	touch $(STAMP)

demo: install
	$(VENV)/bin/phistream scan sample_data/exports --out $(OUT) --overwrite

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

test: install lint browser
	$(PY) -m pytest -q -n auto

test-fast: install
	$(PY) -m pytest -q -n auto -m "not slow and not ner"

bench: install
	$(PY) benchmarks/bench_accuracy.py
	$(PY) benchmarks/bench_detectors.py
	$(VENV)/bin/phistream bench sample_data/exports --compare presidio

# The report test renders report.html in Debian's headless Chromium (tests only).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
