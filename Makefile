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

.PHONY: figures analyse test unit notebooks-test old-matplotlib-test lab notebooks lock clean

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

## test: unit tests (on matplotlib 3.11+ and < 3.11), the notebooks under nbval, figures/ up to date
test: unit old-matplotlib-test notebooks-test

unit: $(INSTALLED)
	$(PY) -m pytest tests

old-matplotlib-test: $(OLD_INSTALLED)
	$(OLD_PY) -m pytest tests

notebooks-test: $(INSTALLED)
	rm -rf $(CHECK_DIR)
	ANALYSIS_OUTPUT_DIR=$(CHECK_DIR) $(PY) -m pytest --nbval --nbval-current-env -p no:randomly notebooks
	$(PY) scripts/check_outputs.py $(CHECK_DIR)

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
