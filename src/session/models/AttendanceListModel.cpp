#include "session/models/AttendanceListModel.h"

#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"

namespace jalaseh::session {

AttendanceListModel::AttendanceListModel(const PersonListModel& people, QObject* parent)
    : RecordListModel({tr("Person"), tr("Role"), tr("Status"), tr("Details"), tr("Represents")},
                      parent)
    , m_people(people)
{
    follow(people, {PersonColumn});
}

void AttendanceListModel::reload(storage::Database& database, Id meetingId)
{
    QHash<Id, QString> bodies;
    for (const Body& body : storage::BodyRepository(database).all())
        bodies.insert(body.id, body.name);
    QList<Attendance> rows = meetingId
                                 ? storage::AttendanceRepository(database).ofMeeting(meetingId)
                                 : QList<Attendance>{};
    QList<Id> ids;
    QStringList searchTexts;
    for (const Attendance& row : std::as_const(rows)) {
        ids.append(row.id);
        const Person* person = m_people.person(row.personId);
        searchTexts.append(person ? displayName(*person) : QString());
    }
    setRows(std::move(ids), searchTexts, [&] {
        m_bodies = std::move(bodies);
        m_rows = std::move(rows);
    });
}

QString AttendanceListModel::cell(int row, int column) const
{
    const Attendance& attendance = m_rows.at(row);
    switch (column) {
    case PersonColumn: {
        const Person* person = m_people.person(attendance.personId);
        return person ? displayName(*person) : QString();
    }
    case RoleColumn:
        return label(attendance.role);
    case StatusColumn:
        return label(attendance.status);
    case DetailColumn:
        if (attendance.status == AttendanceStatus::Late)
            return tr("%1 minutes late").arg(persian::formatNumber(attendance.minutesLate));
        return attendance.reason;
    case RepresentsColumn:
        return attendance.representsBodyId ? m_bodies.value(*attendance.representsBodyId)
                                           : QString();
    }
    return {};
}

} // namespace jalaseh::session
