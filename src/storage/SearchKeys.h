#pragma once

#include "core/Id.h"

#include <QString>
#include <QStringList>
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
    // The meeting's title, venue and summary and the titles and descriptions of its agenda
    // (`agendaTexts`), so that a meeting is found by what is on its agenda through the meeting's
    // own index; the agenda has no key column of its own.
    static QString ofMeeting(const Meeting& meeting, const QStringList& agendaTexts = {});
    // Recomputes the key of one meeting from its row and its agenda as stored; call inside a
    // Transaction after the meeting or its agenda changed.
    static void refreshMeeting(Database& database, Id meetingId);

    // The key of a probe text that exercises every rule of the normaliser, and the names of what
    // each key is made of: a new rule or a new ingredient changes it.
    static QString fingerprint();
    static bool upToDate(const Database& database);
    // Recomputes every key column and stores the fingerprint; call inside a Transaction.
    static void rebuild(Database& database);

    // Recomputes every meeting's key (with its agenda); for writers that add agendas in bulk.
    static void rebuildMeetings(Database& database);

private:
    static void rebuildTable(Database& database, const QString& table, const QString& textColumns,
                             QString (*keyOf)(const QStringList& texts));
};

} // namespace jalaseh::storage
