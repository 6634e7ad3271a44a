// readHonorificList on anything: never crashes; everyone read has a family name, and the
// people read can be phrased again.
#include "FuzzInput.h"
#include "persian/Phrasing.h"

using namespace jalaseh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const persian::HonorificReading reading = persian::readHonorificList(fuzz::textOf(data, size));
    for (const persian::NamedPerson& person : reading.people)
        fuzz::require(!person.familyName.trimmed().isEmpty(), "everyone read has a family name");
    for (const QString& fragment : reading.unread)
        fuzz::require(!fragment.isEmpty(), "an unread fragment is not empty");
    const QString phrase = persian::honorificGroup(reading.people);
    fuzz::require(phrase.isEmpty() == reading.people.isEmpty(), "people read can be phrased");
    return 0;
}
