# Two entry points, each doing all of its set-up on a fresh Debian 12 machine:
#   make run    install what is missing, build (Release) and start Jalaseh
#   make test   install what is missing, build (Debug, ASan + UBSan) and run every test
JOBS ?= 2
RELEASE_DIR ?= build/release
TEST_DIR ?= build/test
FUZZ_DIR ?= build/fuzz
BENCH_DIR ?= build/bench

.PHONY: all deps build run test fuzz bench clean

all: build

deps:
	./scripts/install-deps.sh

build: deps
	cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release -DJALASEH_BUILD_TESTS=OFF -DJALASEH_BUILD_BENCHMARKS=OFF
	cmake --build $(RELEASE_DIR) -j$(JOBS)

run: build
	./$(RELEASE_DIR)/jalaseh

test: deps
	cmake -S . -B $(TEST_DIR) -DCMAKE_BUILD_TYPE=Debug -DJALASEH_SANITIZE=ON -DJALASEH_BUILD_BENCHMARKS=OFF
	cmake --build $(TEST_DIR) -j$(JOBS)
	cd $(TEST_DIR) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/support/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure -j$(JOBS) --timeout 300

# Builds the libFuzzer targets with clang-14 and runs each for FUZZ_SECONDS (default 20).
fuzz:
	JALASEH_WITH_FUZZ=1 ./scripts/install-deps.sh
	BUILD_DIR=$(FUZZ_DIR) JOBS=$(JOBS) ./fuzz/run.sh

# Builds the benchmark programs (Release) into $(BENCH_DIR)/bench/; run them one by one.
bench: deps
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DJALASEH_BUILD_TESTS=OFF -DJALASEH_BUILD_BENCHMARKS=ON
	cmake --build $(BENCH_DIR) -j$(JOBS)

clean:
	rm -rf build
