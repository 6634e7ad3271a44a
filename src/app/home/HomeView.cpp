#include "app/home/HomeView.h"

#include "app/common/StaleReload.h"
#include "app/common/ViewSupport.h"
#include "app/home/HomeLinks.h"
#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/DatabaseSession.h"
#include "ui_HomeView.h"

#include <QGuiApplication>
#include <QRegularExpression>

namespace jalaseh::app {
namespace {

QString link(const QString& target, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(target.toHtmlEscaped(), text.toHtmlEscaped());
}

// A detail line under an item, in the palette's quieter colour.
QString detail(const QString& text)
{
    return QStringLiteral("<br/><span style=\"color:palette(placeholder-text);\">%1</span>")
        .arg(text.toHtmlEscaped());
}

// Each paragraph in the window's direction: Qt would otherwise take it from its first letter, and
// an English line that starts with a Persian name would run from the right.
QString direction()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                 : QStringLiteral("ltr");
}

QString item(const QString& target, const QString& text, const QString& details = {})
{
    return QStringLiteral("<p dir=\"%1\" style=\"margin-top:6px;\">").arg(direction()) +
           link(target, text) + (details.isEmpty() ? QString() : detail(details)) +
           QStringLiteral("</p>");
}

QString head(const QString& text)
{
    return QStringLiteral("<p dir=\"%1\">%2</p>").arg(direction(), text);
}

QString opening(const QString& text)
{
    constexpr int length = 90;
    const QString flat = text.simplified();
    return views::isolated(flat.size() <= length ? flat
                                                 : flat.left(length).trimmed() + QChar(0x2026));
}

const QStringList sectionNames{QStringLiteral("upcoming"), QStringLiteral("approval"),
                               QStringLiteral("overdue"),  QStringLiteral("due"),
                               QStringLiteral("quiet"),    QStringLiteral("absence")};

} // namespace

HomeView::HomeView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HomeView>())
    , m_staleness(new StaleReload(this, [this] { reload(); }))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    const QList<QLabel*> labels{m_ui->countsLabel,  m_ui->upcomingLabel, m_ui->approvalLabel,
                                m_ui->overdueLabel, m_ui->dueLabel,      m_ui->quietLabel,
                                m_ui->absenceLabel};
    for (QLabel* label : labels) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeading);
        // Links reached with Tab and followed with Enter, as well as by mouse.
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        label->setFocusPolicy(Qt::StrongFocus);
        connect(label, &QLabel::linkActivated, this, &HomeView::linkActivated);
    }
    for (QGroupBox* box : {m_ui->upcomingBox, m_ui->approvalBox, m_ui->overdueBox, m_ui->dueBox,
                           m_ui->quietBox, m_ui->absenceBox})
        box->setAccessibleName(box->title());
    // Two columns of equal width, each as tall as its sections.
    m_ui->sectionsLayout->setStretch(0, 1);
    m_ui->sectionsLayout->setStretch(1, 1);
    setFocusProxy(m_ui->countsLabel);
}

HomeView::~HomeView() = default;

QDate HomeView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void HomeView::setSession(session::DatabaseSession* session, std::optional<Id> ownPersonId)
{
    m_session = session;
    m_ownPersonId = ownPersonId;
    m_summary = {};
    m_staleness->markStale();
    if (session)
        connect(session, &session::DatabaseSession::changed, m_staleness, &StaleReload::markStale);
}

void HomeView::reload()
{
    m_staleness->markFresh();
    m_summary = {};
    if (!m_session) {
        showSummary();
        return;
    }
    const session::HomeRequest request{.today = today(), .ownPersonId = m_ownPersonId};
    if (!m_session->read(
            [&] { m_summary = session::HomeSummary::read(m_session->database(), request); })) {
        m_staleness->retryWhenShown();
        showProblem(tr("What needs you this week could not be read from the database; the "
                       "message at the top of the window says why and what to do."));
        return;
    }
    showSummary();
}

void HomeView::showProblem(const QString& message)
{
    m_ui->countsLabel->setText(QStringLiteral("<span style=\"color:%1;\">%2</span>")
                                   .arg(views::problemColour().name(), message.toHtmlEscaped()));
}

QString HomeView::meetingName(const session::HomeMeeting& meeting) const
{
    QString name = tr("%1 no. %2")
                       .arg(views::isolated(meeting.seriesName),
                            persian::formatNumber(meeting.meeting.number));
    if (!meeting.meeting.title.isEmpty())
        name = tr("%1: %2").arg(name, opening(meeting.meeting.title));
    return name;
}

