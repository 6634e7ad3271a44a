#include "app/meetings/MeetingEditor.h"

#include "app/meetings/BookingConflictBanner.h"
#include "app/meetings/CarriedOverPanel.h"
#include "app/meetings/HistoryDialog.h"
#include "app/meetings/MeetingAgendaTab.h"
#include "app/meetings/MeetingAttachmentsTab.h"
#include "app/meetings/MeetingAttendanceTab.h"
#include "app/meetings/MeetingContributionsTab.h"
#include "app/meetings/MeetingDecisionsTab.h"
#include "app/meetings/MeetingDetailsTab.h"
#include "app/meetings/MeetingProposalsTab.h"
#include "app/meetings/MinutesRecordStrip.h"
#include "documents/MinutesSource.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "report/InvitationCalendar.h"
#include "report/ReportError.h"
#include "report/ReportFile.h"
#include "session/DatabaseSession.h"
#include "session/models/PersonListModel.h"
#include "storage/Database.h"
#include "storage/DatabaseFiles.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesVersionRepository.h"
#include "storage/StorageError.h"
#include "ui_MeetingEditor.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace jalaseh::app {

MeetingEditor::MeetingEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingEditor>())
    , m_people(new session::PersonListModel(this))
    , m_conflicts(new BookingConflictBanner(this))
    , m_minutesRecord(new MinutesRecordStrip(this))
    , m_carriedOver(new CarriedOverPanel(*m_people, this))
{
    m_ui->setupUi(this);
    // Clashes of people and rooms, under the heading, whichever tab is open.
    // Where the minutes stand, then the clashes, under the heading whichever tab is open.
    if (auto* top = qobject_cast<QBoxLayout*>(layout())) {
        top->insertWidget(1, m_minutesRecord);
        top->insertWidget(2, m_conflicts);
    }
    m_ui->headingLabel->setWordWrap(false);
    m_ui->headingLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addTabs();
    // Decisions of earlier meetings come back first. Placed once its tab is in the window, the
    // panel keeps its place in the order Tab moves through the editor.
    if (auto* tab = qobject_cast<QBoxLayout*>(m_decisions->layout()))
        tab->insertWidget(0, m_carriedOver);
    showBackButton();
    showInvitationState();
    connect(m_ui->backButton, &QPushButton::clicked, this, &MeetingEditor::backRequested);
    connect(m_ui->minutesButton, &QPushButton::clicked, this,
            [this] { emit minutesRequested(m_meeting.id); });
    connect(m_ui->invitationButton, &QPushButton::clicked, this, &MeetingEditor::exportInvitation);
    connect(m_ui->meetingHistoryButton, &QPushButton::clicked, this, &MeetingEditor::showHistory);
    connect(m_proposals, &MeetingProposalsTab::decisionRequested, this,
            [this](const Proposal& proposal) {
                showTab(DecisionsTab);
                m_decisions->startDecisionOn(proposal);
            });
}

MeetingEditor::~MeetingEditor()
{
    // Fields report "editing finished" when they lose focus, also while they are destroyed
    // after this object; stop listening first.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

void MeetingEditor::addTabs()
{
    m_details = new MeetingDetailsTab(*m_people);
    m_attendance = new MeetingAttendanceTab(*m_people);
    m_agenda = new MeetingAgendaTab;
    m_contributions = new MeetingContributionsTab(*m_people, *m_agenda->model());
    m_proposals = new MeetingProposalsTab(*m_people, *m_agenda->model());
    m_decisions = new MeetingDecisionsTab(*m_people, *m_proposals->model());
    m_attachments = new MeetingAttachmentsTab;
    m_tabs = {m_details,   m_attendance, m_agenda,     m_contributions,
              m_proposals, m_decisions,  m_attachments};
    const QStringList titles{tr("De&tails"),       tr("&Attendance"), tr("A&genda"),
                             tr("&Contributions"), tr("&Proposals"),  tr("&Decisions"),
                             tr("Attach&ments")};
    for (int tab = 0; tab < m_tabs.size(); ++tab) {
        m_ui->tabs->addTab(m_tabs[tab], titles[tab]);
        m_ui->tabs->setTabToolTip(tab, QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_1 + tab))
                                           .toString(QKeySequence::NativeText));
    }
}

void MeetingEditor::setSession(session::DatabaseSession* session)
{
    m_session = session;
    for (MeetingTab* tab : m_tabs)
        tab->setSession(session);
    setMeeting(Meeting{});
    m_conflicts->setSession(session);
    m_minutesRecord->setSession(session);
    m_carriedOver->setSession(session);
    if (session)
        connect(session, &session::DatabaseSession::changed, this, &MeetingEditor::showChange);
}

