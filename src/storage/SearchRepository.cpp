#include "SearchRepository.h"

#include "persian/JalaliDate.h"
#include "storage/Database.h"
#include "storage/SearchKeys.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QSet>

namespace jalaseh::storage {
namespace {

// One kind of hit: its table and the SQL that finds it (columns: id, meeting id, text, meeting
// date; %1 is the match condition on row `r`, %2 on the meeting's series `s` where the source
// has one; bound values: the key for each condition, then the limit).
struct Source
{
    SearchHit::Kind kind;
    const char* table;
    const char* sql;
    bool bySeries = false;
};

constexpr Source sources[] = {
    {SearchHit::Kind::Person, "person",
     "SELECT r.id, 0, trim(r.given_name || ' ' || r.family_name), NULL FROM person r "
     "WHERE %1 ORDER BY r.family_key, r.given_key LIMIT ?"},
    {SearchHit::Kind::Body, "body",
     "SELECT r.id, 0, r.name, NULL FROM body r WHERE %1 ORDER BY r.search_key LIMIT ?"},
    // A meeting's key holds its agenda (SearchKeys::ofMeeting); its series' name is looked
    // for in the few series rows, so that renaming a series rekeys nothing.
    {SearchHit::Kind::Meeting, "meeting",
     "SELECT r.id, r.id, r.title, r.date FROM meeting r WHERE %1 "
     "OR r.series_id IN (SELECT s.id FROM meeting_series s WHERE %2) "
     "ORDER BY r.date DESC, r.id DESC LIMIT ?",
     true},
    {SearchHit::Kind::Decision, "decision",
     "SELECT r.id, r.meeting_id, r.text, m.date FROM decision r "
     "JOIN meeting m ON m.id = r.meeting_id WHERE %1 "
     "ORDER BY m.date DESC, m.id DESC, r.position LIMIT ?"},
    {SearchHit::Kind::Proposal, "proposal",
     "SELECT r.id, r.meeting_id, r.text, m.date FROM proposal r "
     "JOIN meeting m ON m.id = r.meeting_id WHERE %1 "
     "ORDER BY m.date DESC, m.id DESC, r.position LIMIT ?"},
    {SearchHit::Kind::Contribution, "contribution",
     "SELECT r.id, r.meeting_id, r.text, m.date FROM contribution r "
     "JOIN meeting m ON m.id = r.meeting_id WHERE %1 "
     "ORDER BY m.date DESC, m.id DESC, r.position LIMIT ?"},
};

// The trigram index finds any substring of three characters or more; a shorter key (the first
// letters typed) is looked for in the key columns directly, which is quick because such short
// keys are everywhere and the first rows already fill the list.
constexpr qsizetype shortestIndexedKey = 3;

} // namespace

SearchRepository::SearchRepository(Database& database)
    : m_database(database)
{
}

QList<SearchHit> SearchRepository::search(const QString& query, int limit) const
{
    QList<SearchHit> hits;
    const QString key = SearchKeys::of(query);
    if (key.trimmed().isEmpty() || limit <= 0)
        return hits;
    const bool indexed = key.size() >= shortestIndexedKey;
    const Engine engine = m_database.engine();
    const QString pattern = SqlDialect::searchValue(engine, key, indexed);
    const QString unindexedPattern = SqlDialect::searchValue(engine, key, false);

    // A date as typed ("۱۴۰۲/۰۱/۲۱", "1402-1-21", "۲۱ فروردین ۱۴۰۲"): the meetings held that day
    // come first, then whatever contains the text as written.
    QSet<Id> meetingsOfTheDay;
    if (const auto day = persian::parseDate(query); day.ok()) {
        Statement held(m_database,
                       QStringLiteral("SELECT id, title, date FROM meeting "
                                      "WHERE date = ? ORDER BY start_time, id LIMIT ?"));
        held.bind(day.value).bind(limit).exec();
        while (held.next()) {
            hits.append(SearchHit{SearchHit::Kind::Meeting, held.integer(0), held.integer(0),
                                  held.text(1), held.date(2)});
            meetingsOfTheDay.insert(held.integer(0));
        }
    }

    for (const Source& source : sources) {
        const int room = limit - int(hits.size());
        if (room <= 0)
            break;
        QString sql =
            QString::fromUtf8(source.sql)
                .arg(SqlDialect::searchCondition(engine, QLatin1String(source.table), indexed));
        if (source.bySeries)
            sql = sql.arg(
                SqlDialect::unindexedSearchCondition(engine, QStringLiteral("s.search_key")));
        Statement statement(m_database, sql);
        statement.bind(pattern);
        if (source.bySeries)
            statement.bind(unindexedPattern);
        // Room for the day's meetings found again, which are not listed twice.
        const bool meetings = source.kind == SearchHit::Kind::Meeting;
        statement.bind(room + (meetings ? int(meetingsOfTheDay.size()) : 0)).exec();
        while (statement.next() && hits.size() < limit) {
            if (meetings && meetingsOfTheDay.contains(statement.integer(0)))
                continue;
            hits.append(SearchHit{source.kind, statement.integer(0), statement.integer(1),
                                  statement.text(2), statement.date(3)});
        }
    }
    return hits;
}

} // namespace jalaseh::storage
