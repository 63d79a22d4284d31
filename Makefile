# Every task of the project. `make serve` and `make test` set up everything they need on a fresh
# machine (a virtual environment in .venv with the project and its dependencies).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data/questions.yaml
ADDR ?= 127.0.0.1:8000
SITE_DIR ?= site
BUILD_DIR ?= build
MKDOCS := $(BIN)/mkdocs build --strict
SHIM := node_modules/iframe-worker/shim/index.js

export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
export QBANK_BUILD_DIR := $(abspath $(BUILD_DIR))

.DEFAULT_GOAL := help
.PHONY: help install system-pdf system-browser check serve site lint test lighthouse bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

$(SHIM): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed $(SHIM) ## Create .venv and install the project and its dependencies

system-pdf: ## Install the system packages the PDF download needs (Pango, fonts), if missing
	@scripts/system-packages.sh pdf $(BIN)/python

system-browser: install ## Install a Chromium for the browser tests, if missing
	@scripts/system-packages.sh browser $(BIN)/python

check: install ## Validate the data file (DATA=path/to/file.yaml for another one)
	$(BIN)/python -m qbank check $(DATA)

serve: install ## Build and preview the site at http://$(ADDR), reloading on every change
	QBANK_DOWNLOADS=false $(BIN)/mkdocs serve --livereload --dev-addr $(ADDR)

site: install system-pdf ## Build the static site into site/, with its downloads and the offline zip
	QBANK_OFFLINE=true $(MKDOCS) --site-dir $(BUILD_DIR)/offline
	$(BIN)/python -m qbank pack-offline $(BUILD_DIR)/offline $(BUILD_DIR)/offline-zip
	$(MKDOCS) --site-dir $(SITE_DIR)

lint: install ## Lint the workflows, issue forms and YAML files
	$(BIN)/yamllint --strict --config-file .yamllint.yml data .github mkdocs.yml .pre-commit-config.yaml .yamllint.yml
	$(BIN)/zizmor --offline --quiet .github/workflows
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-issue-forms $(filter-out %/config.yml,$(wildcard .github/ISSUE_TEMPLATE/*.yml))

test: install system-pdf system-browser lint ## Run every test
	$(BIN)/python -m pytest

bench: install system-browser ## Time the build at 1x, 10x and 100x the bank against a floor; page, index and first-view sizes
	$(BIN)/python scripts/bench.py

LIGHTHOUSE_PORT ?= 8347
tools/lighthouse/node_modules/.bin/lighthouse: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

lighthouse: install system-pdf system-browser tools/lighthouse/node_modules/.bin/lighthouse ## Print Lighthouse scores (mobile): home, a level page, the heaviest page at 10x
	SITE_URL=http://127.0.0.1:$(LIGHTHOUSE_PORT)/ $(MAKE) --no-print-directory site SITE_DIR=$(BUILD_DIR)/lighthouse-site
	$(BIN)/python scripts/lighthouse.py $(BUILD_DIR)/lighthouse-site $(LIGHTHOUSE_PORT)

clean: ## Remove what the build and the set-up made
	rm -rf site build .venv node_modules tools/lighthouse/node_modules .pytest_cache *.egg-info
