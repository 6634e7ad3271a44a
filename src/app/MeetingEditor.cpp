#include "MeetingEditor.h"

#include "AddBodyMembersCommand.h"
#include "AddGuestCommand.h"
#include "AttendanceListModel.h"
#include "BookingConflictBanner.h"
#include "CarriedOverPanel.h"
#include "ContributionListModel.h"
#include "DatabaseSession.h"
#include "DecisionListModel.h"
#include "EnumLabels.h"
#include "InsertRowCommand.h"
#include "MoveRowCommand.h"
#include "PersonListModel.h"
#include "ProposalListModel.h"
#include "RemoveRowCommand.h"
#include "UpdateRowCommand.h"
#include "persian/Collation.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "persian/Normalize.h"
#include "persian/Phrasing.h"
#include "ui_MeetingEditor.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QShortcut>
#include <algorithm>

namespace jalaseh::app {
namespace {

QString stored(const QString& text)
{
    return persian::normalizeForStorage(text);
}

void setUpTable(QTableView* table, int stretchColumn)
{
    table->verticalHeader()->hide();
    table->horizontalHeader()->setResizeContentsPrecision(40);
    table->horizontalHeader()->setStretchLastSection(true);
    if (stretchColumn >= 0)
        table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

std::optional<Id> optionalId(Id id)
{
    return id ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

MeetingEditor::MeetingEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingEditor>())
    , m_people(new PersonListModel(this))
    , m_attendance(new AttendanceListModel(*m_people, this))
    , m_contributions(new ContributionListModel(*m_people, this))
    , m_proposals(new ProposalListModel(*m_people, this))
    , m_decisions(new DecisionListModel(this))
    , m_conflicts(new BookingConflictBanner(this))
    , m_carriedOver(new CarriedOverPanel(*m_people, this))
{
    m_ui->setupUi(this);
    // Clashes of people and rooms, under the heading, whichever tab is open.
    if (auto* top = qobject_cast<QBoxLayout*>(layout()))
        top->insertWidget(1, m_conflicts);
    m_ui->headingLabel->setWordWrap(false);
    m_ui->headingLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    for (PersonPicker* picker :
         {m_ui->chairPicker, m_ui->secretaryPicker, m_ui->attendeePicker, m_ui->speakerPicker,
          m_ui->proposerPicker, m_ui->responsiblePicker})
        picker->setPeople(m_people);
    setUpDetails();
    setUpAttendance();
    setUpContributions();
    setUpDecisions();
    // Built here rather than in the form: decisions of earlier meetings come back first.
    if (auto* tab = qobject_cast<QBoxLayout*>(m_ui->decisionsTab->layout()))
        tab->insertWidget(0, m_carriedOver);
    connect(m_ui->backButton, &QPushButton::clicked, this, &MeetingEditor::backRequested);
    connect(m_ui->minutesButton, &QPushButton::clicked, this,
            [this] { emit minutesRequested(m_meeting.id); });
}

MeetingEditor::~MeetingEditor()
{
    // Fields report "editing finished" when they lose focus, also while they are destroyed
    // after this object; stop listening first.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

void MeetingEditor::setSession(DatabaseSession* session)
{
    m_session = session;
    m_meeting = Meeting{};
    m_conflicts->setSession(session);
    m_carriedOver->setSession(session);
    if (!session)
        return;
    connect(session, &DatabaseSession::changed, this, [this](Change what, Id meetingId) {
        if (!m_meeting.id)
            return;
        switch (what) {
        case Change::People:
            reloadPeople();
            reloadRows();
            break;
        case Change::Bodies:
            fillBodyCombo();
            break;
        case Change::Series:
        case Change::Meetings:
            reloadMeeting();
            break;
        case Change::MeetingRows:
            reloadPeople(); // a guest may have been added
            if (meetingId == m_meeting.id)
                reloadRows();
            break;
        case Change::Memberships:
            break;
        }
    });
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

// ---- loading ----

void MeetingEditor::reloadPeople()
{
    if (m_session)
        m_people->reload(m_session->database());
}

void MeetingEditor::reloadMeeting()
{
    if (!m_session || !m_meeting.id)
        return;
    const auto meeting = storage::MeetingRepository(m_session->database()).find(m_meeting.id);
    if (!meeting) { // removed (e.g. undo of its creation)
        m_meeting = Meeting{};
        emit backRequested();
        return;
    }
    m_meeting = *meeting;
    showDetails();
    reloadRows();
}

void MeetingEditor::reloadRows()
{
    if (!m_session)
        return;
    auto& database = m_session->database();
    const int attendee = selectedRow(m_ui->attendanceTable);
    const Id attendeeId = attendee >= 0 ? m_attendance->idAt(attendee) : 0;
    const int contribution = selectedRow(m_ui->contributionTable);
    const Id contributionId = contribution >= 0 ? m_contributions->idAt(contribution) : 0;
    const int decision = selectedRow(m_ui->decisionTable);
    const Id decisionId = decision >= 0 ? m_decisions->idAt(decision) : 0;

    m_attendance->reload(database, m_meeting.id);
    m_contributions->reload(database, m_meeting.id);
    m_proposals->reload(database, m_meeting.id);
    m_decisions->reloadMeeting(database, m_meeting.id);
    for (QTableView* table :
         {m_ui->attendanceTable, m_ui->contributionTable, m_ui->proposalTable, m_ui->decisionTable})
        table->resizeColumnsToContents();
    selectRowById(m_ui->attendanceTable, m_attendance, attendeeId);
    selectRowById(m_ui->contributionTable, m_contributions, contributionId);
    selectRowById(m_ui->decisionTable, m_decisions, decisionId);
    showHeading();
}

void MeetingEditor::showDetails()
{
    m_filling = true;
    fillSeriesCombo();
    fillBodyCombo();
    m_ui->numberSpin->setValue(m_meeting.number);
    m_ui->titleEdit->setText(m_meeting.title);
    selectValue(m_ui->modeCombo, int(m_meeting.mode));
    m_ui->venueEdit->setText(m_meeting.venue);
    m_ui->linkEdit->setText(m_meeting.onlineLink);
    m_ui->dateEdit->setDate(m_meeting.date);
    m_ui->startEdit->setTime(m_meeting.start);
    m_ui->endEdit->setTime(m_meeting.end);
    m_ui->chairPicker->setPersonId(m_meeting.chairId.value_or(0));
    m_ui->secretaryPicker->setPersonId(m_meeting.secretaryId.value_or(0));
    selectValue(m_ui->statusCombo, int(m_meeting.status));
    if (m_ui->summaryEdit->toPlainText() != m_meeting.summary)
        m_ui->summaryEdit->setPlainText(m_meeting.summary);
    m_filling = false;
    showHeading();
}

void MeetingEditor::showHeading()
{
    m_ui->headingLabel->setText(tr("<b>%1</b> — meeting no. %2, %3")
                                    .arg(m_ui->seriesCombo->currentText().toHtmlEscaped(),
                                         persian::formatNumber(m_meeting.number),
                                         persian::formatDateLong(m_meeting.date)));
}

void MeetingEditor::fillSeriesCombo()
{
    const QSignalBlocker blocker(m_ui->seriesCombo);
    m_ui->seriesCombo->clear();
    QList<MeetingSeries> series = storage::MeetingSeriesRepository(m_session->database()).all();
    const persian::PersianCollator collator;
    std::sort(series.begin(), series.end(),
              [&](const auto& a, const auto& b) { return collator.lessThan(a.name, b.name); });
    for (const MeetingSeries& one : series)
        m_ui->seriesCombo->addItem(one.name, one.id);
    m_ui->seriesCombo->setCurrentIndex(m_ui->seriesCombo->findData(m_meeting.seriesId));
}

void MeetingEditor::fillBodyCombo()
{
    if (!m_session)
        return;
    const QVariant selected = m_ui->bodyCombo->currentData();
    m_ui->bodyCombo->clear();
    QList<Body> bodies = storage::BodyRepository(m_session->database()).all();
    const persian::PersianCollator collator;
    std::sort(bodies.begin(), bodies.end(), [&](const Body& a, const Body& b) {
        return a.kind != b.kind ? a.kind < b.kind : collator.lessThan(a.name, b.name);
    });
    for (const Body& body : bodies)
        if (!body.isMerged())
            m_ui->bodyCombo->addItem(body.name, body.id);
    const int index = m_ui->bodyCombo->findData(selected);
    if (index >= 0)
        m_ui->bodyCombo->setCurrentIndex(index);
}

int MeetingEditor::selectedRow(const QTableView* table) const
{
    const QModelIndex index = table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void MeetingEditor::selectRowById(QTableView* table, const RecordListModel* model, Id id)
{
    const int row = id ? model->rowOf(id) : -1;
    if (row >= 0)
        table->setCurrentIndex(model->index(row, 0));
    else
        table->clearSelection();
}

// ---- details ----

void MeetingEditor::setUpDetails()
{
    fillCombo<MeetingMode>(m_ui->modeCombo);
    fillCombo<MeetingStatus>(m_ui->statusCombo);
    m_ui->dateEdit->setAccessibleName(tr("Meeting date"));
    m_ui->startEdit->setAccessibleName(tr("Start time"));
    m_ui->endEdit->setAccessibleName(tr("End time"));

    connect(m_ui->seriesCombo, &QComboBox::activated, this, &MeetingEditor::chooseSeries);
    connect(m_ui->newSeriesButton, &QPushButton::clicked, this, &MeetingEditor::newSeries);
    connect(m_ui->numberSpin, &QSpinBox::editingFinished, this, [this] {
        editMeeting(tr("Change the meeting number"),
                    [this](Meeting& m) { m.number = m_ui->numberSpin->value(); });
    });
    connect(m_ui->titleEdit, &QLineEdit::editingFinished, this, [this] {
        editMeeting(tr("Change the title"),
                    [this](Meeting& m) { m.title = stored(m_ui->titleEdit->text()); });
    });
    connect(m_ui->modeCombo, &QComboBox::activated, this, [this] {
        editMeeting(tr("Change the mode"), [this](Meeting& m) {
            m.mode = MeetingMode(m_ui->modeCombo->currentData().toInt());
        });
    });
    connect(m_ui->venueEdit, &QLineEdit::editingFinished, this, [this] {
        editMeeting(tr("Change the venue"),
                    [this](Meeting& m) { m.venue = stored(m_ui->venueEdit->text()); });
    });
    connect(m_ui->linkEdit, &QLineEdit::editingFinished, this, [this] {
        editMeeting(tr("Change the online link"),
                    [this](Meeting& m) { m.onlineLink = m_ui->linkEdit->text().trimmed(); });
    });
    connect(m_ui->dateEdit, &JalaliDateEdit::dateEdited, this, [this](const QDate& date) {
        editMeeting(tr("Change the date"), [date](Meeting& m) { m.date = date; });
    });
    connect(m_ui->startEdit, &TimeEdit::timeEdited, this, [this](const QTime& time) {
        editMeeting(tr("Change the start time"), [time](Meeting& m) { m.start = time; });
    });
    connect(m_ui->endEdit, &TimeEdit::timeEdited, this, [this](const QTime& time) {
        editMeeting(tr("Change the end time"), [time](Meeting& m) { m.end = time; });
    });
    connect(m_ui->chairPicker, &PersonPicker::personChosen, this, [this](Id id) {
        editMeeting(tr("Change the chair"), [id](Meeting& m) { m.chairId = optionalId(id); });
    });
    connect(m_ui->secretaryPicker, &PersonPicker::personChosen, this, [this](Id id) {
        editMeeting(tr("Change the secretary"),
                    [id](Meeting& m) { m.secretaryId = optionalId(id); });
    });
    connect(m_ui->statusCombo, &QComboBox::activated, this, [this] {
        editMeeting(tr("Change the status"), [this](Meeting& m) {
            m.status = MeetingStatus(m_ui->statusCombo->currentData().toInt());
        });
    });
    // A paragraph is saved when the user leaves it, not at every key.
    m_ui->summaryEdit->installEventFilter(this);
}

bool MeetingEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->summaryEdit && event->type() == QEvent::FocusOut)
        editMeeting(tr("Change the summary"),
                    [this](Meeting& m) { m.summary = m_ui->summaryEdit->toPlainText(); });
    return QWidget::eventFilter(watched, event);
}

void MeetingEditor::editMeeting(const QString& what, const std::function<void(Meeting&)>& change)
{
    if (m_filling || !m_session || !m_meeting.id)
        return;
    Meeting after = m_meeting;
    change(after);
    if (after == m_meeting)
        return;
    const Meeting before = m_meeting;
    m_meeting = after; // the edit's own reload would otherwise lag behind further typing
    if (!m_session->perform(new UpdateRowCommand<Meeting>(*m_session, before, after, what))) {
        m_meeting = before;
        showDetails();
    }
}

void MeetingEditor::chooseSeries()
{
    const Id series = m_ui->seriesCombo->currentData().value<Id>();
    if (series == m_meeting.seriesId)
        return;
    // A meeting moved to another series takes that series' next number.
    const int number = storage::MeetingSeriesRepository(m_session->database()).nextNumber(series);
    editMeeting(tr("Change the series"), [series, number](Meeting& m) {
        m.seriesId = series;
        m.number = number;
    });
}

void MeetingEditor::newSeries()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name = stored(QInputDialog::getText(
        this, tr("New series"), tr("Name of the new meeting series:"), QLineEdit::Normal, {}, &ok));
    if (!ok || name.isEmpty())
        return;
    MeetingSeries series;
    series.name = name;
    auto* command = new InsertRowCommand<MeetingSeries>(*m_session, series, tr("Add series"));
    if (!m_session->perform(command))
        return;
    const Id id = command->insertedId();
    editMeeting(tr("Change the series"), [id](Meeting& m) {
        m.seriesId = id;
        m.number = 1;
    });
}

// ---- attendance ----

void MeetingEditor::setUpAttendance()
{
    fillCombo<AttendanceRole>(m_ui->bodyRoleCombo);
    fillCombo<AttendanceRole>(m_ui->attendeeRoleCombo);
    fillCombo<AttendanceRole>(m_ui->attendanceRoleCombo);
    fillCombo<AttendanceStatus>(m_ui->attendanceStatusCombo);
    fillCombo<Gender>(m_ui->guestGenderCombo);
    fillCombo<AcademicTitle>(m_ui->guestTitleCombo);
    selectValue(m_ui->bodyRoleCombo, int(AttendanceRole::Member));
    selectValue(m_ui->attendeeRoleCombo, int(AttendanceRole::Member));
    m_ui->attendanceTable->setModel(m_attendance);
    setUpTable(m_ui->attendanceTable, -1);
    m_ui->selectedAttendeeBox->setEnabled(false);

    connect(m_ui->addBodyButton, &QPushButton::clicked, this, &MeetingEditor::addBodyMembers);
    connect(m_ui->addAttendeeButton, &QPushButton::clicked, this, &MeetingEditor::addAttendee);
    connect(m_ui->addGuestButton, &QPushButton::clicked, this, &MeetingEditor::addGuest);
    connect(m_ui->attendanceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedAttendee);
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            &MeetingEditor::showSelectedAttendee);
    connect(m_ui->attendanceRoleCombo, &QComboBox::activated, this,
            &MeetingEditor::editSelectedAttendee);
    connect(m_ui->attendanceStatusCombo, &QComboBox::activated, this,
            &MeetingEditor::editSelectedAttendee);
    connect(m_ui->reasonEdit, &QLineEdit::editingFinished, this,
            &MeetingEditor::editSelectedAttendee);
    connect(m_ui->lateSpin, &QSpinBox::editingFinished, this, &MeetingEditor::editSelectedAttendee);
    connect(m_ui->removeAttendeeButton, &QPushButton::clicked, this,
            &MeetingEditor::removeSelectedAttendee);
    auto* remove = new QShortcut(QKeySequence::Delete, m_ui->attendanceTable);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MeetingEditor::removeSelectedAttendee);
}

void MeetingEditor::addBodyMembers()
{
    const Id body = m_ui->bodyCombo->currentData().value<Id>();
    if (!m_session || !m_meeting.id || !body)
        return;
    m_session->perform(new AddBodyMembersCommand(
        *m_session, m_meeting.id, body, AttendanceRole(m_ui->bodyRoleCombo->currentData().toInt()),
        tr("Add the members of %1").arg(m_ui->bodyCombo->currentText())));
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
    if (m_session->perform(
            new InsertRowCommand<Attendance>(*m_session, attendance, tr("Add an attendee"))))
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
            new AddGuestCommand(*m_session, person, attendance, tr("Add a guest")))) {
        m_ui->guestFamilyEdit->clear();
        m_ui->guestGivenEdit->clear();
    }
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
    after.reason = stored(m_ui->reasonEdit->text());
    after.minutesLate = after.status == AttendanceStatus::Late ? m_ui->lateSpin->value() : 0;
    if (after != before)
        m_session->perform(new UpdateRowCommand<Attendance>(*m_session, before, after,
                                                            tr("Change an attendance")));
}

