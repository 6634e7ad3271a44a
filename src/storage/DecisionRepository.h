#pragma once

#include "core/Decision.h"
#include "storage/FollowUpDue.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// Resolutions (مصوبات) with their follow-up, and the later meetings that reviewed them.
class DecisionRepository
{
public:
    explicit DecisionRepository(Database& database);

    QList<Decision> ofMeeting(Id meetingId) const; // by position
    // Every decision, by meeting date and position.
    QList<Decision> all() const;
    // The decisions of the meetings held from `from` to `to` (both included), by meeting date and
    // position: "all decisions" a period at a time (a Jalali year is about a tenth of ten years).
    QList<Decision> heldBetween(const QDate& from, const QDate& to) const;
    // What still needs following up: approved or deferred, follow-up not done. Overdue first
    // (past their deadline today, or marked overdue), then by deadline; those without one last.
    QList<Decision> open() const;
    // The approved or deferred decisions `due` asks for, by deadline (oldest first), at most
    // `limit`; and how many there are. For short lists such as the home view's.
    QList<Decision> due(const FollowUpDue& due, int limit) const;
    // Counted up to `atMost` (then `atMost`): a long list is not read to its end to be counted.
    int countDue(const FollowUpDue& due, int atMost) const;
    // Decisions of earlier meetings of the meeting's series that come back to it: those it
    // reviewed, and those still deferred. Oldest first.
    QList<Decision> carriedInto(Id meetingId) const;
    std::optional<Decision> find(Id id) const;
    // Inserts at decision.position (1..n+1; 0 or out of range appends); sets its id and position
    // and normalises the text in place. reviewedInMeetingIds are stored too.
    Id insert(Decision& decision);
    // Changes everything but the meeting and position (see move()), reviews included, if the
    // decision is still at decision.version (else EditConflict; see RowVersions.h).
    void update(const Decision& decision);
    // Changes only the follow-up state: what a server's lead may do to the decisions assigned to
    // the person of the login (ServerRoles.h); update() needs the secretariat. Returns the row's
    // new version.
    qint64 setFollowUp(Id id, FollowUpState followUp, const RowVersion& read = {});
    // Action items from the decision stay, without it. Refused (EditConflict) when the decision
    // is no longer at `read`.
    void remove(Id id, const RowVersion& read = {});
    void move(Id id, int newPosition);
    // Records that a meeting took the decision up again.
    void addReview(Id decisionId, Id meetingId);

private:
    QList<Decision> select(const QString& sqlTail, const QList<QVariant>& values) const;
    void writeReviews(Id decisionId, const QList<Id>& meetingIds);

    Database& m_database;
};

} // namespace jalaseh::storage
