# `make install` (PREFIX, DESTDIR as usual) is scripts/install.sh, which says what it installs.
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: install
install:
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" scripts/install.sh
