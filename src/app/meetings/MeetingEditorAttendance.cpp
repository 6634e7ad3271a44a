// The attendance tab of the meeting editor (see MeetingEditor.h).
#include "app/common/EnumCombo.h"
#include "app/common/ViewSupport.h"
#include "app/meetings/MeetingEditor.h"
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
#include "ui_MeetingEditor.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QToolTip>
#include <algorithm>

namespace jalaseh::app {

using views::addShortcut;
using views::optionalId;
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

void MeetingEditor::setUpAttendance()
{
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

    connect(m_ui->bodyCombo, &QComboBox::activated, this, &MeetingEditor::suggestBodyRole);
    connect(m_ui->addBodyButton, &QPushButton::clicked, this, &MeetingEditor::addBodyMembers);
    connect(m_ui->addAttendeeButton, &QPushButton::clicked, this, &MeetingEditor::addAttendee);
    connect(m_ui->addGuestButton, &QPushButton::clicked, this, &MeetingEditor::addGuest);
    connect(m_ui->pasteAttendeesButton, &QPushButton::clicked, this,
            &MeetingEditor::pasteAttendees);
    auto* paste =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), m_ui->attendanceTab);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &MeetingEditor::pasteAttendees);
    connect(m_ui->attendanceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedAttendee);
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            &MeetingEditor::showSelectedAttendee);
    for (QComboBox* combo :
         {m_ui->attendanceRoleCombo, m_ui->attendanceStatusCombo, m_ui->representsCombo})
        connect(combo, &QComboBox::activated, this, &MeetingEditor::editSelectedAttendee);
    connect(m_ui->reasonEdit, &QLineEdit::editingFinished, this,
            &MeetingEditor::editSelectedAttendee);
    connect(m_ui->lateSpin, &QSpinBox::editingFinished, this, &MeetingEditor::editSelectedAttendee);
    connect(m_ui->removeAttendeeButton, &QPushButton::clicked, this,
            &MeetingEditor::removeSelectedAttendee);
    addShortcut(m_ui->attendanceTable, QKeySequence::Delete, this,
                &MeetingEditor::removeSelectedAttendee);
}