void MeetingEditor::setEditRights(const session::EditRights& rights)
{
    m_minutesRecord->setEditRights(rights);
    m_mayEdit = rights.mayEditEverything();
    applyFrozen();
}

bool MeetingEditor::isFrozen() const
{
    return !m_mayEdit || m_minutesRecord->standing().isFrozen();
}

void MeetingEditor::applyFrozen()
{
    const bool frozen = isFrozen();
    for (MeetingTab* tab : m_tabs)
        tab->setFrozen(frozen);
    // What this meeting took up of earlier ones is part of its minutes too.
    m_carriedOver->setEnabled(!frozen);
}

void MeetingEditor::showChange(session::Change what, Id meetingId)
{
    if (!m_meeting.id)
        return;
    switch (what) {
    case session::Change::People:
        reloadPeople();
        reloadRows();
        break;
    case session::Change::Bodies:
        m_attendance->reloadBodies();
        reloadRows(); // the bodies attendees represent
        break;
    case session::Change::Series:
    case session::Change::Meetings:
        reloadMeeting();
        break;
    case session::Change::MeetingRows:
        if (meetingId == m_meeting.id || meetingId == 0) // 0: any meeting (heard from others)
            reloadRows();
        break;
    case session::Change::Memberships:
    case session::Change::Organisation:
        break;
    }
}

void MeetingEditor::openMeeting(Id meetingId)
{
    m_meeting.id = meetingId;
    reloadPeople(); // the pickers' names; loaded when a meeting is opened, not at start
    reloadMeeting();
    m_conflicts->showMeeting(meetingId);
    m_carriedOver->showMeeting(m_meeting.id);
}

void MeetingEditor::showTab(int index)
{
    m_ui->tabs->setCurrentIndex(index);
}

QStringList MeetingEditor::tabTitles() const
{
    QStringList titles;
    for (int tab = 0; tab < m_ui->tabs->count(); ++tab)
        titles.append(m_ui->tabs->tabText(tab));
    return titles;
}

void MeetingEditor::moveContribution(int step)
{
    if (isFrozen())
        return;
    m_contributions->moveSelected(step);
}

void MeetingEditor::moveAgendaItem(int step)
{
    if (isFrozen())
        return;
    m_agenda->moveSelected(step);
}

void MeetingEditor::pasteAttendees()
{
    if (isFrozen())
        return; // the menu's item is disabled too; a shortcut may still arrive
    m_attendance->pasteAttendees();
}

session::AttendanceListModel* MeetingEditor::attendance() const
{
    return m_attendance->model();
}

session::AgendaListModel* MeetingEditor::agenda() const
{
    return m_agenda->model();
}

session::ContributionListModel* MeetingEditor::contributions() const
{
    return m_contributions->model();
}

session::ProposalListModel* MeetingEditor::proposals() const
{
    return m_proposals->model();
}

session::DecisionListModel* MeetingEditor::decisions() const
{
    return m_decisions->model();
}

void MeetingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        showBackButton();
    QWidget::changeEvent(event);
}

// The arrow points back the way one reads: to the left in English, to the right in Persian. The
// mark before it makes the arrow start the line in either direction.
void MeetingEditor::showBackButton()
{
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const QString arrow =
        rightToLeft ? QStringLiteral("\u200F\u2192 ") : QStringLiteral("\u200E\u2190 ");
    m_ui->backButton->setText(arrow + tr("Meetings"));
    m_ui->backButton->setToolTip(tr("Back to the list of meetings (Ctrl+1)"));
}

// ---- loading ----

// The meeting as read, for every tab: a meeting removed under the editor (id 0) takes no edits.
void MeetingEditor::setMeeting(const Meeting& meeting)
{
    m_meeting = meeting;
    for (MeetingTab* tab : m_tabs)
        tab->setMeeting(meeting);
    showInvitationState();
}

void MeetingEditor::showInvitationState()
{
    const QString refusal =
        m_meeting.id ? report::InvitationCalendar::refusal(m_meeting) : QString();
    m_ui->invitationButton->setEnabled(m_meeting.id && refusal.isEmpty());
    m_ui->meetingHistoryButton->setEnabled(m_meeting.id != 0);
    m_ui->invitationButton->setToolTip(
        refusal.isEmpty() ? tr("An iCalendar file that invitees open to put the meeting in their "
                               "calendars, with the invitation letter as its description")
                          : refusal);
}

