// parseTime on anything: never crashes; a time it accepts reads back the same from what
// formatTime writes; a refusal always says why.
#include "FuzzInput.h"
#include "persian/JalaliDate.h"

using namespace jalaseh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const persian::Parsed<QTime> parsed = persian::parseTime(fuzz::textOf(data, size));
    if (!parsed.ok()) {
        fuzz::require(!parsed.value.isValid(), "a refused time has no value");
        return 0;
    }
    fuzz::require(parsed.value.isValid(), "an accepted time is valid");
    fuzz::require(parsed.value.second() == 0, "a typed time has no seconds");
    for (const bool dropZeroMinutes : {false, true}) {
        const persian::Parsed<QTime> again =
            persian::parseTime(persian::formatTime(parsed.value, dropZeroMinutes));
        fuzz::require(again.ok() && again.value == parsed.value,
                      "a written time reads back as the same time");
    }
    return 0;
}
