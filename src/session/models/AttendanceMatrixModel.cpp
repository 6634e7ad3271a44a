#include "session/models/AttendanceMatrixModel.h"

#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "report/AttendanceStyle.h"
#include "session/text/Contrast.h"

#include <QBrush>
#include <QFont>

namespace jalaseh::session {
namespace {

QString rateText(std::optional<double> rate)
{
    return rate ? persian::formatPercent(*rate) : QStringLiteral("—");
}

} // namespace

AttendanceMatrixModel::AttendanceMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AttendanceMatrixModel::setMatrix(AttendanceMatrix matrix, QList<Person> people,
                                      QHash<Id, QString> bodyNames)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_people = std::move(people);
    m_personOf.clear();
    for (const Person& person : std::as_const(m_people))
        m_personOf.insert(person.id, &person);
    m_bodyNames = std::move(bodyNames);
    arrangeRows();
    endResetModel();
}

void AttendanceMatrixModel::setRole(std::optional<MembershipRole> role)
{
    beginResetModel();
    m_role = role;
    arrangeRows();
    endResetModel();
}

void AttendanceMatrixModel::clear()
{
    setMatrix(AttendanceMatrix({}, {}, {}), {}, {});
}

void AttendanceMatrixModel::arrangeRows()
{
    m_rows = report::AttendanceStyle::rowsInPersianOrder(m_matrix, m_people, m_role);
}

int AttendanceMatrixModel::rowOfPerson(Id personId) const
{
    return m_rows.indexOf(m_matrix.rowOf(personId));
}

Id AttendanceMatrixModel::meetingAt(int column) const
{
    const int index = column - FirstMeetingColumn;
    if (index < 0 || index >= m_matrix.meetings().size())
        return 0;
    return m_matrix.meetings().at(index).id;
}

QString AttendanceMatrixModel::personName(Id personId) const
{
    const Person* person = m_personOf.value(personId);
    if (!person)
        return {};
    if (person->givenName.isEmpty())
        return person->familyName;
    return tr("%1, %2", "family name, given name").arg(person->familyName, person->givenName);
}

QString AttendanceMatrixModel::isolatedName(Id personId) const
{
    return QChar(0x2068) + personName(personId) + QChar(0x2069);
}

int AttendanceMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || (m_matrix.meetings().isEmpty() && m_rows.isEmpty()))
        return 0;
    return int(m_rows.size()) + 1;
}

int AttendanceMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstMeetingColumn + int(m_matrix.meetings().size());
}

QString AttendanceMatrixModel::cellText(const AttendanceCell& cell) const
{
    if (!cell.expected)
        return cell.isGuestVisit() ? tr("guest") : QString();
    if (!cell.status)
        return QStringLiteral("؟");
    switch (*cell.status) {
    case AttendanceStatus::Present:
        return tr("present");
    case AttendanceStatus::Late:
        return cell.minutesLate > 0 ? tr("late %1").arg(persian::formatNumber(cell.minutesLate))
                                    : tr("late");
    case AttendanceStatus::LeftEarly:
        return tr("left early");
    case AttendanceStatus::Excused:
        return tr("excused");
    case AttendanceStatus::Absent:
        return tr("absent");
    }
    return {};
}

QString AttendanceMatrixModel::cellDetails(const AttendanceCell& cell) const
{
    if (!cell.expected) {
        if (cell.isGuestVisit())
            return tr("Not a member on that day; came as a guest (%1), which counts for nothing.")
                .arg(label(*cell.status));
        return tr("Not a member on that day.");
    }
    if (!cell.status)
        return tr("Nothing recorded: left out of the rates.");
    QString text = label(*cell.status);
    if (*cell.status == AttendanceStatus::Late && cell.minutesLate > 0)
        text = tr("Late by %1 minutes").arg(persian::formatNumber(cell.minutesLate));
    if (!cell.reason.isEmpty())
        text += tr("; reason: %1").arg(cell.reason);
    return text;
}

QVariant AttendanceMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == MeetingIdRole) {
        const Id meeting = meetingAt(index.column());
        return meeting ? QVariant(meeting) : QVariant();
    }
    if (isTotalsRow(index.row()))
        return totalsData(index.column(), role);
    return memberData(m_rows.at(index.row()), index.column(), role);
}

