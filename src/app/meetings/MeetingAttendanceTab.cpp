#include "app/meetings/MeetingAttendanceTab.h"

#include "app/common/EnumCombo.h"
#include "app/common/ViewSupport.h"
#include "app/meetings/PasteAttendeesDialog.h"
#include "persian/Collation.h"
#include "persian/JalaliDate.h"
#include "session/DatabaseSession.h"
#include "session/commands/AddBodyMembersCommand.h"
#include "session/commands/AddGuestCommand.h"
#include "session/commands/AddPastedAttendeesCommand.h"
#include "session/commands/AddWorkingGroupLeadsCommand.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/AttendanceListModel.h"
#include "storage/BodyRepository.h"
#include "ui_MeetingAttendanceTab.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QToolTip>
#include <algorithm>

namespace jalaseh::app {

using views::addShortcut;
using views::optionalId;
using views::selectedRow;
using views::stored;

namespace {

// The body combo's first entry: not one body, but the leads of every working group.
constexpr Id allWorkingGroupLeads = -1;

QList<Body> bodiesInOrder(storage::Database& database)
{
    QList<Body> bodies = storage::BodyRepository(database).all();
    const persian::PersianCollator collator;
    std::stable_sort(bodies.begin(), bodies.end(), [&](const Body& a, const Body& b) {
        return a.kind != b.kind ? a.kind < b.kind : collator.lessThan(a.name, b.name);
    });
    return bodies;
}

} // namespace

MeetingAttendanceTab::MeetingAttendanceTab(session::PersonListModel& people, QWidget* parent)
    : MeetingTab(parent)
    , m_ui(std::make_unique<Ui::MeetingAttendanceTab>())
    , m_attendance(new session::AttendanceListModel(people, this))
{
    m_ui->setupUi(this);
    m_ui->attendeePicker->setPeople(&people);
    fillCombo<AttendanceRole>(m_ui->bodyRoleCombo);
    fillCombo<AttendanceRole>(m_ui->attendeeRoleCombo);
    fillCombo<AttendanceRole>(m_ui->attendanceRoleCombo);
    fillCombo<AttendanceStatus>(m_ui->attendanceStatusCombo);
    fillCombo<Gender>(m_ui->guestGenderCombo);
    fillCombo<AcademicTitle>(m_ui->guestTitleCombo);
    selectValue(m_ui->bodyRoleCombo, int(AttendanceRole::Lead));
    selectValue(m_ui->attendeeRoleCombo, int(AttendanceRole::Member));
    m_ui->attendanceTable->setModel(m_attendance);
    views::setUpTable(m_ui->attendanceTable, -1);
    m_ui->selectedAttendeeBox->setEnabled(false);
    connectWidgets();
}

MeetingAttendanceTab::~MeetingAttendanceTab() = default;

void MeetingAttendanceTab::connectWidgets()
{
    using Tab = MeetingAttendanceTab;
    connect(m_ui->bodyCombo, &QComboBox::activated, this, &Tab::suggestBodyRole);
    connect(m_ui->addBodyButton, &QPushButton::clicked, this, &Tab::addBodyMembers);
    connect(m_ui->addAttendeeButton, &QPushButton::clicked, this, &Tab::addAttendee);
    connect(m_ui->addGuestButton, &QPushButton::clicked, this, &Tab::addGuest);
    connect(m_ui->pasteAttendeesButton, &QPushButton::clicked, this, &Tab::pasteAttendees);
    auto* paste = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &Tab::pasteAttendees);
    connect(m_ui->attendanceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Tab::showSelectedAttendee);
    connect(m_attendance, &QAbstractItemModel::modelReset, this, &Tab::showSelectedAttendee);
    for (QComboBox* combo :
         {m_ui->attendanceRoleCombo, m_ui->attendanceStatusCombo, m_ui->representsCombo})
        connect(combo, &QComboBox::activated, this, &Tab::editSelectedAttendee);
    connect(m_ui->reasonEdit, &QLineEdit::editingFinished, this, &Tab::editSelectedAttendee);
    connect(m_ui->lateSpin, &QSpinBox::editingFinished, this, &Tab::editSelectedAttendee);
    connect(m_ui->removeAttendeeButton, &QPushButton::clicked, this, &Tab::removeSelectedAttendee);
    addShortcut(m_ui->attendanceTable, QKeySequence::Delete, this, &Tab::removeSelectedAttendee);
}

