// The promises of normalisation on any text: storing twice changes nothing, a key of a key is
// the key, and stored text has the same key as the text typed (so an index built from stored text
// finds what a user types).
#include "FuzzInput.h"
#include "persian/Normalize.h"

using namespace jalaseh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::textOf(data, size);
    const QString stored = persian::normalizeForStorage(text);
    fuzz::require(persian::normalizeForStorage(stored) == stored, "storing is idempotent");
    const QString key = persian::searchKey(text);
    fuzz::require(persian::searchKey(key) == key, "a key of a key is the key");
    fuzz::require(persian::searchKey(stored) == key, "stored text keeps the key of typed text");
    return 0;
}
