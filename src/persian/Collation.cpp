#include "Collation.h"

#include "Letters.h"

#include <QVarLengthArray>
#include <stdexcept>
#include <unicode/ucol.h>

namespace jalaseh::persian {

namespace {

// ICU's "fa" tailoring puts Arabic kaf and yeh at the same place as Persian ک and ی but still
// tells them apart at the last level; folding them first makes "علي" and "علی" sort as equals.
using FoldedText = QVarLengthArray<UChar, 128>;

void fold(QStringView text, FoldedText& folded)
{
    folded.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        folded[i] = c == 0x0643                    ? letters::persianKaf
                    : (c == 0x064A || c == 0x0649) ? letters::persianYeh
                                                   : c;
    }
}

struct CollatorCloser
{
    void operator()(UCollator* collator) const { ucol_close(collator); }
};
using CollatorPointer = std::unique_ptr<UCollator, CollatorCloser>;

// Opening the tailoring is the slow part; it is done once and every PersianCollator clones it.
const UCollator& prototype()
{
    static const CollatorPointer collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        CollatorPointer opened(ucol_open("fa", &status));
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU cannot open the Persian collator: ") +
                                     u_errorName(status));
        // "کارگروه ۲" before "کارگروه ۱۰", in any digit set.
        ucol_setAttribute(opened.get(), UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
        return opened;
    }();
    return *collator;
}

} // namespace

struct PersianCollator::Impl
{
    CollatorPointer collator;
};

PersianCollator::PersianCollator()
    : d(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(ucol_clone(&prototype(), &status));
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU cannot copy the Persian collator: ") +
                                 u_errorName(status));
}

PersianCollator::~PersianCollator() = default;

const PersianCollator& PersianCollator::forThisThread()
{
    thread_local const PersianCollator collator;
    return collator;
}

int PersianCollator::compare(QStringView a, QStringView b) const
{
    FoldedText foldedA;
    FoldedText foldedB;
    fold(a, foldedA);
    fold(b, foldedB);
    return ucol_strcoll(d->collator.get(), foldedA.constData(), int32_t(foldedA.size()),
                        foldedB.constData(), int32_t(foldedB.size()));
}

int PersianCollator::comparePeople(QStringView familyA, QStringView givenA, QStringView familyB,
                                   QStringView givenB) const
{
    const int byFamily = compare(familyA, familyB);
    return byFamily != 0 ? byFamily : compare(givenA, givenB);
}

QByteArray PersianCollator::sortKey(QStringView text) const
{
    FoldedText folded;
    fold(text, folded);
    QByteArray key(qsizetype(folded.size()) * 4 + 16, Qt::Uninitialized);
    int32_t length = ucol_getSortKey(d->collator.get(), folded.constData(), int32_t(folded.size()),
                                     reinterpret_cast<uint8_t*>(key.data()), int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(d->collator.get(), folded.constData(), int32_t(folded.size()),
                                 reinterpret_cast<uint8_t*>(key.data()), int32_t(key.size()));
    }
    key.resize(length > 0 ? length - 1 : 0); // without ICU's terminating zero byte
    return key;
}

} // namespace jalaseh::persian
