# Two entry points, each doing all of its set-up on a fresh Debian 12 machine:
#   make run    install what is missing, build (Release) and start Jalaseh
#   make test   install what is missing, build (Debug, ASan + UBSan) and run every test
#   make package-check   the Debian package of the release build, checked by lintian & co.
# Each build is a preset of CMakePresets.json (release, sanitizers, bench, fuzz; dev for daily
# work), so that `cmake --preset X && cmake --build --preset X && ctest --preset X` does the same
# by hand or in an IDE.
JOBS ?= 2

.PHONY: all deps build run test package package-check fuzz bench format format-check clean

all: build

deps:
	./scripts/install-deps.sh

build: deps
	cmake --preset release
	cmake --build --preset release -j$(JOBS)

run: build
	./build/release/jalaseh

# The sanitizer options (leaks checked, first error fatal) are in the sanitizers test preset.
test: deps
	cmake --preset sanitizers
	cmake --build --preset sanitizers -j$(JOBS)
	ctest --preset sanitizers -j$(JOBS)

# The Debian package of the release build, build/release/package/jalaseh_VERSION_ARCH.deb (CPack;
# see docs/packaging.md).
package: build
	cd build/release && cpack

# The package, then lintian (no errors), desktop-file-validate, appstreamcli and the packaged
# program run from an unpacked copy (scripts/check-package.sh). CI runs it after the tests.
package-check: package
	./scripts/check-package.sh

# Builds the libFuzzer targets with clang-14 and runs each for FUZZ_SECONDS (default 20).
fuzz:
	JALASEH_WITH_FUZZ=1 ./scripts/install-deps.sh
	JOBS=$(JOBS) ./fuzz/run.sh

# Builds the benchmark programs (Release) into build/bench/bench/; run them one by one.
bench: deps
	cmake --preset bench
	cmake --build --preset bench -j$(JOBS)

# Rewrites every C++ file of the repository in the .clang-format style; format-check (CI) only
# lists the files that differ and fails.
format:
	./scripts/format.sh

format-check:
	./scripts/format.sh --check

clean:
	rm -rf build
