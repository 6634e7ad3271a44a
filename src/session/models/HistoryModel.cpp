#include "session/models/HistoryModel.h"

#include "core/Attachment.h"
#include "core/EnumLabels.h"
#include "core/Enums.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "persian/LocalTime.h"
#include "session/DatabaseSession.h"
#include "session/PeopleInOrder.h"
#include "storage/BodyRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/MeetingSeriesRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace jalaseh::session {
namespace {

template <typename Enum>
QString enumLabel(const QString& key)
{
    if (const auto value = enumFromStorageKey<Enum>(key))
        return label(*value);
    return key;
}

bool isPersonColumn(const QString& column)
{
    static const QStringList columns{
        QStringLiteral("person_id"),    QStringLiteral("chair_id"),
        QStringLiteral("secretary_id"), QStringLiteral("speaker_id"),
        QStringLiteral("proposer_id"),  QStringLiteral("responsible_id"),
        QStringLiteral("owner_id"),
    };
    return columns.contains(column);
}

QString columnLabel(const QString& column)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("series_id"), QT_TRANSLATE_NOOP("HistoryModel", "Series")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("HistoryModel", "Number")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("HistoryModel", "Title")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("HistoryModel", "Held")},
        {QStringLiteral("venue"), QT_TRANSLATE_NOOP("HistoryModel", "Venue")},
        {QStringLiteral("online_link"), QT_TRANSLATE_NOOP("HistoryModel", "Online link")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("HistoryModel", "Date")},
        {QStringLiteral("start_time"), QT_TRANSLATE_NOOP("HistoryModel", "Start")},
        {QStringLiteral("end_time"), QT_TRANSLATE_NOOP("HistoryModel", "End")},
        {QStringLiteral("chair_id"), QT_TRANSLATE_NOOP("HistoryModel", "Chair")},
        {QStringLiteral("secretary_id"), QT_TRANSLATE_NOOP("HistoryModel", "Secretary")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("HistoryModel", "Status")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("HistoryModel", "Summary")},
        {QStringLiteral("person_id"), QT_TRANSLATE_NOOP("HistoryModel", "Person")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("HistoryModel", "Role")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("HistoryModel", "Reason")},
        {QStringLiteral("minutes_late"), QT_TRANSLATE_NOOP("HistoryModel", "Minutes late")},
        {QStringLiteral("represents_body_id"), QT_TRANSLATE_NOOP("HistoryModel", "Represents")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("HistoryModel", "Description")},
        {QStringLiteral("is_question"), QT_TRANSLATE_NOOP("HistoryModel", "A question")},
        {QStringLiteral("speaker_id"), QT_TRANSLATE_NOOP("HistoryModel", "Speaker")},
        {QStringLiteral("agenda_item_id"), QT_TRANSLATE_NOOP("HistoryModel", "Agenda item")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("HistoryModel", "Text")},
        {QStringLiteral("proposer_id"), QT_TRANSLATE_NOOP("HistoryModel", "Proposed by")},
        {QStringLiteral("responsible_id"), QT_TRANSLATE_NOOP("HistoryModel", "Responsible")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("HistoryModel", "Deadline")},
        {QStringLiteral("follow_up"), QT_TRANSLATE_NOOP("HistoryModel", "Follow-up")},
        {QStringLiteral("proposal_id"), QT_TRANSLATE_NOOP("HistoryModel", "Proposal")},
        {QStringLiteral("decision_id"), QT_TRANSLATE_NOOP("HistoryModel", "Decision")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("HistoryModel", "Task")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("HistoryModel", "Owner")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("HistoryModel", "State")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("HistoryModel", "Version")},
        {QStringLiteral("amend_reason"), QT_TRANSLATE_NOOP("HistoryModel", "Reason to amend")},
        {QStringLiteral("approved_at"), QT_TRANSLATE_NOOP("HistoryModel", "Approved on")},
        {QStringLiteral("approved_by"), QT_TRANSLATE_NOOP("HistoryModel", "Approved by")},
        {QStringLiteral("document_id"), QT_TRANSLATE_NOOP("HistoryModel", "Document id")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("HistoryModel", "File")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("HistoryModel", "Size")},
        {QStringLiteral("media_type"), QT_TRANSLATE_NOOP("HistoryModel", "Type")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("HistoryModel", "SHA-256")},
    };
    const auto found = labels.constFind(column);
    return found == labels.constEnd() ? column
                                      : QCoreApplication::translate("HistoryModel", *found);
}

} // namespace

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool HistoryModel::reloadMeeting(DatabaseSession& session, Id meetingId)
{
    return reload(session, [&] {
        return storage::ChangeLogRepository(session.database()).forMeeting(meetingId);
    });
}

bool HistoryModel::reloadDecision(DatabaseSession& session, Id decisionId)
{
    return reload(session, [&] {
        return storage::ChangeLogRepository(session.database()).forDecision(decisionId);
    });
}

bool HistoryModel::reload(DatabaseSession& session,
                          const std::function<QList<HistoryEntry>()>& read)
{
    QList<HistoryEntry> entries;
    QHash<Id, QString> personNames;
    QHash<Id, QString> bodyNames;
    QHash<Id, QString> seriesNames;
    if (!session.read([&] {
            entries = read();
            const auto people = session.people();
            for (const Person& person : people->people)
                personNames.insert(person.id, person.fullName());
            for (const Body& body : storage::BodyRepository(session.database()).all())
                bodyNames.insert(body.id, body.name);
            for (const MeetingSeries& series :
                 storage::MeetingSeriesRepository(session.database()).all())
                seriesNames.insert(series.id, series.name);
        }))
        return false;
    beginResetModel();
    m_entries = std::move(entries);
    m_personNames = std::move(personNames);
    m_bodyNames = std::move(bodyNames);
    m_seriesNames = std::move(seriesNames);
    endResetModel();
    return true;
}

