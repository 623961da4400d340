# klink - GNU ld-compatible linker.  Plain GNU make.
#
#   make               build ./klink and ./ld.klink
#   make check         unit tests (Check) + script corpus + error cases (+ kernel replay when ../shared exists)
#   make check SANITIZE=1   the same under AddressSanitizer and UBSan (separate build dir)
#   make demo          link the bundled example and print its layout
#   make bench         time klink, ld.bfd and ld.lld on the defconfig vmlinux link
#   make deps          install missing build/test packages with apt-get
#   make install PREFIX=/usr/local

PREFIX  ?= /usr/local
CC      ?= cc
PKG_CONFIG ?= pkg-config
FLEX    ?= flex
BISON   ?= bison

ifeq ($(SANITIZE),1)
BUILD   := build-san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT     := -O1 -g
else
BUILD   := build
SANFLAGS :=
OPT     := -O2 -g
endif

ELF_CFLAGS := $(shell $(PKG_CONFIG) --cflags libelf 2>/dev/null)
ELF_LIBS   := $(shell $(PKG_CONFIG) --libs libelf 2>/dev/null || echo -lelf)
CHECK_CFLAGS := $(shell $(PKG_CONFIG) --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell $(PKG_CONFIG) --libs check 2>/dev/null || echo -lcheck)

WARN    := -Wall -Wextra -Wno-unused-parameter
CFLAGS  ?=
ALL_CFLAGS := -std=gnu11 -D_GNU_SOURCE $(OPT) $(WARN) $(SANFLAGS) $(ELF_CFLAGS) \
	-Iscript-parser -Ilinker -I$(BUILD) $(CFLAGS)
ALL_LDFLAGS := $(SANFLAGS) $(LDFLAGS)

# generated parser/lexer get fewer warnings (flex's output trips -Wextra)
GEN_CFLAGS := $(filter-out -Wextra,$(ALL_CFLAGS)) -Wno-unused-function -Wno-sign-compare

SP_SRCS := $(wildcard script-parser/*.c)
LK_SRCS := $(wildcard linker/*.c)
SP_OBJS := $(SP_SRCS:script-parser/%.c=$(BUILD)/sp/%.o) $(BUILD)/sp/parser.o $(BUILD)/sp/lexer.o \
	   $(BUILD)/sp/default-scripts.o
LK_OBJS := $(LK_SRCS:linker/%.c=$(BUILD)/lk/%.o)
LK_LIB_OBJS := $(filter-out $(BUILD)/lk/main.o,$(LK_OBJS))

UNIT_SRCS := $(wildcard tests/unit/check_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

DEFAULT_LDS := $(wildcard script-parser/default-*.lds)

.PHONY: all check unit corpus errors golden replay demo deps install clean bench
ifeq ($(SANITIZE),1)
# the sanitized binary stays in build-san/ (the tests use it there); ./klink
# is always the plain build's, so demo, bench and install never get it
all: $(BUILD)/klink
else
all: klink ld.klink
endif

klink: $(BUILD)/klink
	cp $< $@
ld.klink: klink
	ln -sf klink $@

$(BUILD)/klink: $(SP_OBJS) $(LK_OBJS)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(ELF_LIBS)

$(BUILD)/sp/parser.c $(BUILD)/sp/parser.h: script-parser/parser.y
	@mkdir -p $(BUILD)/sp
	$(BISON) -Wall -Werror=conflicts-sr -Werror=conflicts-rr --defines=$(BUILD)/sp/parser.h -o $(BUILD)/sp/parser.c $<
$(BUILD)/sp/lexer.c $(BUILD)/sp/lexer.h: script-parser/lexer.l
	@mkdir -p $(BUILD)/sp
	$(FLEX) --header-file=$(BUILD)/sp/lexer.h -o $(BUILD)/sp/lexer.c $<

# built-in default scripts compiled into the binary as strings
$(BUILD)/sp/default-scripts.c: $(DEFAULT_LDS) tests/embed.sh
	@mkdir -p $(BUILD)/sp
	sh tests/embed.sh $(DEFAULT_LDS) > $@

$(BUILD)/sp/parser.o: $(BUILD)/sp/parser.c $(BUILD)/sp/lexer.h script-parser/script.h script-parser/script-internal.h
	$(CC) $(GEN_CFLAGS) -I$(BUILD)/sp -c -o $@ $<
$(BUILD)/sp/lexer.o: $(BUILD)/sp/lexer.c $(BUILD)/sp/parser.h script-parser/script.h script-parser/script-internal.h
	$(CC) $(GEN_CFLAGS) -I$(BUILD)/sp -c -o $@ $<
$(BUILD)/sp/default-scripts.o: $(BUILD)/sp/default-scripts.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
$(BUILD)/sp/%.o: script-parser/%.c script-parser/script.h $(wildcard script-parser/*.h) $(BUILD)/sp/parser.h $(BUILD)/sp/lexer.h
	@mkdir -p $(BUILD)/sp
	$(CC) $(ALL_CFLAGS) -I$(BUILD)/sp -c -o $@ $<
$(BUILD)/lk/%.o: linker/%.c linker/klink.h script-parser/script.h
	@mkdir -p $(BUILD)/lk
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# ---------------------------------------------------------------- tests
$(BUILD)/tests/%: tests/unit/%.c $(SP_OBJS) $(LK_LIB_OBJS)
	@mkdir -p $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -I$(BUILD)/sp -o $@ $^ $(ALL_LDFLAGS) $(CHECK_LIBS) $(ELF_LIBS)

unit: $(UNIT_BINS)
	@fail=0; for t in $(UNIT_BINS); do CK_FORK=yes $$t || fail=1; done; exit $$fail

corpus: all
	@sh tests/corpus.sh ./klink

errors: all
	@sh tests/errors.sh ./klink

replay: all
	@sh tests/replay.sh ./klink

check: deps-quiet all
	@sh tests/run-all.sh "$(MAKE) --no-print-directory SANITIZE=$(SANITIZE)" $(BUILD) $(UNIT_BINS)

demo: deps-quiet all
	@sh testdata/examples/demo.sh ./klink

# klink vs ld.bfd vs ld.lld on x86_64-defconfig/vmlinux (not part of check)
bench: all
	@sh tests/bench.sh ./klink

deps:
	@sh tests/deps.sh
deps-quiet:
	@sh tests/deps.sh --quiet

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 klink $(DESTDIR)$(PREFIX)/bin/klink
	ln -sf klink $(DESTDIR)$(PREFIX)/bin/ld.klink
	install -m 644 man/klink.1 $(DESTDIR)$(PREFIX)/share/man/man1/klink.1

clean:
	rm -rf build build-san klink ld.klink
