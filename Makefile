# Impact4Values 2.0 mentor network — `make help` lists the targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST_PORT ?= 127.0.0.1:8000

.DEFAULT_GOAL := help
.PHONY: help install run test lint format checks messages stack bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

$(INSTALLED): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

install: $(INSTALLED) ## Create .venv and install requirements.txt (again only when it changes)

run: $(INSTALLED) ## Migrate, load the demo content, serve http://127.0.0.1:8000 and run the task worker (CALL_DEADLINE=2027-01-31T23:59 opens the call)
	$(MANAGE) createcachetable
	$(MANAGE) migrate --noinput
	BASE_URL=$${BASE_URL:-http://$(HOST_PORT)} $(MANAGE) load_demo_content --demo-accounts $(if $(CALL_DEADLINE),--deadline "$(CALL_DEADLINE)")
	@echo "Admin: http://$(HOST_PORT)/admin/  (users admin, editor, moderator in Slovenian; editor-hr, moderator-hr in Croatian; password impact4values)"
	BASE_URL=$${BASE_URL:-http://$(HOST_PORT)} $(MANAGE) serve $(HOST_PORT)

test: $(INSTALLED) ## Run the whole test suite (services from DATABASE_URL, ELASTICSEARCH_URL, CHROMIUM_PATH)
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

checks: $(INSTALLED) ## Migrations up to date, catalogues compile, deploy checks pass with production settings
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) compilemessages --ignore '.venv'
	DJANGO_SETTINGS_MODULE=impact4values.settings.production SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
		ALLOWED_HOSTS=mentorji.example.org $(MANAGE) check --deploy --fail-level WARNING

messages: $(INSTALLED) ## Extract UI strings into locale/ and compile the catalogues (needs GNU gettext)
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) makemessages -l sl -l hr -l en --ignore '.venv' --ignore 'tests' --no-location
	DJANGO_SETTINGS_MODULE=impact4values.settings.test $(MANAGE) compilemessages --ignore '.venv'

stack: $(INSTALLED) ## The production stack (PostgreSQL, Elasticsearch, Redis, gunicorn, worker) checked over HTTP
	.ci/stack

bench: $(INSTALLED) ## Benchmarks: the directory (SQLite, PostgreSQL, Elasticsearch when reachable), an application, load and faults
	$(BIN)/python bench/directory.py
	$(BIN)/python bench/application.py
	$(BIN)/python bench/load.py

clean: ## Remove the virtualenv, the SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles
