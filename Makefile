# Impact4Values 2.0 mentor network — `make help` lists the targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST_PORT ?= 127.0.0.1:8000

# The typeface, Source Sans 3, from the npm registry: the pinned package (version and the tarball's
# SHA-512) is packed into a cache outside git, and only its Latin and Latin Extended woff2 files, its
# licence and our @font-face rules are copied into a gitignored static folder. Without npm the site
# keeps the system fonts.
FONT_PACKAGE := @fontsource-variable/source-sans-3
FONT_VERSION := 5.3.1
FONT_SHA512 := bb4a7967f3ccd9ed6ec5838c8a874b33a355cf11f050b701e8e8bb412af6594fec7682c114ffc178e6776181de27aac7b233d90359d9c1e655695eec7f6300c9
FONT_TARBALL := .cache/npm/fontsource-variable-source-sans-3-$(FONT_VERSION).tgz
FONT_FILES := $(foreach subset,latin latin-ext,$(foreach style,normal italic,source-sans-3-$(subset)-wght-$(style).woff2))
FONT_DIR := site/impact4values/static/fonts
FONTS := $(FONT_DIR)/.installed

.DEFAULT_GOAL := help
.PHONY: help fonts install run test lint format checks messages stack bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

$(INSTALLED): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(FONTS): site/impact4values/fonts/typeface.css Makefile
	@if ! test -f $(FONT_TARBALL) && ! command -v npm >/dev/null; then \
		echo "npm not found: the site keeps the system fonts (install npm, then make install, for its typeface)"; \
	else \
		set -e; mkdir -p $(dir $(FONT_TARBALL)) $(FONT_DIR); \
		test -f $(FONT_TARBALL) || (cd $(dir $(FONT_TARBALL)) && npm pack --silent $(FONT_PACKAGE)@$(FONT_VERSION) >/dev/null); \
		echo "$(FONT_SHA512)  $(FONT_TARBALL)" | sha512sum --check --quiet; \
		tar -xzf $(FONT_TARBALL) -C $(FONT_DIR) --strip-components=2 $(addprefix package/files/,$(FONT_FILES)); \
		tar -xzOf $(FONT_TARBALL) package/LICENSE > $(FONT_DIR)/OFL.txt; \
		cp site/impact4values/fonts/typeface.css $(FONT_DIR)/typeface.css; \
		touch $@; echo "typeface $(FONT_PACKAGE)@$(FONT_VERSION) copied into $(FONT_DIR)"; \
	fi

fonts: $(FONTS) ## Copy the pinned typeface from the npm registry into static files (done by install)

install: $(INSTALLED) $(FONTS) ## Create .venv, install requirements.txt (again only when it changes) and the typeface

run: install ## Migrate, load the demo content, serve http://127.0.0.1:8000 and run the task worker (CALL_DEADLINE=2027-01-31T23:59 opens the call)
	$(MANAGE) createcachetable
	$(MANAGE) migrate --noinput
	BASE_URL=$${BASE_URL:-http://$(HOST_PORT)} $(MANAGE) load_demo_content --demo-accounts $(if $(CALL_DEADLINE),--deadline "$(CALL_DEADLINE)")
	@echo "Admin: http://$(HOST_PORT)/admin/  (users admin, editor, moderator in Slovenian; editor-hr, moderator-hr in Croatian; password impact4values)"
	BASE_URL=$${BASE_URL:-http://$(HOST_PORT)} $(MANAGE) serve $(HOST_PORT)

test: install ## Run the whole test suite (services from DATABASE_URL, ELASTICSEARCH_URL, CHROMIUM_PATH)
	$(BIN)/pytest

lint: $(INSTALLED) ## ruff, the import graph (no cycles, layers hold) and djhtml, checking only
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python .ci/import_graph.py
	find . -path ./$(VENV) -prune -o -name '*.html' -path '*templates*' -print | xargs $(BIN)/djhtml --check

format: $(INSTALLED) ## Apply ruff's fixes and formatting and djhtml's indentation
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	find . -path ./$(VENV) -prune -o -name '*.html' -path '*templates*' -print | xargs $(BIN)/djhtml

checks: install ## Migrations up to date, catalogues compile, deploy checks pass with production settings
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) compilemessages --ignore '.venv'
	DJANGO_SETTINGS_MODULE=impact4values.settings.production SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
		ALLOWED_HOSTS=mentorji.example.org $(MANAGE) check --deploy --fail-level WARNING

messages: $(INSTALLED) ## Extract UI strings into locale/ and compile the catalogues (needs GNU gettext)
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) makemessages -l sl -l hr -l en --ignore '.venv' --ignore 'tests' --no-location
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) compilemessages --ignore '.venv'

stack: install ## The production stack (PostgreSQL, Elasticsearch, Redis, gunicorn, worker) checked over HTTP
	.ci/stack

bench: install ## Benchmarks: the directory (SQLite, PostgreSQL, Elasticsearch when reachable), an application, load and faults
	$(BIN)/python bench/directory.py
	$(BIN)/python bench/application.py
	$(BIN)/python bench/load.py

clean: ## Remove the virtualenv, the SQLite database, collected static files and the typeface
	rm -rf $(VENV) db.sqlite3 staticfiles $(FONT_DIR) .cache/npm
