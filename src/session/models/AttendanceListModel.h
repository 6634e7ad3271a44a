#pragma once

#include "core/Attendance.h"
#include "session/models/RecordListModel.h"

#include <QHash>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class PersonListModel;

// Who attended one meeting (or was missing), in which role and how.
class AttendanceListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        PersonColumn,
        RoleColumn,
        StatusColumn,
        DetailColumn,
        RepresentsColumn
    };

    AttendanceListModel(const PersonListModel& people, QObject* parent = nullptr);

    void reload(storage::Database& database, Id meetingId);
    const Attendance& attendanceAt(int row) const { return m_rows.at(row); }

protected:
    QString cell(int row, int column) const override;

private:
    const PersonListModel& m_people;
    QList<Attendance> m_rows;
    QHash<Id, QString> m_bodies;
};

} // namespace jalaseh::session
