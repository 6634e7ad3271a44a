#pragma once

#include "core/BodyMerge.h"

#include <QString>

namespace jalaseh::storage {

class Database;

// Merges a working group into another (the rules are core's planMerge) and takes a merge back.
// Each is one transaction: the body's mergedIntoId and mergedOn, its seats that go on after the
// day ended, the surviving body's new seats; nothing else is touched, so the merged group's
// series, meetings and minutes keep its name.
class BodyMerging
{
public:
    explicit BodyMerging(Database& database);

    // Works the merge out from what the database holds now; writes nothing. Throws StorageError
    // when a body is not in the database.
    BodyMergePlan plan(Id bodyId, Id intoId, const QDate& on) const;
    // Why the plan is refused, as a sentence for the secretary; empty when it is not refused.
    QString refusalMessage(const BodyMergePlan& plan) const;
    // Merges, or throws StorageError with refusalMessage(). The plan returned carries the new
    // seats' ids: give it to unmerge() to take the merge back.
    BodyMergePlan merge(Id bodyId, Id intoId, const QDate& on);
    // Puts every row merge() changed back as it was (seats it removed with their old ids) and
    // removes the seats it added. Refused when the body is no longer merged as the plan says.
    void unmerge(const BodyMergePlan& merged);

private:
    QDate lastMeetingOf(Id bodyId) const;
    void setMerged(Id bodyId, std::optional<Id> intoId, const QDate& on);

    Database& m_database;
};

} // namespace jalaseh::storage
