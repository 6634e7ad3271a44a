#include "AgendaItemRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/RowPositions.h"
#include "storage/RowVersions.h"
#include "storage/SearchKeys.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

const QString table = QStringLiteral("agenda_item");

} // namespace

AgendaItemRepository::AgendaItemRepository(Database& database)
    : m_database(database)
{
}

QList<AgendaItem> AgendaItemRepository::select(const QString& where, Id value) const
{
    Statement query(m_database, QStringLiteral("SELECT a.id, a.meeting_id, a.position, a.title, "
                                               "a.description, a.is_question, %1 "
                                               "FROM agenda_item a WHERE %2 ORDER BY position, id")
                                    .arg(RowVersions::columns(QStringLiteral("a")), where));
    query.bind(value).exec();
    QList<AgendaItem> items;
    while (query.next()) {
        AgendaItem item;
        item.id = query.integer(0);
        item.meetingId = query.integer(1);
        item.position = int(query.integer(2));
        item.title = query.text(3);
        item.description = query.text(4);
        item.isQuestion = query.flag(5);
        item.version = RowVersions::read(query, 6);
        items.append(std::move(item));
    }
    return items;
}

QList<AgendaItem> AgendaItemRepository::ofMeeting(Id meetingId) const
{
    return select(QStringLiteral("meeting_id = ?"), meetingId);
}

std::optional<AgendaItem> AgendaItemRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Id AgendaItemRepository::insert(AgendaItem& item)
{
    AgendaItem stored = item;
    stored.title = persian::normalizeForStorage(item.title);
    stored.description = persian::normalizeForStorage(item.description);
    Transaction transaction(m_database);
    stored.position = RowPositions(m_database, table).makeRoom(stored.meetingId, item.position);
    Statement statement(m_database, QStringLiteral("INSERT INTO agenda_item (meeting_id, "
                                                   "position, title, description, is_question) "
                                                   "VALUES (?, ?, ?, ?, ?)"));
    statement.bind(stored.meetingId).bind(stored.position).bind(stored.title);
    statement.bind(stored.description).bind(stored.isQuestion);
    Refusals refusals;
    refusals.foreignKey =
        QCoreApplication::translate("Storage", "The meeting of this agenda item does not exist.");
    statement.exec(refusals);
    stored.id = statement.lastInsertId();
    SearchKeys::refreshMeeting(m_database, stored.meetingId);
    transaction.commit();
    item = stored;
    return item.id;
}

void AgendaItemRepository::update(const AgendaItem& item)
{
    Transaction transaction(m_database);
    VersionedWrite write(m_database, table,
                         QStringLiteral("title = ?, description = ?, is_question = ?"), item.id,
                         item.version,
                         QCoreApplication::translate(
                             "Storage", "This agenda item is no longer in the database; someone "
                                        "may have removed it. Reload the meeting."));
    write.statement().bind(persian::normalizeForStorage(item.title));
    write.statement().bind(persian::normalizeForStorage(item.description)).bind(item.isQuestion);
    write.exec();
    if (const auto stored = find(item.id))
        SearchKeys::refreshMeeting(m_database, stored->meetingId);
    transaction.commit();
}

void AgendaItemRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    if (const auto item = find(id)) {
        removeVersioned(m_database, table, id, read);
        RowPositions(m_database, table).closeGap(item->meetingId, item->position);
        SearchKeys::refreshMeeting(m_database, item->meetingId);
    }
    transaction.commit();
}

void AgendaItemRepository::move(Id id, int newPosition)
{
    Transaction transaction(m_database);
    RowPositions(m_database, table).move(id, newPosition);
    transaction.commit();
}

} // namespace jalaseh::storage
