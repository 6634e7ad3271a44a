#include "app/home/HomeLinks.h"

#include "app/attendance/AttendanceView.h"
#include "app/calendar/CalendarView.h"
#include "app/followup/DecisionsView.h"
#include "app/meetings/MeetingsView.h"
#include "app/shell/MainWindow.h"

namespace jalaseh::app::HomeLinks {
namespace {

QString join(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(QLatin1Char(':'));
}

QString number(Id id)
{
    return QString::number(id);
}

} // namespace

QString date(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

QString meeting(Id id)
{
    return join({QStringLiteral("meeting"), number(id)});
}

QString calendar(const QDate& day)
{
    return join({QStringLiteral("calendar"), date(day)});
}

QString approval()
{
    return QStringLiteral("approval");
}

QString overdue(std::optional<Id> person)
{
    return person ? join({QStringLiteral("overdue"), number(*person)}) : QStringLiteral("overdue");
}

QString due(const QDate& until, std::optional<Id> person)
{
    return person ? join({QStringLiteral("due"), date(until), number(*person)})
                  : join({QStringLiteral("due"), date(until)});
}

QString decision(Id id)
{
    return join({QStringLiteral("decision"), number(id)});
}

QString actionItem(Id id)
{
    return join({QStringLiteral("action"), number(id)});
}

QString activity(const QDate& from, const QDate& to)
{
    return join({QStringLiteral("activity"), date(from), date(to)});
}

QString attendance(Id body, const QDate& from, const QDate& to, Id person)
{
    QString link = join({QStringLiteral("attendance"), number(body), date(from), date(to)});
    if (person)
        link += QLatin1Char(':') + number(person);
    return link;
}

bool follow(MainWindow& window, const QString& link)
{
    const QStringList parts = link.split(QLatin1Char(':'));
    const QString kind = parts.value(0);
    const auto id = [&](int at) {
        return parts.value(at).toLongLong();
    };
    const auto day = [&](int at) {
        return QDate::fromString(parts.value(at), Qt::ISODate);
    };
    const auto person = [&](int at) {
        return parts.size() > at ? std::optional<Id>(id(at)) : std::nullopt;
    };
    if (kind == QLatin1String("meeting") && id(1)) {
        window.openMeeting(id(1));
    } else if (kind == QLatin1String("calendar")) {
        window.showPage(MainWindow::CalendarPage);
        window.calendarView()->setSelectedDate(day(1));
    } else if (kind == QLatin1String("approval")) {
        window.showPage(MainWindow::MeetingsPage);
        window.meetingsView()->showStatus(MeetingStatus::Held);
    } else if (kind == QLatin1String("overdue")) {
        window.showPage(MainWindow::DecisionsPage);
        window.decisionsView()->showOverdue(person(1));
    } else if (kind == QLatin1String("due")) {
        window.showPage(MainWindow::DecisionsPage);
        window.decisionsView()->showDueBy(day(1), person(2));
    } else if (kind == QLatin1String("decision") || kind == QLatin1String("action")) {
        window.showPage(MainWindow::DecisionsPage);
        window.decisionsView()->showItem(kind == QLatin1String("decision")
                                             ? session::FollowUpItem::Kind::Decision
                                             : session::FollowUpItem::Kind::ActionItem,
                                         id(1));
    } else if (kind == QLatin1String("activity")) {
        window.showPage(MainWindow::AttendancePage);
        AttendanceView* review = window.attendanceView();
        review->setPeriod(day(1), day(2));
        review->showTab(AttendanceView::ActivityTab);
    } else if (kind == QLatin1String("attendance")) {
        window.showPage(MainWindow::AttendancePage);
        AttendanceView* review = window.attendanceView();
        review->setPeriod(day(2), day(3));
        review->showTab(AttendanceView::MatrixTab);
        if (id(1))
            review->showSubject(AttendanceView::Subject::Body, id(1));
        if (const auto who = person(4))
            review->showPerson(*who);
    } else {
        return false;
    }
    return true;
}

} // namespace jalaseh::app::HomeLinks