// "All working-group leads" and the bodies that can be added at once; and every body, merged
// ones too (for older meetings), as the body an attendee represents.
void MeetingEditor::fillBodyCombo()
{
    if (!m_session)
        return;
    const QList<Body> bodies = bodiesInOrder(m_session->database());

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
void MeetingEditor::suggestBodyRole()
{
    const Id chosen = m_ui->bodyCombo->currentData().value<Id>();
    AttendanceRole role = AttendanceRole::Member;
    if (chosen == allWorkingGroupLeads) {
        role = AttendanceRole::Lead;
    } else if (m_session) {
        const auto body = storage::BodyRepository(m_session->database()).find(chosen);
        if (body && body->kind == BodyKind::SteeringCommittee)
            role = AttendanceRole::SteeringCommittee;
    }
    selectValue(m_ui->bodyRoleCombo, int(role));
}

void MeetingEditor::addBodyMembers()
{
    const Id chosen = m_ui->bodyCombo->currentData().value<Id>();
    if (!m_session || !m_meeting.id || !chosen)
        return;
    const auto role = AttendanceRole(m_ui->bodyRoleCombo->currentData().toInt());
    const int before = m_attendance->rowCount();
    const bool done = chosen == allWorkingGroupLeads
                          ? m_session->perform(new session::AddWorkingGroupLeadsCommand(
                                *m_session, m_meeting.id, role, tr("Add all working-group leads")))
                          : m_session->perform(new session::AddBodyMembersCommand(
                                *m_session, m_meeting.id, chosen, role,
                                tr("Add the members of %1").arg(m_ui->bodyCombo->currentText())));
    if (done && m_attendance->rowCount() == before)
        QToolTip::showText(
            m_ui->addBodyButton->mapToGlobal(QPoint(0, m_ui->addBodyButton->height())),
            tr("No one was added: everyone is on the list already, or no one holds such a seat "
               "on %1. Check the members under Bodies and members (Ctrl+3).")
                .arg(persian::formatDate(m_meeting.date)),
            m_ui->addBodyButton);
}

void MeetingEditor::addAttendee()
{
    const Id person = m_ui->attendeePicker->personId();
    if (!m_session || !m_meeting.id || !person)
        return;
    Attendance attendance;
    attendance.meetingId = m_meeting.id;
    attendance.personId = person;
    attendance.role = AttendanceRole(m_ui->attendeeRoleCombo->currentData().toInt());
    if (m_session->perform(new session::InsertRowCommand<Attendance>(*m_session, attendance,
                                                                     tr("Add an attendee"))))
        m_ui->attendeePicker->clearPerson();
}

void MeetingEditor::addGuest()
{
    Person person;
    person.familyName = stored(m_ui->guestFamilyEdit->text());
    person.givenName = stored(m_ui->guestGivenEdit->text());
    person.gender = Gender(m_ui->guestGenderCombo->currentData().toInt());
    person.title = AcademicTitle(m_ui->guestTitleCombo->currentData().toInt());
    if (!m_session || !m_meeting.id || person.familyName.isEmpty()) {
        m_ui->guestFamilyEdit->setFocus();
        return;
    }
    Attendance attendance;
    attendance.meetingId = m_meeting.id;
    attendance.role = AttendanceRole::Guest;
    if (m_session->perform(
            new session::AddGuestCommand(*m_session, person, attendance, tr("Add a guest")))) {
        m_ui->guestFamilyEdit->clear();
        m_ui->guestGivenEdit->clear();
    }
}

void MeetingEditor::pasteAttendees()
{
    if (!m_session || !m_meeting.id)
        return;
    QSet<Id> attending;
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        attending.insert(m_attendance->attendanceAt(row).personId);
    PasteAttendeesDialog dialog(m_session->database(), attending, this);
    dialog.setText(QGuiApplication::clipboard()->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<session::AttendeeToAdd> people = dialog.attendees();
    if (!people.isEmpty())
        m_session->perform(new session::AddPastedAttendeesCommand(
            *m_session, m_meeting.id, people, dialog.role(), dialog.representsBodyId(),
            tr("Add pasted attendees")));
}

void MeetingEditor::showSelectedAttendee()
{
    const int row = selectedRow(m_ui->attendanceTable);
    m_ui->selectedAttendeeBox->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Attendance& attendance = m_attendance->attendanceAt(row);
    m_filling = true;
    selectValue(m_ui->attendanceRoleCombo, int(attendance.role));
    selectValue(m_ui->attendanceStatusCombo, int(attendance.status));
    m_ui->representsCombo->setCurrentIndex(
        std::max(m_ui->representsCombo->findData(attendance.representsBodyId.value_or(0)), 0));
    m_ui->reasonEdit->setText(attendance.reason);
    m_ui->lateSpin->setValue(attendance.minutesLate);
    m_filling = false;
}

void MeetingEditor::editSelectedAttendee()
{
    const int row = selectedRow(m_ui->attendanceTable);
    if (m_filling || !m_session || row < 0)
        return;
    const Attendance before = m_attendance->attendanceAt(row);
    Attendance after = before;
    after.role = AttendanceRole(m_ui->attendanceRoleCombo->currentData().toInt());
    after.status = AttendanceStatus(m_ui->attendanceStatusCombo->currentData().toInt());
    after.representsBodyId = optionalId(m_ui->representsCombo->currentData().value<Id>());
    after.reason = stored(m_ui->reasonEdit->text());
    after.minutesLate = after.status == AttendanceStatus::Late ? m_ui->lateSpin->value() : 0;
    if (after != before)
        m_session->perform(new session::UpdateRowCommand<Attendance>(*m_session, before, after,
                                                                     tr("Change an attendance")));
}

void MeetingEditor::removeSelectedAttendee()
{
    const int row = selectedRow(m_ui->attendanceTable);
    if (m_session && row >= 0)
        m_session->perform(new session::RemoveRowCommand<Attendance>(
            *m_session, m_attendance->attendanceAt(row), tr("Remove an attendee")));
}

} // namespace jalaseh::app