void MeetingAttendanceTab::reloadRows()
{
    if (!session())
        return;
    const Id selected = views::selectedId(m_ui->attendanceTable, *m_attendance);
    if (!read([&] { m_attendance->reload(session()->database(), meeting().id); }))
        return;
    views::fitColumns(m_ui->attendanceTable);
    // The attendee's fields save at once, so they show the row as it is now.
    views::selectRowById(m_ui->attendanceTable, *m_attendance, selected);
}

// "All working-group leads" and the bodies that can be added at once; and every body, merged
// ones too (for older meetings), as the body an attendee represents.
void MeetingAttendanceTab::reloadBodies()
{
    if (!session())
        return;
    QList<Body> bodies;
    if (!read([&] { bodies = bodiesInOrder(session()->database()); }))
        return;

    const QVariant selected = m_ui->bodyCombo->currentData();
    m_ui->bodyCombo->clear();
    m_ui->bodyCombo->addItem(tr("All working-group leads"), allWorkingGroupLeads);
    for (const Body& body : bodies)
        if (!body.isMerged())
            m_ui->bodyCombo->addItem(body.name, body.id);
    m_ui->bodyCombo->setCurrentIndex(std::max(m_ui->bodyCombo->findData(selected), 0));

    const QVariant represented = m_ui->representsCombo->currentData();
    m_ui->representsCombo->clear();
    m_ui->representsCombo->addItem(tr("(no body)"), Id(0));
    for (const Body& body : bodies)
        m_ui->representsCombo->addItem(
            body.isMerged() ? tr("%1 (merged)").arg(body.name) : body.name, body.id);
    m_ui->representsCombo->setCurrentIndex(
        std::max(m_ui->representsCombo->findData(represented), 0));
}

// Leads attend as leads, the steering committee as the steering committee, others as members.
void MeetingAttendanceTab::suggestBodyRole()
{
    const Id chosen = views::chosenId(m_ui->bodyCombo);
    AttendanceRole role = AttendanceRole::Member;
    if (chosen == allWorkingGroupLeads) {
        role = AttendanceRole::Lead;
    } else if (session()) {
        read([&] {
            const auto body = storage::BodyRepository(session()->database()).find(chosen);
            if (body && body->kind == BodyKind::SteeringCommittee)
                role = AttendanceRole::SteeringCommittee;
        });
    }
    selectValue(m_ui->bodyRoleCombo, int(role));
}

void MeetingAttendanceTab::addBodyMembers()
{
    const Id chosen = views::chosenId(m_ui->bodyCombo);
    if (!canEdit() || !chosen)
        return;
    const Id meetingId = meeting().id;
    const auto role = AttendanceRole(m_ui->bodyRoleCombo->currentData().toInt());
    const int before = m_attendance->rowCount();
    const bool done = chosen == allWorkingGroupLeads
                          ? session()->perform(new session::AddWorkingGroupLeadsCommand(
                                *session(), meetingId, role, tr("Add all working-group leads")))
                          : session()->perform(new session::AddBodyMembersCommand(
                                *session(), meetingId, chosen, role,
                                tr("Add the members of %1").arg(m_ui->bodyCombo->currentText())));
    if (done && m_attendance->rowCount() == before)
        QToolTip::showText(
            m_ui->addBodyButton->mapToGlobal(QPoint(0, m_ui->addBodyButton->height())),
            tr("No one was added: everyone is on the list already, or no one holds such a seat "
               "on %1. Check the members under Bodies and members (Ctrl+3).")
                .arg(persian::formatDate(meeting().date)),
            m_ui->addBodyButton);
}