void MeetingEditor::removeSelectedAttendee()
{
    const int row = selectedRow(m_ui->attendanceTable);
    if (m_session && row >= 0)
        m_session->perform(new RemoveRowCommand<Attendance>(
            *m_session, m_attendance->attendanceAt(row), tr("Remove an attendee")));
}

// ---- contributions ----

void MeetingEditor::setUpContributions()
{
    QTableView* table = m_ui->contributionTable;
    table->setModel(m_contributions);
    setUpTable(table, ContributionListModel::TextColumn);
    table->setDragEnabled(true);
    table->setAcceptDrops(true);
    table->setDropIndicatorShown(true);
    table->setDragDropMode(QAbstractItemView::InternalMove);
    table->setDefaultDropAction(Qt::MoveAction);
    table->setWordWrap(true);

    connect(m_contributions, &ContributionListModel::moveRequested, this,
            &MeetingEditor::moveContributionTo);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedContribution);
    connect(m_ui->addContributionButton, &QPushButton::clicked, this,
            &MeetingEditor::addContribution);
    connect(m_ui->changeContributionButton, &QPushButton::clicked, this,
            &MeetingEditor::changeContribution);
    connect(m_ui->removeContributionButton, &QPushButton::clicked, this,
            &MeetingEditor::removeContribution);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveContribution(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveContribution(+1); });
    auto* up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), table);
    up->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveContribution(-1); });
    auto* down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), table);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveContribution(+1); });
    auto* remove = new QShortcut(QKeySequence::Delete, table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MeetingEditor::removeContribution);
    // Ctrl+Enter in the text adds it, so that a whole meeting is typed without the mouse.
    auto* add = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->contributionTextEdit);
    add->setContext(Qt::WidgetShortcut);
    connect(add, &QShortcut::activated, this, &MeetingEditor::addContribution);
}