QString HistoryModel::describe(const HistoryEntry& entry) const
{
    const bool added = entry.action == HistoryEntry::Action::Added;
    const bool removed = entry.action == HistoryEntry::Action::Removed;
    const QString& table = entry.table;
    if (table == QLatin1String("meeting"))
        return added     ? tr("Meeting added")
               : removed ? tr("Meeting removed")
                         : tr("Meeting changed");
    if (table == QLatin1String("attendance"))
        return added     ? tr("Attendee added")
               : removed ? tr("Attendee removed")
                         : tr("Attendance changed");
    if (table == QLatin1String("agenda_item"))
        return added     ? tr("Agenda item added")
               : removed ? tr("Agenda item removed")
                         : tr("Agenda item changed");
    if (table == QLatin1String("contribution"))
        return added     ? tr("Contribution added")
               : removed ? tr("Contribution removed")
                         : tr("Contribution changed");
    if (table == QLatin1String("proposal"))
        return added     ? tr("Proposal added")
               : removed ? tr("Proposal removed")
                         : tr("Proposal changed");
    if (table == QLatin1String("decision"))
        return added     ? tr("Decision added")
               : removed ? tr("Decision removed")
                         : tr("Decision changed");
    if (table == QLatin1String("action_item"))
        return added     ? tr("Action item added")
               : removed ? tr("Action item removed")
                         : tr("Action item changed");
    if (table == QLatin1String("attachment"))
        return added     ? tr("File attached")
               : removed ? tr("Attachment removed")
                         : tr("Attachment changed");
    if (table == QLatin1String("minutes_version")) {
        for (const HistoryEntry::Field& field : entry.fields) {
            if (field.column == QLatin1String("approved_at") && !field.after.isNull())
                return tr("Minutes approved");
        }
        return added ? tr("Amendment of the minutes opened") : tr("Minutes version changed");
    }
    return table;
}

QString HistoryModel::valueText(const QString& table, const QString& column,
                                const QVariant& value) const
{
    if (value.isNull())
        return tr("(none)");
    const QString text = value.toString();
    // A status's and a role's words depend on the row's kind.
    if (column == QLatin1String("status") || column == QLatin1String("role")) {
        if (table == QLatin1String("meeting"))
            return enumLabel<MeetingStatus>(text);
        if (table == QLatin1String("attendance"))
            return column == QLatin1String("role") ? enumLabel<AttendanceRole>(text)
                                                   : enumLabel<AttendanceStatus>(text);
        if (table == QLatin1String("proposal"))
            return enumLabel<ProposalStatus>(text);
        if (table == QLatin1String("decision"))
            return enumLabel<DecisionStatus>(text);
        return text;
    }
    if (isPersonColumn(column))
        return m_personNames.value(
            value.toLongLong(), tr("person no. %1").arg(persian::formatNumber(value.toLongLong())));
    if (column == QLatin1String("represents_body_id"))
        return m_bodyNames.value(value.toLongLong(),
                                 tr("body no. %1").arg(persian::formatNumber(value.toLongLong())));
    if (column == QLatin1String("series_id"))
        return m_seriesNames.value(value.toLongLong(), persian::formatNumber(value.toLongLong()));
    if (column.endsWith(QLatin1String("_id")) || column == QLatin1String("number") ||
        column == QLatin1String("version") || column == QLatin1String("minutes_late"))
        return persian::formatNumber(value.toLongLong());
    if (column == QLatin1String("date") || column == QLatin1String("deadline")) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? persian::formatDate(date) : text;
    }
    if (column == QLatin1String("approved_at")) {
        QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        return time.isValid() ? persian::formatLocalDateTime(time) : text;
    }
    if (column == QLatin1String("start_time") || column == QLatin1String("end_time")) {
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        return time.isValid() ? persian::formatTime(time) : text;
    }
    if (column == QLatin1String("is_question"))
        return value.toLongLong() ? tr("yes") : tr("no");
    if (table == QLatin1String("attachment") && column == QLatin1String("size"))
        return persian::toPersianDigits(attachmentSizeText(value.toLongLong()))
            .replace(QLatin1Char('.'), QChar(0x066B));
    if (column == QLatin1String("mode"))
        return enumLabel<MeetingMode>(text);
    if (column == QLatin1String("follow_up") || column == QLatin1String("state"))
        return enumLabel<FollowUpState>(text);
    return text.isEmpty() ? tr("(empty)") : text;
}

QStringList HistoryModel::details(const HistoryEntry& entry) const
{
    QStringList lines;
    for (const HistoryEntry::Field& field : entry.fields) {
        const QString name = columnLabel(field.column);
        if (entry.action == HistoryEntry::Action::Changed) {
            lines.append(tr("%1: %2 → %3")
                             .arg(name, valueText(entry.table, field.column, field.before),
                                  valueText(entry.table, field.column, field.after)));
            continue;
        }
        // An added or removed row is told by what it said, not by the fields it left empty.
        const QVariant& said =
            entry.action == HistoryEntry::Action::Removed ? field.before : field.after;
        if (!said.isNull() && !said.toString().isEmpty())
            lines.append(tr("%1: %2").arg(name, valueText(entry.table, field.column, said)));
    }
    return lines;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return details(entry).join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return persian::formatLocalDateTime(entry.changedAt);
    case WhoColumn:
        return entry.login.isEmpty() ? tr("Not known") : entry.login;
    case WhatColumn:
        return describe(entry);
    case DetailsColumn:
        return details(entry).join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace jalaseh::session