void MeetingEditor::showHistory()
{
    if (!m_session || !m_meeting.id)
        return;
    HistoryDialog dialog(*m_session, HistoryDialog::Of::Meeting, m_meeting.id, this);
    dialog.exec();
}

bool MeetingEditor::exportInvitation()
{
    if (!m_session || !m_meeting.id)
        return false;
    const auto fail = [this](const QString& message) {
        QMessageBox::warning(this, tr("The invitation was not exported"), message);
        return false;
    };
    std::optional<documents::Minutes> minutes;
    try {
        minutes = documents::MinutesSource::load(m_session->database(), m_meeting.id);
    } catch (const storage::StorageError& error) {
        return fail(error.userMessage());
    }
    if (!minutes)
        return fail(tr("This meeting is no longer in the database; someone may have removed it."));
    if (const QString why = report::InvitationCalendar::refusal(minutes->record.meeting);
        !why.isEmpty())
        return fail(why);
    // Latin digits: a file name travels to systems and programs that may not read Persian ones.
    const persian::JalaliDate day = persian::JalaliDate::fromGregorian(m_meeting.date);
    const QString name =
        tr("invitation-%1-%2.ics")
            .arg(QString::number(m_meeting.number), QStringLiteral("%1-%2-%3")
                                                        .arg(day.year(), 4, 10, QLatin1Char('0'))
                                                        .arg(day.month(), 2, 10, QLatin1Char('0'))
                                                        .arg(day.day(), 2, 10, QLatin1Char('0')));
    const QString title = tr("Export the invitation for calendars");
    const QString filter = tr("iCalendar files (*.ics)");
    QString path;
    if (m_chooseFile) {
        path = m_chooseFile(title, name, filter);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filter);
    }
    if (path.isEmpty())
        return false;
    if (storage::isDatabaseOrSideFile(path, m_session->database().path()))
        return fail(storage::databaseAsOutputMessage(path));
    try {
        const QByteArray calendar = minutes->invitationCalendar(QDateTime::currentDateTimeUtc());
        report::ReportFile::save(path, [&](QIODevice& device) {
            report::ReportFile::writeAll(device, calendar,
                                         tr("The calendar file could not be written (%1). Check "
                                            "that the disk is not full and try again."));
        });
    } catch (const report::ReportError& error) {
        return fail(error.userMessage());
    }
    return true;
}

void MeetingEditor::reloadPeople()
{
    if (m_session)
        m_session->read([&] { m_people->reload(*m_session); });
}

void MeetingEditor::reloadMeeting()
{
    if (!m_session || !m_meeting.id)
        return;
    std::optional<Meeting> meeting;
    QList<MinutesVersion> versions;
    if (!m_session->read([&] {
            meeting = storage::MeetingRepository(m_session->database()).find(m_meeting.id);
            versions =
                storage::MinutesVersionRepository(m_session->database()).summaries(m_meeting.id);
        }))
        return;     // the editor keeps what it showed; the window says why
    if (!meeting) { // removed (e.g. undo of its creation)
        setMeeting(Meeting{});
        m_minutesRecord->showStanding(0, {});
        emit backRequested();
        return;
    }
    setMeeting(*meeting);
    m_minutesRecord->showStanding(meeting->id, versions);
    applyFrozen();
    m_details->showDetails();
    m_attendance->reloadBodies();
    showHeading();
    reloadRows();
}

void MeetingEditor::reloadRows()
{
    if (!m_session)
        return;
    m_attendance->reloadRows();
    m_agenda->reloadRows(); // before the rows that name its items
    m_contributions->reloadRows();
    m_proposals->reloadRows();
    m_decisions->reloadRows(); // after the proposals it names
    m_attachments->reloadRows();
    showHeading();
}

// The sentence runs in the interface's direction (the mark before it), and each part is embedded
// in its own (RLE or LRE ... PDF), so that a Persian series name does not carry the words of an
// English sentence around it into its order.
void MeetingEditor::showHeading()
{
    const auto embedded = [](const QString& text) -> QString {
        return (text.isRightToLeft() ? QChar(0x202B) : QChar(0x202A)) + text + QChar(0x202C);
    };
    const QChar direction(layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    m_ui->headingLabel->setText(direction +
                                tr("<b>%1</b> — meeting no. %2, %3")
                                    .arg(embedded(m_details->seriesName().toHtmlEscaped()),
                                         persian::formatNumber(m_meeting.number),
                                         embedded(persian::formatDateLong(m_meeting.date))));
}

} // namespace jalaseh::app