QVariant AttendanceMatrixModel::memberData(int row, int column, int role) const
{
    const Id person = m_matrix.people().at(row);
    if (role == PersonIdRole)
        return person;
    const AttendanceSummary& summary = m_matrix.summary(row);
    if (column < FirstMeetingColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (column == RoleColumn)
                return label(m_matrix.role(row));
            return rateText(column == RateColumn ? summary.rate() : summary.rateExcludingExcused());
        case Qt::ToolTipRole:
            if (column == RoleColumn)
                return tr("The role at the last meeting %1 was expected at.")
                    .arg(isolatedName(person));
            if (column == RateColumn)
                return tr("%1 attended (on time %2, late %3, left early %4) of the %5 meetings "
                          "recorded while a member; %6 excused, %7 absent without excuse, %8 "
                          "not recorded.")
                    .arg(persian::formatNumber(summary.attended()),
                         persian::formatNumber(summary.present),
                         persian::formatNumber(summary.late),
                         persian::formatNumber(summary.leftEarly),
                         persian::formatNumber(summary.recorded()),
                         persian::formatNumber(summary.excused),
                         persian::formatNumber(summary.absent),
                         persian::formatNumber(summary.notRecorded));
            return tr("%1 attended of the %2 meetings recorded while a member, leaving out the "
                      "%3 excused.")
                .arg(persian::formatNumber(summary.attended()),
                     persian::formatNumber(summary.recorded() - summary.excused),
                     persian::formatNumber(summary.excused));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const int meetingIndex = column - FirstMeetingColumn;
    const AttendanceCell& cell = m_matrix.cell(row, meetingIndex);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case Qt::BackgroundRole:
        return QBrush(report::AttendanceStyle::background(cell));
    case Qt::ForegroundRole:
        return QBrush(report::AttendanceStyle::foreground(cell));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const MatrixMeeting& meeting = m_matrix.meetings().at(meetingIndex);
        return tr("%1 — meeting %2, %3: %4")
            .arg(isolatedName(person), persian::formatNumber(meeting.number),
                 persian::formatDate(meeting.date), cellDetails(cell));
    }
    default:
        return {};
    }
}

QVariant AttendanceMatrixModel::totalsData(int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole)
        return QBrush(QColor(0xee, 0xee, 0xee));
    if (role == Qt::ForegroundRole)
        return QBrush(contrast::inkOnLight());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (column == RoleColumn)
        return {};
    if (column == RateColumn || column == RateWithoutExcusedColumn) {
        if (column == RateWithoutExcusedColumn)
            return {};
        if (role == Qt::DisplayRole)
            return rateText(m_matrix.overallRate());
        if (role == Qt::ToolTipRole)
            return tr("The body as a whole: every member's attendances over every member's "
                      "recorded meetings.");
        return {};
    }
    const int index = column - FirstMeetingColumn;
    const int members = m_matrix.attendedMembers(index);
    const int guests = m_matrix.attendedCount(index) - members;
    if (role == Qt::DisplayRole) {
        QString text = tr("%1 of %2")
                           .arg(persian::formatNumber(members),
                                persian::formatNumber(m_matrix.expectedCount(index)));
        if (guests > 0)
            text += tr(" +%1").arg(persian::formatNumber(guests));
        return text;
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 of the %2 members expected came; %3 guests.")
            .arg(persian::formatNumber(members),
                 persian::formatNumber(m_matrix.expectedCount(index)),
                 persian::formatNumber(guests));
    return {};
}

QVariant AttendanceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section > m_rows.size())
            return {};
        if (role == Qt::DisplayRole) {
            if (isTotalsRow(section))
                return tr("Members present");
            return personName(m_matrix.people().at(m_rows.at(section)));
        }
        if (role == Qt::ToolTipRole && isTotalsRow(section))
            return tr("Each meeting's members present of those expected (+ guests).");
        return {};
    }
    if (section < FirstMeetingColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (section) {
        case RoleColumn:
            return tr("Role");
        case RateColumn:
            return role == Qt::DisplayRole
                       ? tr("Rate")
                       : tr("Attended (on time, late or left early) of the meetings recorded "
                            "while a member; an excused absence counts as an absence.");
        case RateWithoutExcusedColumn:
            return role == Qt::DisplayRole
                       ? tr("Without\nexcused")
                       : tr("The rate leaving out the meetings with an excused absence.");
        }
        return {};
    }
    const int index = section - FirstMeetingColumn;
    if (index >= m_matrix.meetings().size())
        return {};
    const MatrixMeeting& meeting = m_matrix.meetings().at(index);
    switch (role) {
    case Qt::DisplayRole:
        return tr("Meeting %1\n%2")
            .arg(persian::formatNumber(meeting.number), persian::formatDate(meeting.date));
    case Qt::ToolTipRole: {
        QString text = persian::formatDateLong(meeting.date);
        if (m_bodyNames.contains(meeting.bodyId))
            text += QLatin1Char('\n') + tr("Meeting %1 of %2")
                                            .arg(persian::formatNumber(meeting.number),
                                                 m_bodyNames.value(meeting.bodyId));
        return QString(text + QLatin1Char('\n') + tr("Double-click to open the meeting."));
    }
    case MeetingIdRole:
        return meeting.id;
    default:
        return {};
    }
}

} // namespace jalaseh::session
