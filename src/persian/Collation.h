#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <memory>

namespace jalaseh::persian {

// Persian alphabetical order (آ ا ب پ ت ... چ ... ژ ... ک گ ... ی), by ICU's collator for "fa".
// Arabic kaf/yeh sort as their Persian letters; ZWNJ does not change the order; numbers in the
// text sort by value in any digit set ("کارگروه ۲" before "کارگروه ۱۰").
//
// Comparing is const and may run on several threads at once (ICU's collators are thread-safe for
// comparisons). Constructing one clones a cached ICU collator (microseconds); forThisThread()
// saves even that.
class PersianCollator
{
public:
    PersianCollator();
    ~PersianCollator();
    PersianCollator(const PersianCollator&) = delete;
    PersianCollator& operator=(const PersianCollator&) = delete;

    // One collator per thread, made on first use.
    static const PersianCollator& forThisThread();

    int compare(QStringView a, QStringView b) const; // <0, 0, >0
    bool lessThan(QStringView a, QStringView b) const { return compare(a, b) < 0; }
    // Orders people: family name, then given name.
    int comparePeople(QStringView familyA, QStringView givenA, QStringView familyB,
                      QStringView givenB) const;
    // A byte key whose memcmp order is the Persian order; for sorting many rows fast.
    QByteArray sortKey(QStringView text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace jalaseh::persian
