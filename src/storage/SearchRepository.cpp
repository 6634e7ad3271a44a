#include "SearchRepository.h"

#include "storage/Database.h"
#include "storage/SearchKeys.h"
#include "storage/Statement.h"

namespace jalaseh::storage {
namespace {

// One kind of hit: the SQL that finds it (columns: id, meeting id, text, meeting date; bound
// values: the key, then the limit).
struct Source
{
    SearchHit::Kind kind;
    const char* sql;
};

// instr() instead of LIKE: the key is matched literally ('%' and '_' in a query mean themselves).
constexpr Source sources[] = {
    {SearchHit::Kind::Person,
     "SELECT id, 0, trim(given_name || ' ' || family_name), NULL FROM person "
     "WHERE instr(search_key, ?) > 0 ORDER BY family_key, given_key LIMIT ?"},
    {SearchHit::Kind::Body, "SELECT id, 0, name, NULL FROM body WHERE instr(search_key, ?) > 0 "
                            "ORDER BY search_key LIMIT ?"},
    {SearchHit::Kind::Meeting,
     "SELECT id, id, title, date FROM meeting WHERE instr(search_key, ?) > 0 "
     "ORDER BY date DESC, id DESC LIMIT ?"},
    {SearchHit::Kind::Decision,
     "SELECT r.id, r.meeting_id, r.text, m.date FROM decision r "
     "JOIN meeting m ON m.id = r.meeting_id WHERE instr(r.search_key, ?) > 0 "
     "ORDER BY m.date DESC, m.id DESC, r.position LIMIT ?"},
    {SearchHit::Kind::Proposal,
     "SELECT r.id, r.meeting_id, r.text, m.date FROM proposal r "
     "JOIN meeting m ON m.id = r.meeting_id WHERE instr(r.search_key, ?) > 0 "
     "ORDER BY m.date DESC, m.id DESC, r.position LIMIT ?"},
    {SearchHit::Kind::Contribution,
     "SELECT r.id, r.meeting_id, r.text, m.date FROM contribution r "
     "JOIN meeting m ON m.id = r.meeting_id WHERE instr(r.search_key, ?) > 0 "
     "ORDER BY m.date DESC, m.id DESC, r.position LIMIT ?"},
};

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
    for (const Source& source : sources) {
        const int room = limit - int(hits.size());
        if (room <= 0)
            break;
        Statement statement(m_database, QString::fromUtf8(source.sql));
        statement.bind(key).bind(room).exec();
        while (statement.next()) {
            hits.append(SearchHit{source.kind, statement.integer(0), statement.integer(1),
                                  statement.text(2), statement.date(3)});
        }
    }
    return hits;
}

} // namespace jalaseh::storage