void HomeView::showSummary()
{
    const session::HomeSummary& s = m_summary;
    const QDate day = today();
    m_ui->titleLabel->setText(tr("Desk — %1").arg(persian::formatDateLong(day)));
    const auto number = [](int count) {
        return persian::formatNumber(count);
    };
    // A count that reached the limit of counting says so: "۱۰۰۰+".
    const auto counted = [&number](int count) {
        return count >= session::HomeSummary::countedAtMost
                   ? tr("%1+").arg(number(session::HomeSummary::countedAtMost))
                   : number(count);
    };

    // The list behind each number.
    const QDate firstComing = s.upcoming.isEmpty() ? day : s.upcoming.first().meeting.date;
    const QString upcomingList = HomeLinks::calendar(firstComing);
    const QString approvalList = HomeLinks::approval();
    const QString overdueList = HomeLinks::overdue();
    const QString dueList = HomeLinks::due(s.weekEnd.isValid() ? s.weekEnd : day);
    const QDate quietFrom = day.addMonths(-s.rules.quietMonths);
    const QString quietList = HomeLinks::activity(quietFrom, day);
    const QString absenceList =
        s.absences.isEmpty() ? HomeLinks::attendance(0, s.reviewFrom, day)
                             : HomeLinks::attendance(s.absences.first().bodyId, s.reviewFrom, day);

    QStringList counts;
    counts << tr("%1 meetings ahead").arg(link(upcomingList, number(s.upcomingCount)))
           << tr("%1 minutes awaiting approval")
                  .arg(link(approvalList, counted(s.awaitingApprovalCount)))
           << tr("%1 follow-ups overdue").arg(link(overdueList, counted(s.overdueCount)))
           << tr("%1 due by Friday").arg(link(dueList, counted(s.dueCount)))
           << tr("%1 bodies gone quiet").arg(link(quietList, number(s.quietCount)))
           << tr("%1 absence alerts").arg(link(absenceList, number(s.absenceCount)));
    m_ui->countsLabel->setText(head(counts.join(tr(" · "))));
    if (!m_session) {
        for (const QString& section : sectionNames)
            sectionLabel(section)->clear();
        m_ui->countsLabel->setText(tr("No database is open."));
        return;
    }

    // Each section: "N in all" (the list behind it), then its first items.
    QString upcoming =
        head(tr("%1 from today on; the calendar shows them all.")
                 .arg(link(upcomingList, tr("%1 meetings").arg(number(s.upcomingCount)))));
    for (const session::HomeMeeting& meeting : s.upcoming) {
        QStringList details{persian::formatDateLong(meeting.meeting.date)};
        if (meeting.meeting.start.isValid())
            details.append(tr("at %1").arg(persian::formatTime(meeting.meeting.start)));
        details.append(label(meeting.meeting.mode));
        if (!meeting.meeting.venue.isEmpty())
            details.append(views::isolated(meeting.meeting.venue));
        // No "invitation sent" is recorded; who is on its list is what the data says.
        details.append(meeting.listed > 0 ? tr("%1 people invited").arg(number(meeting.listed))
                                          : tr("nobody invited yet"));
        upcoming += item(HomeLinks::meeting(meeting.meeting.id), meetingName(meeting),
                         details.join(tr(", ")));
    }
    if (s.upcoming.isEmpty())
        upcoming += head(tr("No meeting is planned from today on."));
    m_ui->upcomingLabel->setText(upcoming);

    QString approval =
        head(tr("%1 held whose minutes are not yet approved.")
                 .arg(link(approvalList, tr("%1 meetings").arg(counted(s.awaitingApprovalCount)))));
    for (const session::HomeMeeting& meeting : s.awaitingApproval)
        approval += item(HomeLinks::meeting(meeting.meeting.id), meetingName(meeting),
                         tr("held on %1").arg(persian::formatDateLong(meeting.meeting.date)));
    if (s.awaitingApproval.isEmpty())
        approval += head(tr("Every meeting held has approved minutes."));
    m_ui->approvalLabel->setText(approval);

    const auto followUps = [&](const QList<session::HomeFollowUp>& items) {
        QString text;
        for (const session::HomeFollowUp& one : items) {
            QStringList details;
            details.append(one.responsibleName.isEmpty() ? tr("nobody responsible")
                                                         : views::isolated(one.responsibleName));
            if (one.item.deadline().isValid())
                details.append(tr("deadline %1").arg(persian::formatDate(one.item.deadline())));
            details.append(tr("%1 no. %2, %3")
                               .arg(views::isolated(one.seriesName), number(one.meetingNumber),
                                    persian::formatDate(one.meetingDate)));
            const QString kind = one.item.isDecision() ? tr("Decision") : tr("Task");
            QString text2 = tr("%1: %2").arg(kind, opening(one.item.text()));
            if (one.own)
                text2 = tr("Yours: %1").arg(text2);
            text += item(one.item.isDecision() ? HomeLinks::decision(one.item.id())
                                               : HomeLinks::actionItem(one.item.id()),
                         text2, details.join(tr(", ")));
        }
        return text;
    };
    QString overdue = head(
        tr("%1 past their deadline.")
            .arg(link(overdueList, tr("%1 decisions and tasks").arg(counted(s.overdueCount)))));
    if (m_ownPersonId)
        overdue +=
            head(tr("%1 of them are yours.")
                     .arg(link(HomeLinks::overdue(*m_ownPersonId), counted(s.ownOverdueCount))));
    overdue += followUps(s.overdue);
    if (s.overdue.isEmpty())
        overdue += head(tr("Nothing is overdue."));
    m_ui->overdueLabel->setText(overdue);

    QString due =
        head(tr("%1 due from today to Friday %2.")
                 .arg(link(dueList, tr("%1 decisions and tasks").arg(counted(s.dueCount))),
                      persian::formatDate(s.weekEnd)));
    if (m_ownPersonId)
        due +=
            head(tr("%1 of them are yours.")
                     .arg(link(HomeLinks::due(s.weekEnd, *m_ownPersonId), counted(s.ownDueCount))));
    due += followUps(s.dueThisWeek);
    if (s.dueThisWeek.isEmpty())
        due += head(tr("Nothing else falls due this week."));
    m_ui->dueLabel->setText(due);

    QString quiet = head(tr("%1 with no meeting in the last %2 months.")
                             .arg(link(quietList, tr("%1 bodies").arg(number(s.quietCount))),
                                  number(s.rules.quietMonths)));
    for (const session::HomeQuietBody& body : s.quietBodies)
        quiet +=
            item(HomeLinks::attendance(body.bodyId, s.reviewFrom, day), views::isolated(body.name),
                 body.lastMeeting.isValid()
                     ? tr("last met on %1").arg(persian::formatDate(body.lastMeeting))
                     : tr("no meeting recorded yet"));
    if (s.quietBodies.isEmpty())
        quiet += head(tr("Every active body has met lately."));
    m_ui->quietLabel->setText(quiet);

    QString absence =
        head(tr("%1 in the last 12 months, at %2 absences without excuse in a row or %3 in one "
                "Jalali year (File → Settings).")
                 .arg(link(absenceList, tr("%1 alerts").arg(number(s.absenceCount))),
                      number(s.rules.consecutiveAbsences), number(s.rules.absencesInOneYear)));
    for (const session::HomeAbsence& one : s.absences) {
        const QString what = one.alert.kind == AbsenceAlert::Kind::Consecutive
                                 ? tr("%1 absences without excuse in a row, %2 to %3")
                                       .arg(number(one.alert.count), persian::formatDate(one.first),
                                            persian::formatDate(one.last))
                                 : tr("%1 absences without excuse in the Jalali year %2")
                                       .arg(number(one.alert.count), number(one.alert.jalaliYear));
        absence +=
            item(HomeLinks::attendance(one.bodyId, s.reviewFrom, day, one.alert.personId),
                 tr("%1 (%2)").arg(views::isolated(one.personName), views::isolated(one.bodyName)),
                 what);
    }
    if (s.absences.isEmpty())
        absence += head(tr("No member is absent too often."));
    m_ui->absenceLabel->setText(absence);
}

QLabel* HomeView::sectionLabel(const QString& section) const
{
    if (section == QLatin1String("counts"))
        return m_ui->countsLabel;
    const QList<QLabel*> labels{m_ui->upcomingLabel, m_ui->approvalLabel, m_ui->overdueLabel,
                                m_ui->dueLabel,      m_ui->quietLabel,    m_ui->absenceLabel};
    const qsizetype at = sectionNames.indexOf(section);
    return at < 0 ? nullptr : labels.at(at);
}

QStringList HomeView::links(const QString& section) const
{
    QStringList found;
    const QLabel* label = sectionLabel(section);
    if (!label)
        return found;
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (const QRegularExpressionMatch& match : href.globalMatch(label->text()))
        found.append(match.captured(1));
    return found;
}

} // namespace jalaseh::app
