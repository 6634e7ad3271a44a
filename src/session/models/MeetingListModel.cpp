#include "session/models/MeetingListModel.h"

#include "core/EnumLabels.h"
#include "persian/Collation.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"

#include <algorithm>

namespace jalaseh::session {

MeetingListModel::MeetingListModel(QObject* parent)
    : RecordListModel(
          {tr("Date"), tr("Series"), tr("No."), tr("Title"), tr("Mode"), tr("Venue"), tr("Status")},
          parent)
{
}

void MeetingListModel::reload(storage::Database& database)
{
    const persian::PersianCollator collator;
    QHash<Id, QString> seriesNames;
    QHash<Id, QByteArray> seriesOrder;
    QList<QPair<Id, QString>> allSeries;
    for (const MeetingSeries& series : storage::MeetingSeriesRepository(database).all()) {
        seriesNames.insert(series.id, series.name);
        seriesOrder.insert(series.id, collator.sortKey(series.name));
        allSeries.append({series.id, series.name});
    }
    std::sort(allSeries.begin(), allSeries.end(), [&](const auto& a, const auto& b) {
        return seriesOrder.value(a.first) < seriesOrder.value(b.first);
    });

    QList<Row> rows;
    for (Meeting& meeting : storage::MeetingRepository(database).all())
        rows.append(
            {meeting, seriesNames.value(meeting.seriesId), persian::formatDate(meeting.date)});
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const QByteArray& orderA = seriesOrder[a.meeting.seriesId];
        const QByteArray& orderB = seriesOrder[b.meeting.seriesId];
        if (orderA != orderB)
            return orderA < orderB;
        if (a.meeting.date != b.meeting.date)
            return a.meeting.date > b.meeting.date;
        return a.meeting.number > b.meeting.number;
    });

    QList<Id> ids;
    QStringList searchTexts;
    ids.reserve(rows.size());
    searchTexts.reserve(rows.size());
    for (const Row& row : rows) {
        ids.append(row.meeting.id);
        searchTexts.append(QStringList{row.date, row.seriesName,
                                       QString::number(row.meeting.number), row.meeting.title,
                                       row.meeting.venue}
                               .join(QLatin1Char(' ')));
    }
    setRows(std::move(ids), searchTexts, [&] {
        m_rows = std::move(rows);
        m_series = std::move(allSeries);
    });
}

QString MeetingListModel::cell(int row, int column) const
{
    const Row& r = m_rows.at(row);
    switch (column) {
    case DateColumn:
        return r.date;
    case SeriesColumn:
        return r.seriesName;
    case NumberColumn:
        return persian::formatNumber(r.meeting.number);
    case TitleColumn:
        return r.meeting.title;
    case ModeColumn:
        return label(r.meeting.mode);
    case VenueColumn:
        return r.meeting.venue;
    case StatusColumn:
        return label(r.meeting.status);
    }
    return {};
}

} // namespace jalaseh::session
