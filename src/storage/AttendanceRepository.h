#pragma once

#include "core/Attendance.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// Who was at (or missing from) each meeting; one row per person and meeting.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database& database);

    QList<Attendance> ofMeeting(Id meetingId) const; // in the order they were listed
    QList<Attendance> ofPerson(Id personId) const;   // oldest meeting first
    // The attendance rows of a body's meetings held between two days (both included), by meeting
    // date: the cells of the attendance matrix.
    QList<Attendance> ofBodyBetween(Id bodyId, const QDate& from, const QDate& to) const;
    std::optional<Attendance> find(Id id) const;
    // How many people each of the meetings lists (invited, or recorded as there or not); a
    // meeting with none is left out.
    QHash<Id, int> countsOf(const QList<Id>& meetingIds) const;
    // Normalises the reason in place and sets attendance.id. Refused when the person is already
    // listed for the meeting.
    Id insert(Attendance& attendance);
    void update(const Attendance& attendance);
    void remove(Id id, const RowVersion& read = {});
    // Lists the body's current members on the meeting's date (active people, leads first) as
    // present in `role`, representing the body; people already listed are left as they are.
    void addBodyMembers(Id meetingId, Id bodyId, AttendanceRole role);
    // Lists the current leads of every active working group that was not merged by the meeting's
    // date (active people), as present in `role`, each representing his or her group; groups in
    // the order they were created. Someone leading two groups is listed once, for the first.
    // People already listed are left as they are.
    void addWorkingGroupLeads(Id meetingId, AttendanceRole role);

private:
    QString meetingDay(Id meetingId) const;
    QList<Attendance> select(const QString& sqlTail, const QList<QVariant>& values) const;

    Database& m_database;
};

} // namespace jalaseh::storage