void MeetingAttendanceTab::addAttendee()
{
    const Id person = m_ui->attendeePicker->personId();
    if (!canEdit() || !person)
        return;
    Attendance attendance;
    attendance.meetingId = meeting().id;
    attendance.personId = person;
    attendance.role = AttendanceRole(m_ui->attendeeRoleCombo->currentData().toInt());
    if (session()->perform(new session::InsertRowCommand<Attendance>(*session(), attendance,
                                                                     tr("Add an attendee"))))
        m_ui->attendeePicker->clearPerson();
}

void MeetingAttendanceTab::addGuest()
{
    Person person;
    person.familyName = stored(m_ui->guestFamilyEdit->text());
    person.givenName = stored(m_ui->guestGivenEdit->text());
    person.gender = Gender(m_ui->guestGenderCombo->currentData().toInt());
    person.title = AcademicTitle(m_ui->guestTitleCombo->currentData().toInt());
    if (!canEdit() || person.familyName.isEmpty()) {
        m_ui->guestFamilyEdit->setFocus();
        return;
    }
    Attendance attendance;
    attendance.meetingId = meeting().id;
    attendance.role = AttendanceRole::Guest;
    if (session()->perform(
            new session::AddGuestCommand(*session(), person, attendance, tr("Add a guest")))) {
        m_ui->guestFamilyEdit->clear();
        m_ui->guestGivenEdit->clear();
    }
}

void MeetingAttendanceTab::pasteAttendees()
{
    if (!canEdit())
        return;
    QSet<Id> attending;
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        attending.insert(m_attendance->attendanceAt(row).personId);
    PasteAttendeesDialog dialog(*session(), attending, this);
    dialog.setText(QGuiApplication::clipboard()->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<session::AttendeeToAdd> people = dialog.attendees();
    if (!people.isEmpty())
        session()->perform(new session::AddPastedAttendeesCommand(
            *session(), meeting().id, people, dialog.role(), dialog.representsBodyId(),
            tr("Add pasted attendees")));
}

void MeetingAttendanceTab::showSelectedAttendee()
{
    const int row = selectedRow(m_ui->attendanceTable);
    m_ui->selectedAttendeeBox->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Attendance& attendance = m_attendance->attendanceAt(row);
    m_filling = true;
    selectValue(m_ui->attendanceRoleCombo, int(attendance.role));
    selectValue(m_ui->attendanceStatusCombo, int(attendance.status));
    views::chooseId(m_ui->representsCombo, attendance.representsBodyId.value_or(0));
    m_ui->reasonEdit->setText(attendance.reason);
    m_ui->lateSpin->setValue(attendance.minutesLate);
    m_filling = false;
}

void MeetingAttendanceTab::editSelectedAttendee()
{
    const int row = selectedRow(m_ui->attendanceTable);
    if (m_filling || !session() || row < 0)
        return;
    const Attendance before = m_attendance->attendanceAt(row);
    Attendance after = before;
    after.role = AttendanceRole(m_ui->attendanceRoleCombo->currentData().toInt());
    after.status = AttendanceStatus(m_ui->attendanceStatusCombo->currentData().toInt());
    after.representsBodyId = optionalId(views::chosenId(m_ui->representsCombo));
    after.reason = stored(m_ui->reasonEdit->text());
    after.minutesLate = after.status == AttendanceStatus::Late ? m_ui->lateSpin->value() : 0;
    if (after != before)
        session()->perform(new session::UpdateRowCommand<Attendance>(*session(), before, after,
                                                                     tr("Change an attendance")));
}

void MeetingAttendanceTab::removeSelectedAttendee()
{
    const int row = selectedRow(m_ui->attendanceTable);
    if (session() && row >= 0)
        session()->perform(new session::RemoveRowCommand<Attendance>(
            *session(), m_attendance->attendanceAt(row), tr("Remove an attendee")));
}

} // namespace jalaseh::app