void MeetingEditor::addContribution()
{
    const QString text = stored(m_ui->contributionTextEdit->toPlainText());
    const Id speaker = m_ui->speakerPicker->personId();
    if (!m_session || !m_meeting.id || text.isEmpty() || !speaker)
        return;
    Contribution contribution;
    contribution.meetingId = m_meeting.id;
    contribution.speakerId = speaker;
    contribution.text = text;
    contribution.position = m_contributions->rowCount() + 1;
    auto* command =
        new InsertRowCommand<Contribution>(*m_session, contribution, tr("Add a contribution"));
    if (m_session->perform(command)) {
        m_ui->contributionTextEdit->clear();
        m_ui->speakerPicker->clearPerson();
        selectRowById(m_ui->contributionTable, m_contributions, command->insertedId());
        m_ui->speakerPicker->setFocus();
    }
}

void MeetingEditor::changeContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (!m_session || row < 0)
        return;
    const Contribution before = m_contributions->contributionAt(row);
    Contribution after = before;
    after.text = stored(m_ui->contributionTextEdit->toPlainText());
    if (m_ui->speakerPicker->personId())
        after.speakerId = m_ui->speakerPicker->personId();
    if (after != before && !after.text.isEmpty())
        m_session->perform(new UpdateRowCommand<Contribution>(*m_session, before, after,
                                                              tr("Change a contribution")));
}

