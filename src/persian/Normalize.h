#pragma once

#include <QString>
#include <QStringView>

namespace jalaseh::persian {

// Text as it is stored: Arabic kaf, yeh and alef maksura become Persian ک and ی, Arabic-Indic
// digits become Persian, runs of spaces fold to one, ends are trimmed, ZWNJ is kept (and doubled
// or stray ZWNJs around spaces are tidied). Idempotent.
QString normalizeForStorage(QStringView text);

// The one key for matching text however it was typed: normalizeForStorage, then diacritics and
// tatweel removed, every digit made Latin, ZWNJ and the spaces of split words
// ("کتابخانه های", "کتابخانههای", "کتابخانه‌های") made the same, and
// lower case for Latin letters. Storage indexes it and search queries use it, so a query matches a
// record iff searchKey(query) is contained in searchKey(record text).
//
// Precisely (docs/persian.md has the reasons): letters written several ways become one
// (ك ک, ي ى ئ ی, آ أ إ ٱ ا, ؤ و, ة ۀ ھ ه); harakat, tatweel, a lone hamza, ZWNJ and
// other invisible marks are dropped; all digits become Latin; Arabic punctuation becomes Latin
// (، , ؛ ; ؟ ? « » "); Latin letters are case-folded; and whitespace (with - and _) is dropped,
// except that one space is kept between two letters or digits of space-separated scripts
// (Latin, digits), so "Sharif University" keeps its space but "کتابخانه های" and
// "دکترغزنوی" lose theirs. The key is for matching only; never show it.
QString searchKey(QStringView text);

} // namespace jalaseh::persian
