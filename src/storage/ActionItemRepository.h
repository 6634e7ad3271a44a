#pragma once

#include "core/ActionItem.h"
#include "storage/FollowUpDue.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// Tasks with an owner and a deadline, usually from a decision.
class ActionItemRepository
{
public:
    explicit ActionItemRepository(Database& database);

    QList<ActionItem> ofMeeting(Id meetingId) const; // in the order they were recorded
    // Not done: overdue first (past the deadline today, or marked overdue), then by deadline;
    // those without one last.
    QList<ActionItem> open() const;
    // The action items `due` asks for, by deadline (oldest first), at most `limit`; and how many
    // there are.
    QList<ActionItem> due(const FollowUpDue& due, int limit) const;
    // Counted up to `atMost` (then `atMost`): a long list is not read to its end to be counted.
    int countDue(const FollowUpDue& due, int atMost) const;
    // The action items of the meetings held from `from` to `to` (both included), by meeting date
    // and then as recorded.
    QList<ActionItem> heldBetween(const QDate& from, const QDate& to) const;
    std::optional<ActionItem> find(Id id) const;
    // Normalises the task in place and sets item.id.
    Id insert(ActionItem& item);
    // Refused (EditConflict) when the item is no longer at item.version (RowVersions.h).
    void update(const ActionItem& item);
    // Changes only the state: what a server's lead may do to the items assigned to the person of
    // the login (ServerRoles.h); update() needs the secretariat. Returns the row's new version.
    qint64 setState(Id id, FollowUpState state, const RowVersion& read = {});
    void remove(Id id, const RowVersion& read = {});

private:
    QList<ActionItem> select(const QString& sqlTail, const QList<QVariant>& values) const;

    Database& m_database;
};

} // namespace jalaseh::storage
