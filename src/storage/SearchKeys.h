#pragma once

#include <QString>
#include <QStringView>

namespace jalaseh {
struct Meeting;
}

namespace jalaseh::storage {

class Database;

// The search-key columns beside searchable text: persian::searchKey of it, so that ك/ک, ي/ی, ZWNJ
// and digit variants all meet in one form. Keys depend on persian::searchKey; when that changes
// (a new normaliser), the stored fingerprint no longer matches and open() recomputes every key.
class SearchKeys
{
public:
    static QString of(QStringView text);
    // Both orders, so "علی رضایی" and "رضایی علی" both find the person.
    static QString ofPerson(const QString& familyName, const QString& givenName);
    static QString ofMeeting(const Meeting& meeting);

    // The key of a probe text that exercises every rule of the normaliser.
    static QString fingerprint();
    static bool upToDate(const Database& database);
    // Recomputes every key column and stores the fingerprint; call inside a Transaction.
    static void rebuild(Database& database);

private:
    static void rebuildTable(Database& database, const QString& table, const QString& textColumns,
                             QString (*keyOf)(const QStringList& texts));
};

} // namespace jalaseh::storage
