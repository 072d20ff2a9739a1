# Casus — two commands on a fresh machine: `make demo`, then `make test`.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN := .build/release/casus

.PHONY: demo test build release install deps embed atop-sample bench fuzz docs example lint format clean

## demo: install what is missing, build in release mode, write the sample world's diagrams and report into Output/
demo: deps release
	$(BIN) validate Graphs/ukraine-2025
	$(BIN) list scenarios
	$(BIN) report --graph Graphs/ukraine-2025 --output Output --format html
	@echo "Output/ holds the world map, one diagram and JSON per scenario, report.md and report.html"

## test: the whole test suite
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## install: put casus on the PATH (PREFIX=/usr/local by default)
install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/casus

## deps: Graphviz's C library (libgraphviz-dev) and pkg-config
deps:
	@scripts/install-deps.sh

## embed: rebuild the sample world built into the binary from Graphs/ukraine-2025
embed:
	scripts/embed-sample.sh

## atop-sample: re-import the ATOP test fixture into docs/atop-sample (docs/atop.md's worked questions)
atop-sample:
	$(SWIFT) build --product casus
	.build/debug/casus import atop Tests/CasusKitTests/Fixtures/atop/members.csv Tests/CasusKitTests/Fixtures/atop/alliances.csv \
		--states Tests/CasusKitTests/Fixtures/atop/states.csv -o docs/atop-sample

## bench: synthetic worlds of 10^2..10^5 states, depths 0..2, and the sample world's scenarios
bench: deps
	$(SWIFT) build -c release --product casus-bench
	.build/release/casus-bench
	.build/release/casus-bench --load .build/load-bench
	python3 scripts/yaml-yardstick.py .build/load-bench

## lint: the house style (.swift-format, 120 columns, no `;`) checked by the toolchain's swift-format
lint:
	scripts/lint.sh

## format: rewrite the sources in the house style, then lint
format:
	scripts/lint.sh --fix

## docs: CasusKit's and CasusRender's DocC documentation into .build/docs (warnings are errors)
docs: deps
	scripts/docs.sh

## example: build and run Examples/EmbedReport, a program that embeds Casus
example: deps
	cd Examples/EmbedReport && $(SWIFT) build
	Examples/EmbedReport/.build/debug/EmbedReport Graphs/ukraine-2025 .build/embed-report
	Examples/EmbedReport/.build/debug/GettingStarted Graphs/ukraine-2025 >/dev/null

clean:
	rm -rf .build

## fuzz: libFuzzer on the loader and engine, then on the command line, FUZZ_SECONDS each (default 60); crashes land in Fuzz/crashes/
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -dict=Fuzz/casus.dict -print_final_stats=1
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
	mkdir -p Fuzz/corpus/graph Fuzz/corpus/cli Fuzz/crashes
	cp Graphs/ukraine-2025/*.yaml Graphs/ukraine-2025/instruments/*.yaml Fuzz/seeds/graph/*.yaml Fuzz/corpus/graph/
	cp Tests/CasusKitTests/Fixtures/mini/world.yaml Fuzz/corpus/graph/mini-world.yaml
	cp Fuzz/seeds/cli/* Fuzz/corpus/cli/
	# A crash must stop at once, not stall in Swift's backtracer for minutes.
	SWIFT_BACKTRACE=enable=no Fuzz/.build/release/casus-fuzz $(FUZZ_FLAGS) -artifact_prefix=Fuzz/crashes/graph- Fuzz/corpus/graph
	SWIFT_BACKTRACE=enable=no Fuzz/.build/release/casus-fuzz-cli $(FUZZ_FLAGS) -artifact_prefix=Fuzz/crashes/cli- Fuzz/corpus/cli
