#include "session/models/MeetingListModel.h"

#include "core/EnumLabels.h"
#include "persian/Collation.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MinutesVersionRepository.h"

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

    const QHash<Id, MinutesStanding> standings =
        storage::MinutesVersionRepository(database).standings();
    QList<Row> rows;
    for (Meeting& meeting : storage::MeetingRepository(database).all()) {
        const auto standing = standings.constFind(meeting.id);
        rows.append({meeting, seriesNames.value(meeting.seriesId),
                     persian::formatDate(meeting.date),
                     standing == standings.cend() ? std::nullopt : std::optional(*standing)});
    }
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

// The minutes of record at a glance: an amendment open, a later version, or a file's claim of
// approval that nobody made here.
QString MeetingListModel::status(const Row& row)
{
    if (!row.minutes)
        return row.meeting.status == MeetingStatus::MinutesApproved
                   ? tr("Minutes marked approved, not approved here")
                   : label(row.meeting.status);
    if (row.minutes->state == MinutesStanding::Amending)
        return tr("Minutes being amended (version %1)")
            .arg(persian::formatNumber(row.minutes->version));
    if (row.minutes->wasAmended())
        return tr("Minutes approved (version %1)").arg(persian::formatNumber(row.minutes->version));
    return label(MeetingStatus::MinutesApproved);
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
        return status(r);
    }
    return {};
}

} // namespace jalaseh::session
