#include "ActionItemRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/RowVersions.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

Refusals actionItemRefusals()
{
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The meeting, the decision or the owner of this action item does not "
                   "exist.");
    refusals.invalid =
        QCoreApplication::translate("Storage", "The action item's deadline is not a valid date.");
    return refusals;
}

QString goneMessage()
{
    return QCoreApplication::translate("Storage",
                                       "This action item is no longer in the database; someone "
                                       "may have removed it. Reload the list.");
}

void bindItem(Statement& statement, const ActionItem& item)
{
    statement.bind(item.meetingId).bind(item.decisionId).bind(item.task).bind(item.ownerId);
    statement.bind(item.deadline).bind(item.state);
}

} // namespace

ActionItemRepository::ActionItemRepository(Database& database)
    : m_database(database)
{
}

QList<ActionItem> ActionItemRepository::select(const QString& sqlTail,
                                               const QList<QVariant>& values) const
{
    Statement query(m_database, QStringLiteral("SELECT a.id, a.meeting_id, a.decision_id, a.task, "
                                               "a.owner_id, a.deadline, a.state, %1 "
                                               "FROM action_item a %2")
                                    .arg(RowVersions::columns(QStringLiteral("a")), sqlTail));
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QList<ActionItem> items;
    while (query.next()) {
        ActionItem item;
        item.id = query.integer(0);
        item.meetingId = query.integer(1);
        item.decisionId = query.optionalId(2);
        item.task = query.text(3);
        item.ownerId = query.optionalId(4);
        item.deadline = query.date(5);
        item.state = query.enumValue<FollowUpState>(6);
        item.version = RowVersions::read(query, 7);
        items.append(std::move(item));
    }
    return items;
}

QList<ActionItem> ActionItemRepository::ofMeeting(Id meetingId) const
{
    return select(QStringLiteral("WHERE meeting_id = ? ORDER BY id"), {meetingId});
}

QList<ActionItem> ActionItemRepository::open() const
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return select(QStringLiteral("WHERE state IN ('open', 'in_progress', 'overdue') "
                                 "ORDER BY CASE WHEN state = 'overdue' OR deadline < ? "
                                 "THEN 0 ELSE 1 END, deadline IS NULL, deadline, id"),
                  {today});
}

QList<ActionItem> ActionItemRepository::due(const FollowUpDue& due, int limit) const
{
    QList<QVariant> values;
    const QString ids =
        due.firstIds(QStringLiteral("action_item"), QString(), QStringLiteral("state"),
                     QStringLiteral("deadline"), QStringLiteral("owner_id"), limit, values);
    values.append(limit);
    return select(
        QStringLiteral("WHERE a.id IN (%1) ORDER BY a.deadline IS NULL, a.deadline, a.id LIMIT ?")
            .arg(ids),
        values);
}

int ActionItemRepository::countDue(const FollowUpDue& due, int atMost) const
{
    QList<QVariant> values;
    const QString condition = due.condition(QStringLiteral("a.state"), QStringLiteral("a.deadline"),
                                            QStringLiteral("a.owner_id"), values);
    Statement query(m_database,
                    QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM action_item a WHERE %1 "
                                   "LIMIT ?) c")
                        .arg(condition));
    values.append(atMost);
    for (const QVariant& value : std::as_const(values))
        query.bind(value);
    query.exec();
    return query.next() ? int(query.integer(0)) : 0;
}

QList<ActionItem> ActionItemRepository::heldBetween(const QDate& from, const QDate& to) const
{
    return select(QStringLiteral("JOIN meeting m ON m.id = a.meeting_id "
                                 "WHERE m.date BETWEEN ? AND ? "
                                 "ORDER BY m.date, m.start_time NULLS FIRST, m.id, a.id"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

std::optional<ActionItem> ActionItemRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Id ActionItemRepository::insert(ActionItem& item)
{
    ActionItem stored = item;
    stored.task = persian::normalizeForStorage(item.task);
    Transaction transaction(m_database);
    Statement statement(m_database, QStringLiteral("INSERT INTO action_item (meeting_id, "
                                                   "decision_id, task, owner_id, deadline, state) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    bindItem(statement, stored);
    statement.exec(actionItemRefusals());
    stored.id = statement.lastInsertId();
    transaction.commit();
    item = stored;
    return item.id;
}

void ActionItemRepository::update(const ActionItem& item)
{
    ActionItem stored = item;
    stored.task = persian::normalizeForStorage(item.task);
    Transaction transaction(m_database);
    VersionedWrite write(m_database, QStringLiteral("action_item"),
                         QStringLiteral("meeting_id = ?, decision_id = ?, task = ?, owner_id = ?, "
                                        "deadline = ?, state = ?"),
                         stored.id, stored.version, goneMessage());
    bindItem(write.statement(), stored);
    write.exec(actionItemRefusals());
    transaction.commit();
}

qint64 ActionItemRepository::setState(Id id, FollowUpState state, const RowVersion& read)
{
    Transaction transaction(m_database);
    VersionedWrite write(m_database, QStringLiteral("action_item"), QStringLiteral("state = ?"), id,
                         read, goneMessage());
    write.statement().bind(state);
    write.exec(actionItemRefusals());
    transaction.commit();
    return write.newVersion();
}

void ActionItemRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    removeVersioned(m_database, QStringLiteral("action_item"), id, read);
    transaction.commit();
}

} // namespace jalaseh::storage
