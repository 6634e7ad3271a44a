#pragma once

#include "core/Body.h"
#include "core/BodyActivity.h"

#include <QAbstractTableModel>

namespace jalaseh::session {

// The activity of every body over the period: the steering committee first, then the working
// groups in Persian order (report::ActivityRows); meetings held, proposals, decisions and their
// follow-up, the last meeting; a last row adds them up. A body that did not meet has its
// meetings cell in red, overdue decisions are in red; the meetings cell's tooltip gives the
// count of each season.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        BodyColumn,
        MeetingsColumn,
        ProposalsColumn,
        DecisionsColumn,
        OpenColumn,
        DoneColumn,
        OverdueColumn,
        LastMeetingColumn,
        ColumnCount
    };
    enum Role
    {
        BodyIdRole = Qt::UserRole + 1
    };

    explicit ActivityTableModel(QObject* parent = nullptr);

    void setReport(ActivityReport report, QList<Body> bodies);
    const ActivityReport& report() const { return m_report; }
    const QList<Body>& bodies() const { return m_bodies; }
    // The body shown at `row`; 0 for the totals row.
    Id bodyAt(int row) const;
    bool isTotalsRow(int row) const { return row == m_rows.size(); }
    // The body's name as the interface shows it ("… (merged into …)" translated).
    QString bodyName(Id bodyId) const;
    // Spring to winter in the interface's language.
    static QStringList seasonNames();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const BodyActivity& activityAt(int row) const;

    ActivityReport m_report;
    QList<Body> m_bodies;
    QList<int> m_rows;
};

} // namespace jalaseh::session
