#include "session/models/FollowUpListModel.h"

#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/models/PersonListModel.h"
#include "session/text/Contrast.h"
#include "session/text/PersonName.h"
#include "storage/ActionItemRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>
#include <algorithm>

namespace jalaseh::session {
namespace {

const QColor overdueBackground(0xfd, 0xec, 0xea);
const QColor overdueText(0xb0, 0x00, 0x20);

QList<FollowUpItem> itemsOf(const QList<Decision>& decisions, const QList<ActionItem>& actions)
{
    QList<FollowUpItem> items;
    items.reserve(decisions.size() + actions.size());
    for (const Decision& decision : decisions)
        items.append(FollowUpItem::of(decision));
    for (const ActionItem& action : actions)
        items.append(FollowUpItem::of(action));
    return items;
}

} // namespace

FollowUpListModel::FollowUpListModel(const PersonListModel& people, QObject* parent)
    : RecordListModel({tr("Decision or task"), tr("Kind"), tr("Responsible"), tr("Deadline"),
                       tr("Follow-up"), tr("From the meeting"), tr("Reviewed in")},
                      parent)
    , m_people(people)
{
}

void FollowUpListModel::reloadOpen(storage::Database& database)
{
    show(database, itemsOf(storage::DecisionRepository(database).open(),
                           storage::ActionItemRepository(database).open()));
}

void FollowUpListModel::reloadPeriod(storage::Database& database, const QDate& from,
                                     const QDate& to)
{
    show(database, itemsOf(storage::DecisionRepository(database).heldBetween(from, to),
                           storage::ActionItemRepository(database).heldBetween(from, to)));
}

void FollowUpListModel::show(storage::Database& database, QList<FollowUpItem> items)
{
    // Overdue first, then what is still to do by deadline (none last), done last; the
    // repositories' order (by deadline, or by meeting) settles the rest.
    const QDate today = m_today;
    const auto rank = [&today](const FollowUpItem& item) {
        const FollowUpState state = item.effectiveState(today);
        return state == FollowUpState::Overdue ? 0 : state == FollowUpState::Done ? 2 : 1;
    };
    std::stable_sort(items.begin(), items.end(), [&](const FollowUpItem& a, const FollowUpItem& b) {
        const int rankA = rank(a);
        const int rankB = rank(b);
        if (rankA != rankB)
            return rankA < rankB;
        if (a.deadline().isValid() != b.deadline().isValid())
            return a.deadline().isValid();
        return a.deadline() < b.deadline();
    });
    MeetingNames meetings = nameMeetings(database, items);
    PeopleNames people = namePeople(items);

    QList<Id> ids;
    QStringList searchTexts;
    ids.reserve(items.size());
    searchTexts.reserve(items.size());
    for (const FollowUpItem& item : std::as_const(items)) {
        const auto responsible = item.responsibleId();
        ids.append(item.id());
        searchTexts.append(
            QStringList{item.text(), responsible ? people.names.value(*responsible) : QString(),
                        persian::formatDate(item.deadline()), label(item.effectiveState(today)),
                        meetings.names.value(item.meetingId())}
                .join(QLatin1Char(' ')));
    }
    setRows(std::move(ids), searchTexts, [&] {
        m_items = std::move(items);
        m_meetingNames = std::move(meetings.names);
        m_meetingNumbers = std::move(meetings.numbers);
        m_names = std::move(people.names);
        m_responsible = std::move(people.inOrder);
    });
}

FollowUpListModel::MeetingNames FollowUpListModel::nameMeetings(storage::Database& database,
                                                                const QList<FollowUpItem>& items)
{
    QSet<Id> wanted;
    for (const FollowUpItem& item : items) {
        wanted.insert(item.meetingId());
        if (item.isDecision())
            for (const Id review : item.decision.reviewedInMeetingIds)
                wanted.insert(review);
    }
    QHash<Id, QString> series;
    for (const MeetingSeries& one : storage::MeetingSeriesRepository(database).all())
        series.insert(one.id, one.name);
    MeetingNames names;
    // Translated once: a board names a thousand meetings or more.
    const QString name = tr("%1 no. %2, %3");
    const QString numbered = tr("no. %1 (%2)");
    for (const storage::MeetingHeading& meeting :
         storage::MeetingRepository(database).headings(QList<Id>(wanted.begin(), wanted.end()))) {
        const QString number = persian::formatNumber(meeting.number);
        const QString date = persian::formatDate(meeting.date);
        names.names.insert(meeting.id, name.arg(series.value(meeting.seriesId), number, date));
        names.numbers.insert(meeting.id, numbered.arg(number, date));
    }
    return names;
}

FollowUpListModel::PeopleNames FollowUpListModel::namePeople(const QList<FollowUpItem>& items) const
{
    QSet<Id> responsible;
    for (const FollowUpItem& item : items)
        if (const auto id = item.responsibleId())
            responsible.insert(*id);
    // One pass over the people, in their Persian order (kept for responsiblePeople()).
    PeopleNames names;
    for (int row = 0; row < m_people.rowCount(); ++row) {
        const Id id = m_people.idAt(row);
        if (responsible.contains(id)) {
            names.names.insert(id, displayName(m_people.personAt(row)));
            names.inOrder.append(id);
        }
    }
    return names;
}

QVariant FollowUpListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::BackgroundRole:
        return isOverdue(row) ? QVariant(QBrush(overdueBackground)) : QVariant();
    case Qt::ForegroundRole:
        if (isOverdue(row) && (column == StateColumn || column == DeadlineColumn))
            return QBrush(overdueText);
        if (isOverdue(row)) // on the overdue background, whatever the palette's text
            return QBrush(contrast::inkOnLight());
        return {};
    case Qt::FontRole:
        if (isOverdue(row) && column == StateColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ReviewsColumn && m_items.at(row).isDecision()) {
            QStringList names;
            for (const Id review : m_items.at(row).decision.reviewedInMeetingIds)
                names.append(m_meetingNames.value(review));
            return names.join(QLatin1Char('\n'));
        }
        return RecordListModel::data(index, role);
    default:
        return RecordListModel::data(index, role);
    }
}

void FollowUpListModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int FollowUpListModel::rowOf(FollowUpItem::Kind kind, Id id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).kind == kind && m_items.at(row).id() == id)
            return row;
    return -1;
}

bool FollowUpListModel::isOverdue(int row) const
{
    return m_items.at(row).effectiveState(m_today) == FollowUpState::Overdue;
}

QString FollowUpListModel::personName(std::optional<Id> personId) const
{
    return personId ? m_names.value(*personId) : QString();
}

QString FollowUpListModel::reviewsOf(const Decision& decision) const
{
    QStringList numbers;
    for (const Id review : decision.reviewedInMeetingIds)
        numbers.append(m_meetingNumbers.value(review));
    return numbers.join(tr(", "));
}

QString FollowUpListModel::cell(int row, int column) const
{
    const FollowUpItem& item = m_items.at(row);
    switch (column) {
    case TextColumn:
        return item.text();
    case KindColumn:
        if (!item.isDecision())
            return tr("Action item");
        // A deferred decision waits for a meeting to take it up, not for work to be done.
        return item.decision.status == DecisionStatus::Deferred ? tr("Decision (deferred)")
                                                                : tr("Decision");
    case ResponsibleColumn:
        return personName(item.responsibleId());
    case DeadlineColumn: {
        const QString date = persian::formatDate(item.deadline());
        const qint64 late = item.deadline().isValid() ? item.deadline().daysTo(m_today) : 0;
        if (late > 0 && isOverdue(row))
            return tr("%1 (%2 days late)").arg(date, persian::formatNumber(late));
        return date;
    }
    case StateColumn: {
        const FollowUpState shown = item.effectiveState(m_today);
        if (shown != item.state()) // past its deadline while marked open or in progress
            return tr("%1 (marked %2)").arg(label(shown), label(item.state()));
        return label(shown);
    }
    case MeetingColumn:
        return m_meetingNames.value(item.meetingId());
    case ReviewsColumn:
        return item.isDecision() ? reviewsOf(item.decision) : QString();
    }
    return {};
}

} // namespace jalaseh::session
