#include "MeetingSeriesRepository.h"

#include "persian/Collation.h"
#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/RowVersions.h"
#include "storage/SearchKeys.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <algorithm>

namespace jalaseh::storage {
namespace {

MeetingSeries seriesFrom(const Statement& row)
{
    MeetingSeries series;
    series.id = row.integer(0);
    series.name = row.text(1);
    series.bodyId = row.optionalId(2);
    series.version = RowVersions::read(row, 3);
    return series;
}

Refusals seriesRefusals()
{
    Refusals refusals;
    refusals.foreignKey =
        QCoreApplication::translate("Storage", "The body of this meeting series does not exist.");
    refusals.invalid = QCoreApplication::translate("Storage", "A meeting series needs a name.");
    return refusals;
}

} // namespace

MeetingSeriesRepository::MeetingSeriesRepository(Database& database)
    : m_database(database)
{
}

QList<MeetingSeries> MeetingSeriesRepository::all() const
{
    Statement query(m_database, QStringLiteral("SELECT id, name, body_id, %1 FROM meeting_series")
                                    .arg(RowVersions::columns({})));
    query.exec();
    QList<MeetingSeries> all;
    while (query.next())
        all.append(seriesFrom(query));
    const persian::PersianCollator collator;
    std::stable_sort(all.begin(), all.end(), [&](const MeetingSeries& a, const MeetingSeries& b) {
        return collator.lessThan(a.name, b.name);
    });
    return all;
}

std::optional<MeetingSeries> MeetingSeriesRepository::find(Id id) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT id, name, body_id, %1 FROM meeting_series WHERE id = ?")
                        .arg(RowVersions::columns({})));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return seriesFrom(query);
}

std::optional<MeetingSeries> MeetingSeriesRepository::findByName(const QString& name) const
{
    Statement query(m_database, QStringLiteral("SELECT id, name, body_id, %1 FROM meeting_series "
                                               "WHERE search_key = ? ORDER BY id LIMIT 1")
                                    .arg(RowVersions::columns({})));
    query.bind(SearchKeys::of(persian::normalizeForStorage(name))).exec();
    if (!query.next())
        return std::nullopt;
    return seriesFrom(query);
}

Id MeetingSeriesRepository::insert(MeetingSeries& series)
{
    MeetingSeries stored = series;
    stored.name = persian::normalizeForStorage(series.name);
    Transaction transaction(m_database);
    requireUniqueName(stored);
    Statement statement(m_database, QStringLiteral("INSERT INTO meeting_series (name, body_id, "
                                                   "search_key) VALUES (?, ?, ?)"));
    statement.bind(stored.name).bind(stored.bodyId).bind(SearchKeys::of(stored.name));
    statement.exec(seriesRefusals());
    stored.id = statement.lastInsertId();
    transaction.commit();
    series = stored;
    return series.id;
}

void MeetingSeriesRepository::update(const MeetingSeries& series)
{
    MeetingSeries stored = series;
    stored.name = persian::normalizeForStorage(series.name);
    Transaction transaction(m_database);
    requireUniqueName(stored);
    VersionedWrite write(
        m_database, QStringLiteral("meeting_series"),
        QStringLiteral("name = ?, body_id = ?, search_key = ?"), stored.id, stored.version,
        QCoreApplication::translate("Storage", "This meeting series is no longer in the database; "
                                               "someone may have removed it. Reload the list."));
    write.statement().bind(stored.name).bind(stored.bodyId).bind(SearchKeys::of(stored.name));
    write.exec(seriesRefusals());
    transaction.commit();
}

void MeetingSeriesRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "This meeting series cannot be removed while it has meetings. Remove "
                   "or move its meetings first.");
    removeVersioned(m_database, QStringLiteral("meeting_series"), id, read, refusals);
    transaction.commit();
}

int MeetingSeriesRepository::nextNumber(Id seriesId) const
{
    Statement query(m_database, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM meeting "
                                               "WHERE series_id = ?"));
    query.bind(seriesId).exec();
    return query.next() ? int(query.integer(0)) : 1;
}

void MeetingSeriesRepository::requireUniqueName(const MeetingSeries& series) const
{
    const auto existing = findByName(series.name);
    if (existing && existing->id != series.id)
        throw StorageError(QCoreApplication::translate(
                               "Storage",
                               "A meeting series with this name already exists. Choose another "
                               "name, or use the existing series."),
                           series.name);
}

} // namespace jalaseh::storage
