#include "session/models/ActivityTableModel.h"

#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "report/ActivityRows.h"
#include "session/text/Contrast.h"

#include <QBrush>
#include <QFont>

namespace jalaseh::session {
namespace {

const QColor overdueColour(0x9b, 0x12, 0x12);
const QColor idleBackground(0xfb, 0xe3, 0xe3);

} // namespace

ActivityTableModel::ActivityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActivityTableModel::setReport(ActivityReport report, QList<Body> bodies)
{
    beginResetModel();
    m_report = std::move(report);
    m_bodies = std::move(bodies);
    m_rows = report::ActivityRows::inDisplayOrder(m_report, m_bodies);
    endResetModel();
}

Id ActivityTableModel::bodyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_report.bodies().at(m_rows.at(row)).bodyId : 0;
}

const BodyActivity& ActivityTableModel::activityAt(int row) const
{
    return isTotalsRow(row) ? m_report.total() : m_report.bodies().at(m_rows.at(row));
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const BodyActivity& activity = activityAt(row);
    const bool total = isTotalsRow(row);
    switch (role) {
    case BodyIdRole:
        return bodyAt(row);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case BodyColumn:
            return total ? tr("All bodies") : bodyName(activity.bodyId);
        case MeetingsColumn:
            return persian::formatNumber(activity.meetings);
        case ProposalsColumn:
            return persian::formatNumber(activity.proposals);
        case DecisionsColumn:
            return persian::formatNumber(activity.decisions);
        case OpenColumn:
            return persian::formatNumber(activity.open);
        case DoneColumn:
            return persian::formatNumber(activity.done);
        case OverdueColumn:
            return persian::formatNumber(activity.overdue);
        case LastMeetingColumn:
            return activity.lastMeeting.isValid() ? persian::formatDate(activity.lastMeeting)
                                                  : tr("none");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MeetingsColumn) {
            QStringList seasons;
            for (int i = 0; i < m_report.quarters().size(); ++i)
                seasons.append(tr("%1: %2").arg(
                    report::ActivityRows::quarterName(m_report.quarters()[i], seasonNames()),
                    persian::formatNumber(activity.meetingsPerQuarter.value(i))));
            QString text = seasons.join(QLatin1Char('\n'));
            if (activity.planned > 0)
                text +=
                    QLatin1Char('\n') +
                    tr("and %1 planned after today").arg(persian::formatNumber(activity.planned));
            return text;
        }
        if (index.column() == OverdueColumn)
            return tr("Approved or deferred decisions whose deadline has passed without being "
                      "done.");
        return {};
    case Qt::TextAlignmentRole:
        return int(index.column() == BodyColumn ? Qt::AlignVCenter | Qt::AlignLeading
                                                : Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (total)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (index.column() == MeetingsColumn && activity.meetings == 0)
            return QBrush(idleBackground);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OverdueColumn && activity.overdue > 0)
            return QBrush(contrast::darkPalette() && !total ? contrast::warningRed()
                                                            : overdueColour);
        if (total || (index.column() == MeetingsColumn && activity.meetings == 0))
            return QBrush(contrast::inkOnLight()); // on the background chosen above
        return {};
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case BodyColumn:
        return tr("Body");
    case MeetingsColumn:
        return tr("Meetings");
    case ProposalsColumn:
        return tr("Proposals");
    case DecisionsColumn:
        return tr("Decisions");
    case OpenColumn:
        return tr("Open");
    case DoneColumn:
        return tr("Done");
    case OverdueColumn:
        return tr("Overdue");
    case LastMeetingColumn:
        return tr("Last meeting");
    case ColumnCount:
        break;
    }
    return {};
}

QString ActivityTableModel::bodyName(Id bodyId) const
{
    return report::ActivityRows::bodyName(bodyId, m_bodies, tr("%1 (merged into %2)"));
}

QStringList ActivityTableModel::seasonNames()
{
    return {tr("Spring"), tr("Summer"), tr("Autumn"), tr("Winter")};
}

} // namespace jalaseh::session
