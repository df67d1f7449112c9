# Amani: `make run` to try it, `make test` to check it. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# pip itself is pinned too; the lock files pin and hash everything it installs.
PIP_VERSION := 26.3
PIP_TOOLS_VERSION := 7.6.2
LOCK_TOOLS := .venv-lock
# A stamp per lock file: reinstall only when it changes.
RUNTIME_STAMP := $(VENV)/.installed-runtime
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run demo serve-prod test bench lint lock messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==$(PIP_VERSION)

# requirements*.txt name what the project uses; requirements*.lock pin all they pull in,
# with hashes, and are what gets installed. `make lock` renews the locks.
$(RUNTIME_STAMP): requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(DEV_STAMP): requirements.lock requirements-dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@ $(RUNTIME_STAMP)

## lock: renew requirements.lock and requirements-dev.lock from requirements*.txt (pip-tools)
LOCK_OPTIONS = --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url \
	--no-emit-find-links --no-emit-trusted-host
lock:
	test -x $(LOCK_TOOLS)/bin/pip-compile || ( $(PYTHON) -m venv $(LOCK_TOOLS) && \
		$(LOCK_TOOLS)/bin/pip install --quiet pip==$(PIP_VERSION) pip-tools==$(PIP_TOOLS_VERSION) )
	$(LOCK_TOOLS)/bin/pip-compile $(LOCK_OPTIONS) --upgrade --output-file requirements.lock requirements.txt
	$(LOCK_TOOLS)/bin/pip-compile $(LOCK_OPTIONS) --upgrade --constraint requirements.lock \
		--output-file requirements-dev.lock requirements-dev.txt

## messages: compile the interface translations (locale/*/LC_MESSAGES/django.po)
messages: $(RUNTIME_STAMP)
	$(MANAGE) compilemessages --ignore=.venv -v0

## demo: everything `run` does except serving
demo: messages
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_admin

## run: set up and serve the demo site at http://127.0.0.1:8000/ (SQLite)
run: demo
	$(MANAGE) runserver 127.0.0.1:8000

## serve-prod: production settings locally (DEBUG off, whitenoise, gunicorn) on 127.0.0.1:8000
# Uses a throwaway SECRET_KEY and plain HTTP unless you set them; never for a real deployment.
PROD_ENV = DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY=$${SECRET_KEY:-local-$$(date +%s)-throwaway-key-for-serve-prod-only} \
	SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false \
	SERVE_MEDIA=true
serve-prod: demo
	$(PROD_ENV) $(BIN)/python manage.py collectstatic --no-input -v0
	$(PROD_ENV) $(BIN)/gunicorn -c config/gunicorn.py config.wsgi

## lint: ruff, the import contracts of docs/architecture.md, Django's system checks, and no missing migrations
lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

## test: lint, then the whole suite on SQLite and, when it answers, on PostgreSQL
test: lint messages
	$(BIN)/python tests/run_suite.py

## bench: build 5,000 stories per language and 500 reports on PostgreSQL (and a quarter of that),
## serve them with gunicorn (production settings) and write docs/benchmarks.md (about an hour)
bench: $(DEV_STAMP) messages
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(LOCK_TOOLS) static_collected .pytest_cache .ruff_cache
