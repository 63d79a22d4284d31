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
# The lock: every Python dependency pinned with its hashes, for the Python and platform of CI and of
# this project's machines (the workflows set up the same Python). `make lock` writes it.
LOCK := requirements.txt
LOCK_PYTHON := 3.11
LOCK_PLATFORM := x86_64-manylinux_2_28
UV_VERSION := 0.13.9
LOCK_TOOLS := $(BUILD_DIR)/lock-tools

export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
export QBANK_BUILD_DIR := $(abspath $(BUILD_DIR))

.DEFAULT_GOAL := help
.PHONY: help install lock system-pdf system-browser check serve site lint test test-js lighthouse bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --requirement $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	touch $@

$(SHIM): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed $(SHIM) ## Create .venv and install the project and its dependencies

# uv resolves for CI's Python and platform whatever machine runs it, and records the hashes of every
# file of each release. It keeps the pins that still fit pyproject.toml; UPGRADE=1 takes the newest.
lock: ## Write requirements.txt (pinned, hashed) from pyproject.toml's ranges (UPGRADE=1 for the newest)
	$(PYTHON) -m venv $(LOCK_TOOLS)
	$(LOCK_TOOLS)/bin/python -m pip install --quiet uv==$(UV_VERSION)
	$(LOCK_TOOLS)/bin/uv pip compile pyproject.toml --extra test --generate-hashes --quiet \
		--python-version $(LOCK_PYTHON) --python-platform $(LOCK_PLATFORM) \
		--custom-compile-command 'make lock' $(if $(UPGRADE),--upgrade) --output-file $(LOCK)

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

# The Python code too: ruff's lint and its formatter's check over the tree, and mypy --strict on qbank/
# (both configured in pyproject.toml); the JavaScript with ESLint (eslint.config.mjs).
lint: install ## Lint the workflows, Dependabot's settings, issue forms, YAML files, the Python code (ruff, mypy) and the JavaScript (ESLint)
	$(BIN)/yamllint --strict --config-file .yamllint.yml data .github mkdocs.yml .pre-commit-config.yaml .yamllint.yml
	$(BIN)/zizmor --offline --quiet .github
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-issue-forms $(filter-out %/config.yml,$(wildcard .github/ISSUE_TEMPLATE/*.yml))
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy
	npx eslint docs/javascripts tests/js

test: install system-pdf system-browser lint test-js ## Run every test
	$(BIN)/python -m pytest

test-js: ## Unit-test the browser scripts' pure logic with Node's test runner
	node --test tests/js/*.test.js

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
