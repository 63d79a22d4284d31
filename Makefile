# Every task of the project. `make serve` and `make test` set up everything they need on a fresh
# machine (a virtual environment in .venv with the project and its dependencies).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data/questions.yaml
ADDR ?= 127.0.0.1:8000

export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.DEFAULT_GOAL := help
.PHONY: help install check serve site test clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

install: $(BIN)/.installed ## Create .venv and install the project and its dependencies

check: install ## Validate the data file (DATA=path/to/file.yaml for another one)
	$(BIN)/python -m qbank check $(DATA)

serve: install ## Build and preview the site at http://$(ADDR), reloading on every change
	$(BIN)/mkdocs serve --livereload --dev-addr $(ADDR)

site: install ## Build the static site into site/
	$(BIN)/mkdocs build --strict --site-dir site

test: install ## Run every test
	$(BIN)/python -m pytest

clean: ## Remove what the build and the set-up made
	rm -rf site .venv .pytest_cache *.egg-info
