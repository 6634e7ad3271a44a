#pragma once

#include "core/AttendanceMatrix.h"
#include "core/Person.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace jalaseh::session {

// The members x meetings matrix as a table: one row per member (of the role chosen, or all) in
// Persian order of family then given name, the name in the vertical header so that it stays in
// sight while the meetings scroll; columns for the role and the two rates, then one per meeting
// ("جلسه ۳" over its Jalali date), oldest first (at the right in a right-to-left window). A last
// row gives each meeting's members present of those expected, and the body's overall rate.
// Each cell is a short word on the colour of its status, with the details in its tooltip.
class AttendanceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RoleColumn,
        RateColumn,
        RateWithoutExcusedColumn,
        FirstMeetingColumn
    };
    enum Role
    {
        MeetingIdRole = Qt::UserRole + 1, // on meeting columns' cells and headers
        PersonIdRole
    };

    explicit AttendanceMatrixModel(QObject* parent = nullptr);

    // `bodyNames` names the bodies of the meetings (for the headers' tooltips).
    void setMatrix(AttendanceMatrix matrix, QList<Person> people, QHash<Id, QString> bodyNames);
    void setRole(std::optional<MembershipRole> role);
    void clear();

    const AttendanceMatrix& matrix() const { return m_matrix; }
    const QList<Person>& people() const { return m_people; }
    std::optional<MembershipRole> role() const { return m_role; }
    // The matrix row shown at `row` (the last row, the totals, has none: -1).
    int matrixRow(int row) const { return m_rows.value(row, -1); }
    int rowOfPerson(Id personId) const;
    int memberCount() const { return int(m_rows.size()); }
    bool isTotalsRow(int row) const { return row == m_rows.size(); }
    // The meeting of a column, or 0.
    Id meetingAt(int column) const;
    QString personName(Id personId) const; // "احمدی، سارا"
    // The name set apart (Unicode first-strong isolate) for a sentence in the other direction:
    // "احمدی، سارا: 3 absences" must not let the Persian name carry the colon and digit along.
    QString isolatedName(Id personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant memberData(int row, int column, int role) const;
    QVariant totalsData(int column, int role) const;
    QString cellText(const AttendanceCell& cell) const;
    QString cellDetails(const AttendanceCell& cell) const;
    void arrangeRows();

    AttendanceMatrix m_matrix{{}, {}, {}};
    QList<Person> m_people;
    QHash<Id, const Person*> m_personOf;
    QHash<Id, QString> m_bodyNames;
    std::optional<MembershipRole> m_role;
    QList<int> m_rows; // matrix rows, in display order
};

} // namespace jalaseh::session