void MeetingEditor::removeContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (m_session && row >= 0)
        m_session->perform(new RemoveRowCommand<Contribution>(
            *m_session, m_contributions->contributionAt(row), tr("Remove a contribution")));
}

void MeetingEditor::moveContribution(int step)
{
    const int row = selectedRow(m_ui->contributionTable);
    if (row >= 0)
        moveContributionTo(row, row + step);
}

void MeetingEditor::moveContributionTo(int fromRow, int toRow)
{
    if (!m_session || fromRow < 0 || toRow < 0 || toRow >= m_contributions->rowCount() ||
        fromRow == toRow)
        return;
    const Contribution moved = m_contributions->contributionAt(fromRow);
    const int position = m_contributions->contributionAt(toRow).position;
    if (m_session->perform(new MoveRowCommand<Contribution>(*m_session, moved, position,
                                                            tr("Move a contribution"))))
        selectRowById(m_ui->contributionTable, m_contributions, moved.id);
}

void MeetingEditor::showSelectedContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (row < 0)
        return;
    const Contribution& contribution = m_contributions->contributionAt(row);
    m_ui->speakerPicker->setPersonId(contribution.speakerId);
    m_ui->contributionTextEdit->setPlainText(contribution.text);
}

// ---- proposals and decisions ----

