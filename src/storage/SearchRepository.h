#pragma once

#include "core/Id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jalaseh::storage {

class Database;

struct SearchHit
{
    enum class Kind
    {
        Meeting,
        Person,
        Body,
        Contribution,
        Proposal,
        Decision
    } kind;
    Id id = 0;
    Id meetingId = 0; // the meeting the row belongs to (the meeting itself for Kind::Meeting)
    QString text;     // the name, the meeting's title, or the row's text as stored
    QDate meetingDate;
};

// Finds text however it was typed: the query and the stored text meet as persian::searchKey, so
// ك/ک, ي/ی, with or without ZWNJ, Persian or Latin digits all match.
class SearchRepository
{
public:
    explicit SearchRepository(Database& database);

    // Hits whose text contains the query: people, then bodies, then meetings (by their title,
    // venue, summary, agenda items or series name), decisions, proposals and contributions (each
    // newest meeting first), at most `limit` in all. A query that is a Jalali date as people type
    // it (persian::parseDate: "۱۴۰۲/۰۱/۲۱", "1402-1-21") finds the meetings held that day
    // first. An empty query finds nothing.
    QList<SearchHit> search(const QString& query, int limit = 200) const;

private:
    Database& m_database;
};

} // namespace jalaseh::storage
