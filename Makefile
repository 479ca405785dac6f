# jdzpolicy — PGXS build.
#
# The one version source is default_version in jdzpolicy.control: it names the
# built install script, is compiled into the module (jdz.version()) and is
# written into META.json by `make meta`.

EXTENSION = jdzpolicy
EXTVERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)

MODULE_big = $(EXTENSION)
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script is built from extension/jdzpolicy.sql, the part files of
# extension/parts/ it names in "--@include" lines and the CSV files of data/
# named in "--@load" lines; upgrade scripts are shipped as written, and so
# are the frozen install scripts of released versions (extension/released/),
# which the upgrade test (test/sh/95-upgrade.sh) installs and updates.
DATA_built = extension/$(EXTENSION)--$(EXTVERSION).sql
DATA = $(wildcard extension/$(EXTENSION)--*--*.sql) $(wildcard extension/released/$(EXTENSION)--*.sql)

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION) --encoding=UTF8

PG_CPPFLAGS = -I$(srcdir)/src -DJDZ_VERSION='"$(EXTVERSION)"'
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers

EXTRA_CLEAN = tmp_install results regression.diffs regression.out log test/fuzz/bin

PG_CONFIG ?= pg_config

# Guard the PGXS include so that `make test` and `make demo` can install the
# PostgreSQL packages before pg_config exists.
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
else
all:
	@echo "pg_config not found: run 'make deps' (as root) or install postgresql-server-dev-15" >&2; exit 1
endif

# jdz.version() is compiled in: a new version rebuilds the module.
src/module.o: $(EXTENSION).control

extension/$(EXTENSION)--$(EXTVERSION).sql: extension/$(EXTENSION).sql $(wildcard extension/parts/*.sql) tools/build-sql $(wildcard data/*.csv)
	perl tools/build-sql $< > $@.tmp && mv $@.tmp $@

.PHONY: deps test demo demo-stop bench docs meta check-meta deb dist valgrind stress

# Install what is missing from Debian's packages (as root; a no-op otherwise).
deps:
	@tools/deps

# The whole suite against a throwaway cluster: pg_regress, then pg_prove.
test: deps
	$(MAKE) all
	tools/pgtmp run -- tools/run-tests

# A throwaway cluster with the extension and the sample data; left running.
demo: deps
	$(MAKE) all
	tools/pgtmp demo

demo-stop:
	tools/pgtmp stop-demo

bench: deps
	$(MAKE) all
	tools/pgtmp run -- tools/run-bench

# The reference manual doc/jdzpolicy.md, generated from the installed
# extension and doc/examples/*.sql (make test fails when it is stale).
docs: deps
	$(MAKE) all
	tools/pgtmp run -- perl tools/gen-docs doc/jdzpolicy.md

# Write EXTVERSION into META.json; check-meta fails if they disagree.
meta:
	perl tools/meta write $(EXTVERSION)

check-meta:
	perl tools/meta check $(EXTVERSION)

# A Debian package built the way apt.postgresql.org builds extensions
# (debian/, pg_buildext), then checked by tools/deb-check.
DEB_VERSION = $(shell dpkg-parsechangelog -S Version 2>/dev/null)
deb:
	@tools/deps deb
	dpkg-buildpackage -us -uc -b
	mkdir -p dist
	mv ../postgresql-15-jdzpolicy_$(DEB_VERSION)_*.deb ../jdzpolicy_$(DEB_VERSION)_*.changes ../jdzpolicy_$(DEB_VERSION)_*.buildinfo dist/ 2>/dev/null || true
	rm -f ../postgresql-15-jdzpolicy-dbgsym_$(DEB_VERSION)_*.deb
	tools/deb-check dist/postgresql-15-jdzpolicy_$(DEB_VERSION)_$(shell dpkg --print-architecture).deb

# The PGXN distribution, from git archive (export-ignore in .gitattributes).
dist:
	mkdir -p dist
	git archive --format zip --prefix=$(EXTENSION)-$(EXTVERSION)/ -o dist/$(EXTENSION)-$(EXTVERSION).zip HEAD
	@echo dist/$(EXTENSION)-$(EXTVERSION).zip

# The regression suite against a server under valgrind memcheck; fails on any
# error attributed to jdzpolicy.  VALGRIND_SUPP=path adds a suppression file.
valgrind: deps
	$(MAKE) all
	JDZ_VALGRIND=1 tools/pgtmp run -- $(MAKE) -s installcheck

# Concurrency: pgbench, one writer flipping calendar and parameter rows, seven
# readers checking every answer (STRESS_SECONDS, default 60).
STRESS_SECONDS ?= 60
stress: deps
	$(MAKE) all
	tools/pgtmp run -- test/stress/run $(STRESS_SECONDS)

# libFuzzer targets of the plain-C parsers with ASan+UBSan (test/fuzz/run):
# FUZZ_SECONDS per target (make test runs them for 10 s).
FUZZ_SECONDS ?= 60
fuzz:
	test/fuzz/run $(FUZZ_SECONDS)