void MeetingEditor::setUpDecisions()
{
    fillCombo<ProposalStatus>(m_ui->proposalStatusCombo);
    fillCombo<DecisionStatus>(m_ui->decisionStatusCombo);
    fillCombo<FollowUpState>(m_ui->followUpCombo);
    m_ui->proposalTable->setModel(m_proposals);
    setUpTable(m_ui->proposalTable, ProposalListModel::TextColumn);
    m_ui->decisionTable->setModel(m_decisions);
    setUpTable(m_ui->decisionTable, DecisionListModel::TextColumn);
    m_ui->decisionTable->hideColumn(DecisionListModel::MeetingColumn);
    m_ui->deadlineEdit->setEmptyAllowed(true);
    m_ui->deadlineEdit->setAccessibleName(tr("Deadline"));

    connect(m_ui->addProposalButton, &QPushButton::clicked, this, &MeetingEditor::addProposal);
    connect(m_ui->changeProposalButton, &QPushButton::clicked, this,
            &MeetingEditor::changeProposal);
    connect(m_ui->removeProposalButton, &QPushButton::clicked, this,
            &MeetingEditor::removeProposal);
    connect(m_ui->proposalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedProposal);
    connect(m_ui->addDecisionButton, &QPushButton::clicked, this, &MeetingEditor::addDecision);
    connect(m_ui->changeDecisionButton, &QPushButton::clicked, this,
            &MeetingEditor::changeDecision);
    connect(m_ui->removeDecisionButton, &QPushButton::clicked, this,
            &MeetingEditor::removeDecision);
    connect(m_ui->decisionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedDecision);
}

