# textbi — `make run` sets up and serves the sample data; `make test` builds and runs every test.
SWIFT ?= swift
DATABASE ?= data/textbi.sqlite
RELEASE_BIN := .build/release/textbi
DEBUG_BIN := .build/debug/textbi

.PHONY: run deps build release migrate test demo bench clean-data

run: deps release $(DATABASE)
	$(RELEASE_BIN) ask --database $(DATABASE) "统计员工总数"
	$(RELEASE_BIN) ask --database $(DATABASE) "average salary by department"

# System packages a fresh Debian machine lacks (SQLite headers for GRDB).
deps:
	@if [ ! -f /usr/include/sqlite3.h ]; then \
		echo "Installing libsqlite3-dev…"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y --no-install-recommends libsqlite3-dev; \
		else sudo apt-get update && sudo apt-get install -y --no-install-recommends libsqlite3-dev; fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product textbi

$(DATABASE):
	$(RELEASE_BIN) migrate --database $(DATABASE)

migrate: release
	$(RELEASE_BIN) migrate --database $(DATABASE)

# Builds the debug binary too: the command-line tests run it.
test: deps
	$(SWIFT) build
	$(SWIFT) test

clean-data:
	rm -rf data
