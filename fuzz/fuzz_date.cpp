// parseDate on anything: never crashes; a date it accepts is a real day that it reads back the
// same from every format the library writes; a refusal always says why.
#include "FuzzInput.h"
#include "persian/JalaliDate.h"

using namespace jalaseh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const persian::Parsed<QDate> parsed = persian::parseDate(fuzz::textOf(data, size));
    if (!parsed.ok()) {
        fuzz::require(!parsed.value.isValid(), "a refused date has no value");
        return 0;
    }
    fuzz::require(parsed.value.isValid(), "an accepted date is valid");
    for (const QString& written :
         {persian::formatDate(parsed.value), persian::formatDateMedium(parsed.value),
          persian::formatDateLong(parsed.value)}) {
        const persian::Parsed<QDate> again = persian::parseDate(written);
        fuzz::require(again.ok() && again.value == parsed.value,
                      "a written date reads back as the same day");
    }
    return 0;
}
