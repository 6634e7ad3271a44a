#pragma once

#include "core/Meeting.h"

#include <QList>
#include <optional>
#include <utility>

namespace jalaseh::storage {

class Database;

// What names a meeting in a list: its series, number and day.
struct MeetingHeading
{
    Id id = 0;
    Id seriesId = 0;
    int number = 0;
    QDate date;
};

class MeetingRepository
{
public:
    explicit MeetingRepository(Database& database);

    QList<Meeting> all() const;                 // newest first
    QList<Meeting> ofSeries(Id seriesId) const; // by number
    // The meetings of a body's series held between two days (both included), oldest first: the
    // columns of the attendance matrix.
    QList<Meeting> ofBodyBetween(Id bodyId, const QDate& from, const QDate& to) const;
    std::optional<Meeting> find(Id id) const;
    // The meeting numbered after `meeting` in its series, if it is recorded (planned or held):
    // the "next meeting" of the formal minutes.
    std::optional<Meeting> next(const Meeting& meeting) const;
    // The meetings with these ids (missing ones are left out), by id.
    QList<Meeting> findAll(const QList<Id>& ids) const;
    // Only the headings of those meetings: a tenth of the reading when a list names a thousand.
    QList<MeetingHeading> headings(const QList<Id>& ids) const;
    // The days of the first and the last meeting (both null when there is none).
    std::pair<QDate, QDate> heldPeriod() const;
    // The meetings on or after `day`, soonest first, at most `limit`; and how many there are.
    QList<Meeting> upcoming(const QDate& day, int limit) const;
    int countUpcoming(const QDate& day) const;
    // The meetings held whose minutes are not yet approved, newest first, at most `limit`; and
    // how many there are. Both ask awaitingApprovalCondition(), the one place that says which.
    QList<Meeting> awaitingApproval(int limit) const;
    // Counted up to `atMost`. meeting.status has no index: the count reads meeting_by_date
    // backwards until it has `atMost`, so at worst the whole table.
    int countAwaitingApproval(int atMost) const;
    // For now a meeting whose status is "held": approval sets "minutes approved". Where the
    // minutes of record (approval with its snapshot, amendments) come in, this is the place
    // to refine.
    static QString awaitingApprovalCondition();
    // Normalises the text in place and sets meeting.id; a number of 0 takes the series' next one.
    // Refused when the number is taken in the series or the meeting breaks core's rules.
    Id insert(Meeting& meeting);
    void update(const Meeting& meeting);
    // Removes the meeting with its attendance, agenda, contributions, proposals, decisions and
    // action items.
    void remove(Id id, const RowVersion& read = {});

private:
    QList<Meeting> select(const QString& sqlTail, const QList<QVariant>& values) const;

    Database& m_database;
};

} // namespace jalaseh::storage
