#include "session/models/CalendarModel.h"

#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/text/ClashText.h"

#include <algorithm>

namespace jalaseh::session {
namespace {

const QList<CalendarItem> noItems;

} // namespace

CalendarModel::CalendarModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    showPeriod(Span::Month, today());
}

QString CalendarModel::weekdayName(int column)
{
    switch (column) {
    case 0:
        return tr("Saturday");
    case 1:
        return tr("Sunday");
    case 2:
        return tr("Monday");
    case 3:
        return tr("Tuesday");
    case 4:
        return tr("Wednesday");
    case 5:
        return tr("Thursday");
    case 6:
        return tr("Friday");
    }
    return {};
}

QString CalendarModel::monthName(int month)
{
    static const char* const names[] = {
        QT_TR_NOOP("Farvardin"), QT_TR_NOOP("Ordibehesht"), QT_TR_NOOP("Khordad"),
        QT_TR_NOOP("Tir"),       QT_TR_NOOP("Mordad"),      QT_TR_NOOP("Shahrivar"),
        QT_TR_NOOP("Mehr"),      QT_TR_NOOP("Aban"),        QT_TR_NOOP("Azar"),
        QT_TR_NOOP("Dey"),       QT_TR_NOOP("Bahman"),      QT_TR_NOOP("Esfand")};
    return month >= 1 && month <= 12 ? tr(names[month - 1]) : QString();
}

void CalendarModel::setToday(const QDate& today)
{
    m_today = today;
    if (m_weeks > 0)
        emit dataChanged(index(0, 0), index(m_weeks - 1, 6));
}

QDate CalendarModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CalendarModel::showPeriod(Span span, const QDate& date)
{
    const persian::MonthGrid month = persian::monthGridOf(date);
    const QDate first = span == Span::Month ? month.gridStart : persian::weekStart(date);
    const int weeks = span == Span::Month ? month.weeks : 1;
    if (span == m_span && first == m_first && weeks == m_weeks && month.first == m_month.first)
        return;
    beginResetModel();
    m_span = span;
    m_month = month;
    m_first = first;
    m_weeks = weeks;
    m_items.clear();
    endResetModel();
}

void CalendarModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void CalendarModel::reload(storage::Database& database)
{
    const storage::CalendarPeriod period =
        storage::CalendarRepository(database).load(m_first, lastDay());
    const QHash<Id, Person> people = peopleOf(database, period.clashes);
    QHash<Id, const storage::CalendarEntry*> entries;
    for (const storage::CalendarEntry& entry : period.meetings)
        entries.insert(entry.meeting.id, &entry);

    QHash<Id, CalendarItem> items;
    for (const storage::CalendarEntry& entry : period.meetings)
        items.insert(entry.meeting.id, CalendarItem{entry, {}, false});
    for (const BookingClash& clash : period.clashes) {
        const auto item = items.find(clash.meetingId);
        const storage::CalendarEntry* other = entries.value(clash.otherMeetingId);
        if (item == items.end() || !other)
            continue;
        item->clashes.append(clashSentence(clash, *other, people));
        item->certain = item->certain || clash.certainty == ClashCertainty::Certain;
    }

    beginResetModel();
    m_items.clear();
    for (const storage::CalendarEntry& entry : period.meetings)
        m_items[entry.meeting.date].append(items.value(entry.meeting.id));
    endResetModel();
}

QDate CalendarModel::dateAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    return m_first.addDays(index.row() * 7 + index.column());
}

QModelIndex CalendarModel::indexOf(const QDate& date) const
{
    if (!shows(date))
        return {};
    const qint64 offset = m_first.daysTo(date);
    return index(int(offset / 7), int(offset % 7));
}

const QList<CalendarItem>& CalendarModel::itemsOn(const QDate& date) const
{
    const auto found = m_items.constFind(date);
    return found == m_items.constEnd() ? noItems : *found;
}

std::pair<int, int> CalendarModel::timedRange() const
{
    int from = 24 * 60;
    int to = 0;
    for (const QList<CalendarItem>& day : m_items)
        for (const CalendarItem& item : day) {
            const DaySpan span = occupiedSpan(item.entry.meeting.start, item.entry.meeting.end);
            if (!item.entry.meeting.start.isValid())
                continue;
            from = std::min(from, span.from);
            to = std::max(to, span.to);
        }
    return {from, to};
}

int CalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int CalendarModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarModel::data(const QModelIndex& index, int role) const
{
    const QDate date = dateAt(index);
    if (!date.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return persian::formatNumber(persian::JalaliDate::fromGregorian(date).day());
    case Qt::ToolTipRole:
        return toolTipOf(date);
    case Qt::AccessibleTextRole: {
        const QList<CalendarItem>& items = itemsOn(date);
        QString text = persian::formatDateLong(date);
        if (!items.isEmpty())
            text += QStringLiteral("، ") +
                    persian::toPersianDigits(tr("%n meeting(s)", nullptr, int(items.size())));
        if (data(index, ClashRole).toBool())
            text += QStringLiteral("، ") + tr("with a clash");
        return text;
    }
    case DateRole:
        return date;
    case InMonthRole:
        return m_span == Span::Week || m_month.contains(date);
    case TodayRole:
        return date == today();
    case MeetingCountRole:
        return int(itemsOn(date).size());
    case ClashRole:
        return std::any_of(itemsOn(date).begin(), itemsOn(date).end(),
                           [](const CalendarItem& item) { return item.hasClash(); });
    }
    return {};
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return weekdayName(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString CalendarModel::toolTipOf(const QDate& date) const
{
    // Rich text, so every piece of recorded text is escaped.
    QString html = htmlParagraph(
        QStringLiteral("<b>%1</b>").arg(persian::formatDateLong(date).toHtmlEscaped()));
    for (const CalendarItem& item : itemsOn(date)) {
        html += htmlParagraph(
            QStringLiteral("%1 — %2").arg(meetingTimes(item.entry.meeting).toHtmlEscaped(),
                                          meetingName(item.entry).toHtmlEscaped()));
        for (const QString& clash : item.clashes)
            html += htmlParagraph(QStringLiteral("⚠ %1").arg(clash.toHtmlEscaped()));
    }
    return html;
}

} // namespace jalaseh::session