void MeetingEditor::addProposal()
{
    const QString text = stored(m_ui->proposalTextEdit->text());
    if (!m_session || !m_meeting.id || text.isEmpty())
        return;
    Proposal proposal;
    proposal.meetingId = m_meeting.id;
    proposal.text = text;
    proposal.proposerId = optionalId(m_ui->proposerPicker->personId());
    proposal.status = ProposalStatus(m_ui->proposalStatusCombo->currentData().toInt());
    proposal.position = m_proposals->rowCount() + 1;
    if (m_session->perform(
            new InsertRowCommand<Proposal>(*m_session, proposal, tr("Add a proposal"))))
        m_ui->proposalTextEdit->clear();
}

void MeetingEditor::changeProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (!m_session || row < 0)
        return;
    const Proposal before = m_proposals->proposalAt(row);
    Proposal after = before;
    after.text = stored(m_ui->proposalTextEdit->text());
    after.proposerId = optionalId(m_ui->proposerPicker->personId());
    after.status = ProposalStatus(m_ui->proposalStatusCombo->currentData().toInt());
    if (after != before && !after.text.isEmpty())
        m_session->perform(
            new UpdateRowCommand<Proposal>(*m_session, before, after, tr("Change a proposal")));
}

void MeetingEditor::removeProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (m_session && row >= 0)
        m_session->perform(new RemoveRowCommand<Proposal>(*m_session, m_proposals->proposalAt(row),
                                                          tr("Remove a proposal")));
}

