# Two commands a newcomer needs: `make figures` (the analysis) and `make test` (the tests).
# Both create .venv/ from requirements.lock on first use; only Python 3.11+ and make are needed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
CHECK_DIR := $(CURDIR)/build/check
# A second environment with matplotlib < 3.11, where Arabic goes through the reshaper.
OLD_VENV := .venv-mpl310
OLD_PY := $(OLD_VENV)/bin/python
OLD_INSTALLED := $(OLD_VENV)/.installed

# Headless Chromium for the browser test (Debian's package; Playwright drives it).
CHROMIUM ?= /usr/bin/chromium

.PHONY: figures analyse test unit notebooks-test old-matplotlib-test browser-test lab notebooks lock clean

$(INSTALLED): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11 (or newer)")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(INSTALLED)

$(OLD_INSTALLED): requirements-mpl310.lock pyproject.toml
	test -x $(OLD_PY) || $(PYTHON) -m venv $(OLD_VENV)
	$(OLD_PY) -m pip install --quiet --upgrade pip
	$(OLD_PY) -m pip install --quiet -r requirements-mpl310.lock
	$(OLD_PY) -m pip install --quiet --no-deps -e .
	touch $(OLD_INSTALLED)

## figures: run every notebook headless; writes figures/ and data/processed/
figures: $(INSTALLED)
	$(PY) scripts/run_notebooks.py

## analyse: run every notebook on your own article: make analyse ARTICLE=path/to/article.txt
## (executed notebooks, figures and tables go to outputs/<article name>/, git-ignored)
analyse: $(INSTALLED)
	@test -n "$(ARTICLE)" || { echo "Name the article: make analyse ARTICLE=path/to/article.txt"; exit 2; }
	$(PY) scripts/run_notebooks.py --article "$(ARTICLE)"

## test: unit tests (on matplotlib 3.11+ and < 3.11), the notebooks under nbval, figures/ up to date,
## and the notebooks in JupyterLab in headless Chromium (when Chromium is installed; always in CI)
test: unit old-matplotlib-test notebooks-test browser-test

unit: $(INSTALLED)
	$(PY) -m pytest tests

old-matplotlib-test: $(OLD_INSTALLED)
	$(OLD_PY) -m pytest tests

notebooks-test: $(INSTALLED)
	rm -rf $(CHECK_DIR)
	ANALYSIS_OUTPUT_DIR=$(CHECK_DIR) $(PY) -m pytest --nbval --nbval-current-env -p no:randomly notebooks
	$(PY) scripts/check_outputs.py $(CHECK_DIR)

## browser-test: the notebooks as committed (untrusted) in JupyterLab and as HTML exports, measured in
## headless Chromium; screenshots in build/browser/. Without Chromium it says how to install it, and
## in CI (CI=true) it fails.
browser-test: $(INSTALLED)
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "ANALYSIS_BROWSER_TEST=1 CHROMIUM=$(CHROMIUM) $(PY) -m pytest tests/browser"; \
		ANALYSIS_BROWSER_TEST=1 CHROMIUM=$(CHROMIUM) $(PY) -m pytest tests/browser; \
	elif [ "$$CI" = "true" ]; then \
		echo "browser-test: no Chromium at $(CHROMIUM); CI must run the browser test. Install it: apt-get install -y chromium" >&2; \
		exit 1; \
	else \
		echo "browser-test: SKIPPED, no Chromium at $(CHROMIUM). To run it: sudo apt-get install -y chromium"; \
		echo "  (Debian/Ubuntu), or set CHROMIUM=/path/to/chromium; then make browser-test"; \
	fi

## lab: JupyterLab at the project root, opening on the notebooks (data/raw/ and outputs/ in reach)
lab: $(INSTALLED)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir="$(CURDIR)" notebooks/01-word-frequencies.ipynb

## notebooks: re-run the notebooks and store their outputs in the .ipynb files (commit them)
notebooks: $(INSTALLED)
	$(PY) scripts/run_notebooks.py --store-outputs

## lock: re-resolve requirements.lock from pyproject.toml (the command is also at its top)
lock: $(INSTALLED)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 -o requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --extra dask --override requirements-mpl310.overrides --universal --python-version 3.11 -o requirements-mpl310.lock

clean:
	rm -rf build $(VENV) $(OLD_VENV)
