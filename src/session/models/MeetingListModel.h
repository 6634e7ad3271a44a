#pragma once

#include "core/Meeting.h"
#include "core/MinutesVersion.h"
#include "session/models/RecordListModel.h"

#include <QHash>
#include <optional>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// Every meeting, grouped by series (series in Persian order), newest first within a series.
class MeetingListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        SeriesColumn,
        NumberColumn,
        TitleColumn,
        ModeColumn,
        VenueColumn,
        StatusColumn
    };

    explicit MeetingListModel(QObject* parent = nullptr);

    void reload(storage::Database& database);
    const Meeting& meetingAt(int row) const { return m_rows.at(row).meeting; }
    // The series of every listed meeting, id -> name, in Persian order of the names.
    const QList<QPair<Id, QString>>& series() const { return m_series; }

protected:
    QString cell(int row, int column) const override;

private:
    struct Row
    {
        Meeting meeting;
        QString seriesName;
        QString date;                           // Jalali, Persian digits
        std::optional<MinutesStanding> minutes; // none: never approved
    };
    static QString status(const Row& row);

    QList<Row> m_rows;
    QList<QPair<Id, QString>> m_series;
};

} // namespace jalaseh::session
