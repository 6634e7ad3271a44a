#include "RowPositions.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <algorithm>

namespace jalaseh::storage {

RowPositions::RowPositions(Database& database, QString table)
    : m_database(database)
    , m_table(std::move(table))
{
}

int RowPositions::count(Id meetingId) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT count(*) FROM %1 WHERE meeting_id = ?").arg(m_table));
    query.bind(meetingId).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

int RowPositions::makeRoom(Id meetingId, int requested)
{
    const int rows = count(meetingId);
    if (requested < 1 || requested > rows)
        return rows + 1;
    Statement(m_database, QStringLiteral("UPDATE %1 SET position = position + 1 "
                                         "WHERE meeting_id = ? AND position >= ?")
                              .arg(m_table))
        .bind(meetingId)
        .bind(requested)
        .exec();
    return requested;
}

void RowPositions::closeGap(Id meetingId, int position)
{
    Statement(m_database, QStringLiteral("UPDATE %1 SET position = position - 1 "
                                         "WHERE meeting_id = ? AND position > ?")
                              .arg(m_table))
        .bind(meetingId)
        .bind(position)
        .exec();
}

void RowPositions::move(Id rowId, int newPosition)
{
    Statement row(m_database,
                  QStringLiteral("SELECT meeting_id, position FROM %1 WHERE id = ?").arg(m_table));
    row.bind(rowId).exec();
    if (!row.next())
        throw StorageError(QCoreApplication::translate(
                               "Storage", "The row to move no longer exists; it may have been "
                                          "removed. Reload the meeting."),
                           QStringLiteral("%1 %2").arg(m_table).arg(rowId));
    const Id meetingId = row.integer(0);
    const int oldPosition = int(row.integer(1));
    const int target = std::clamp(newPosition, 1, std::max(1, count(meetingId)));
    if (target == oldPosition)
        return;
    // The rows between the old and the new place shift by one towards the gap.
    const bool up = target < oldPosition;
    Statement shift(m_database,
                    QStringLiteral("UPDATE %1 SET position = position %2 1 WHERE meeting_id = ? "
                                   "AND position BETWEEN ? AND ? AND id <> ?")
                        .arg(m_table, up ? QStringLiteral("+") : QStringLiteral("-")));
    shift.bind(meetingId).bind(std::min(target, oldPosition)).bind(std::max(target, oldPosition));
    shift.bind(rowId).exec();
    Statement(m_database, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(m_table))
        .bind(target)
        .bind(rowId)
        .exec();
}

} // namespace jalaseh::storage
