#include "SearchIndexExperiment.h"

#include "storage/SearchKeys.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

namespace jalaseh::storage::bench {
namespace {

// The tables SearchRepository searches, in its order, and how each hit is read.
struct Source
{
    const char* table;
    const char* select; // columns and joins; `r` is the row
    const char* order;
};

constexpr Source sources[] = {
    {"person", "SELECT r.id FROM person r", "r.family_key, r.given_key"},
    {"body", "SELECT r.id FROM body r", "r.search_key"},
    {"meeting", "SELECT r.id FROM meeting r", "r.date DESC, r.id DESC"},
    {"decision", "SELECT r.id FROM decision r JOIN meeting m ON m.id = r.meeting_id",
     "m.date DESC, m.id DESC, r.position"},
    {"proposal", "SELECT r.id FROM proposal r JOIN meeting m ON m.id = r.meeting_id",
     "m.date DESC, m.id DESC, r.position"},
    {"contribution", "SELECT r.id FROM contribution r JOIN meeting m ON m.id = r.meeting_id",
     "m.date DESC, m.id DESC, r.position"},
};

void run(QSqlQuery& query, const QString& sql)
{
    if (!query.exec(sql))
        throw std::runtime_error(query.lastError().text().toStdString());
}

} // namespace

SearchIndexExperiment::SearchIndexExperiment(const QString& path, Tokenizer tokenizer)
    : m_connection(QStringLiteral("search-index-experiment-%1").arg(int(tokenizer)))
    , m_tokenizer(tokenizer)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(path);
    // The product's page cache, so that only the way of searching differs.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!database.open())
        throw std::runtime_error("cannot open the copy");
    QSqlQuery query(database);
    run(query, QStringLiteral("PRAGMA cache_size = -32768"));
    if (tokenizer == Tokenizer::Scan)
        return;
    QElapsedTimer timer;
    timer.start();
    const QString tokenize =
        tokenizer == Tokenizer::Trigram ? QStringLiteral("trigram") : QStringLiteral("unicode61");
    run(query, QStringLiteral("BEGIN"));
    for (const Source& source : sources) {
        const QString table = QString::fromLatin1(source.table);
        run(query, QStringLiteral("CREATE VIRTUAL TABLE %1_experiment USING fts5(search_key, "
                                  "content='%1', content_rowid='id', tokenize='%2')")
                       .arg(table, tokenize));
        run(query, QStringLiteral("INSERT INTO %1_experiment (%1_experiment) VALUES ('rebuild')")
                       .arg(table));
    }
    run(query, QStringLiteral("COMMIT"));
    m_buildSeconds = timer.nsecsElapsed() / 1e9;
}

SearchIndexExperiment::~SearchIndexExperiment()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

int SearchIndexExperiment::search(const QString& query, int limit) const
{
    const QString key = SearchKeys::of(query);
    if (key.trimmed().isEmpty())
        return 0;
    // Trigram finds substrings of three characters or more; shorter keys fall back to the scan.
    // unicode61 finds word prefixes only: a weaker match than the product promises.
    const bool indexed = m_tokenizer == Tokenizer::Unicode61 ||
                         (m_tokenizer == Tokenizer::Trigram && key.size() >= 3);
    QString phrase = key;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    phrase = QLatin1Char('"') + phrase + QLatin1Char('"');
    if (m_tokenizer == Tokenizer::Unicode61)
        phrase += QLatin1Char('*');
    int hits = 0;
    QSqlQuery statement(QSqlDatabase::database(m_connection, false));
    statement.setForwardOnly(true);
    for (const Source& source : sources) {
        if (hits >= limit)
            break;
        const QString table = QString::fromLatin1(source.table);
        const QString where = indexed
                                  ? QStringLiteral("r.id IN (SELECT rowid FROM %1_experiment WHERE "
                                                   "%1_experiment MATCH ?)")
                                        .arg(table)
                                  : QStringLiteral("instr(r.search_key, ?) > 0");
        statement.prepare(
            QStringLiteral("%1 WHERE %2 ORDER BY %3 LIMIT ?")
                .arg(QString::fromLatin1(source.select), where, QString::fromLatin1(source.order)));
        statement.addBindValue(indexed ? phrase : key);
        statement.addBindValue(limit - hits);
        if (!statement.exec())
            throw std::runtime_error(statement.lastError().text().toStdString());
        while (statement.next())
            ++hits;
    }
    return hits;
}

} // namespace jalaseh::storage::bench
