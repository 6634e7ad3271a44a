#pragma once

// What every fuzz target shares: the bytes as the text a user would paste, and a check that
// stops the run (and makes libFuzzer save the input) when a promise of the library is broken.

#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace jalaseh::fuzz {

// Pasted text arrives as UTF-8; invalid bytes become U+FFFD as they would in the GUI.
inline QString textOf(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline void require(bool promiseKept, const char* promise)
{
    if (!promiseKept) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

} // namespace jalaseh::fuzz