void MeetingEditor::showSelectedProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (row < 0)
        return;
    const Proposal& proposal = m_proposals->proposalAt(row);
    m_ui->proposalTextEdit->setText(proposal.text);
    m_ui->proposerPicker->setPersonId(proposal.proposerId.value_or(0));
    selectValue(m_ui->proposalStatusCombo, int(proposal.status));
}

void MeetingEditor::addDecision()
{
    const QString text = stored(m_ui->decisionTextEdit->text());
    if (!m_session || !m_meeting.id || text.isEmpty() || !m_ui->deadlineEdit->problem().isEmpty())
        return;
    Decision decision;
    decision.meetingId = m_meeting.id;
    decision.text = text;
    decision.responsibleId = optionalId(m_ui->responsiblePicker->personId());
    decision.deadline = m_ui->deadlineEdit->date();
    decision.status = DecisionStatus(m_ui->decisionStatusCombo->currentData().toInt());
    decision.followUp = FollowUpState(m_ui->followUpCombo->currentData().toInt());
    decision.position = m_decisions->rowCount() + 1;
    if (m_session->perform(
            new InsertRowCommand<Decision>(*m_session, decision, tr("Add a decision")))) {
        m_ui->decisionTextEdit->clear();
        m_ui->responsiblePicker->clearPerson();
        m_ui->deadlineEdit->setDate({});
    }
}

void MeetingEditor::changeDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (!m_session || row < 0 || !m_ui->deadlineEdit->problem().isEmpty())
        return;
    const Decision before = m_decisions->decisionAt(row);
    Decision after = before;
    after.text = stored(m_ui->decisionTextEdit->text());
    after.responsibleId = optionalId(m_ui->responsiblePicker->personId());
    after.deadline = m_ui->deadlineEdit->date();
    after.status = DecisionStatus(m_ui->decisionStatusCombo->currentData().toInt());
    after.followUp = FollowUpState(m_ui->followUpCombo->currentData().toInt());
    if (after != before && !after.text.isEmpty())
        m_session->perform(
            new UpdateRowCommand<Decision>(*m_session, before, after, tr("Change a decision")));
}

void MeetingEditor::removeDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (m_session && row >= 0)
        m_session->perform(new RemoveRowCommand<Decision>(*m_session, m_decisions->decisionAt(row),
                                                          tr("Remove a decision")));
}

void MeetingEditor::showSelectedDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (row < 0)
        return;
    const Decision& decision = m_decisions->decisionAt(row);
    m_ui->decisionTextEdit->setText(decision.text);
    m_ui->responsiblePicker->setPersonId(decision.responsibleId.value_or(0));
    m_ui->deadlineEdit->setDate(decision.deadline);
    selectValue(m_ui->decisionStatusCombo, int(decision.status));
    selectValue(m_ui->followUpCombo, int(decision.followUp));
}

} // namespace jalaseh::app
