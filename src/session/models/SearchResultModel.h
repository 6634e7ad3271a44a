#pragma once

#include "storage/SearchRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace jalaseh::session {

// The hits of a search of the whole database, each with what it is, its text, the meeting it
// belongs to (series and number) and that meeting's Jalali date.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        TextColumn,
        MeetingColumn,
        DateColumn,
        ColumnCount
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    // `meetingNames`: "نشست راهبران کارگروه‌ها، شماره‌ی ۱" by meeting
    // id.
    void show(QList<storage::SearchHit> hits, QHash<Id, QString> meetingNames);
    const storage::SearchHit& hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindName(storage::SearchHit::Kind kind);

private:
    QList<storage::SearchHit> m_hits;
    QHash<Id, QString> m_meetingNames;
};

} // namespace jalaseh::session
