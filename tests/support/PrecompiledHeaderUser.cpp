// Empty on purpose. A Catch2 main compiles without the precompiled header it makes for its test
// programs (it defines CATCH_CONFIG_RUNNER before including Catch2), and CMake makes no
// precompiled header for a target none of whose files use it: this file uses it.
