#include "app/meetings/MeetingEditor.h"

#include "app/common/EnumCombo.h"
#include "app/common/PersonListPicker.h"
#include "app/common/ViewSupport.h"
#include "app/meetings/BookingConflictBanner.h"
#include "app/meetings/CarriedOverPanel.h"
#include "persian/Collation.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "persian/Phrasing.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/AgendaListModel.h"
#include "session/models/AttendanceListModel.h"
#include "session/models/ContributionListModel.h"
#include "session/models/DecisionListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/ProposalListModel.h"
#include "ui_MeetingEditor.h"

#include <QBoxLayout>
#include <QEvent>
#include <QInputDialog>
#include <algorithm>

namespace jalaseh::app {

using views::optionalId;
using views::stored;

namespace {

// The widest a column other than the main text takes when fitted to its contents, so that a long
// name or title does not push the text out of sight.
constexpr int widestColumn = 260;

} // namespace

MeetingEditor::MeetingEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingEditor>())
    , m_people(new session::PersonListModel(this))
    , m_attendance(new session::AttendanceListModel(*m_people, this))
    , m_agenda(new session::AgendaListModel(this))
    , m_contributions(new session::ContributionListModel(*m_people, *m_agenda, this))
    , m_proposals(new session::ProposalListModel(*m_people, *m_agenda, this))
    , m_decisions(new session::DecisionListModel(*m_people, this))
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
    m_ui->backersPicker->setPeople(m_people);
    for (int tab = 0; tab < m_ui->tabs->count(); ++tab)
        m_ui->tabs->setTabToolTip(tab, QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_1 + tab))
                                           .toString(QKeySequence::NativeText));
    setUpDetails();
    setUpAttendance();
    setUpAgenda();
    setUpContributions();
    setUpProposals();
    setUpDecisions();
    // Built here rather than in the form: decisions of earlier meetings come back first.
    if (auto* tab = qobject_cast<QBoxLayout*>(m_ui->decisionsTab->layout()))
        tab->insertWidget(0, m_carriedOver);
    showBackButton();
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

void MeetingEditor::setSession(session::DatabaseSession* session)
{
    m_session = session;
    m_meeting = Meeting{};
    m_conflicts->setSession(session);
    m_carriedOver->setSession(session);
    if (!session)
        return;
    connect(session, &session::DatabaseSession::changed, this,
            [this](session::Change what, Id meetingId) {
                if (!m_meeting.id)
                    return;
                switch (what) {
                case session::Change::People:
                    reloadPeople();
                    reloadRows();
                    break;
                case session::Change::Bodies:
                    fillBodyCombo();
                    reloadRows(); // the bodies attendees represent
                    break;
                case session::Change::Series:
                case session::Change::Meetings:
                    reloadMeeting();
                    break;
                case session::Change::MeetingRows:
                    if (meetingId == m_meeting.id)
                        reloadRows();
                    break;
                case session::Change::Memberships:
                case session::Change::Organisation:
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

QStringList MeetingEditor::tabTitles() const
{
    QStringList titles;
    for (int tab = 0; tab < m_ui->tabs->count(); ++tab)
        titles.append(m_ui->tabs->tabText(tab));
    return titles;
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

void MeetingEditor::reloadPeople()
{
    if (m_session)
        m_people->reload(*m_session);
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
    const auto selectedId = [this](QTableView* table, const session::RecordListModel* model) {
        const int row = selectedRow(table);
        return row >= 0 ? model->idAt(row) : Id(0);
    };
    const Id attendeeId = selectedId(m_ui->attendanceTable, m_attendance);
    const Id agendaId = selectedId(m_ui->agendaTable, m_agenda);
    const Id contributionId = selectedId(m_ui->contributionTable, m_contributions);
    const Id proposalId = selectedId(m_ui->proposalTable, m_proposals);
    const Id decisionId = selectedId(m_ui->decisionTable, m_decisions);

    m_attendance->reload(database, m_meeting.id);
    m_agenda->reload(database, m_meeting.id); // before the rows that name its items
    m_contributions->reload(database, m_meeting.id);
    m_proposals->reload(database, m_meeting.id);
    m_decisions->reloadMeeting(database, m_meeting.id);
    for (QTableView* table : {m_ui->attendanceTable, m_ui->agendaTable, m_ui->contributionTable,
                              m_ui->proposalTable, m_ui->decisionTable})
        fitColumns(table);
    fillTopicCombo(m_ui->contributionTopicCombo);
    fillTopicCombo(m_ui->proposalTopicCombo);
    fillProposalCombo();
    // The attendee's fields save at once, so they show the row as it is now; the other forms
    // keep what the user is typing.
    selectRowById(m_ui->attendanceTable, m_attendance, attendeeId);
    selectKeepingForm(m_ui->agendaTable, m_agenda, agendaId);
    selectKeepingForm(m_ui->contributionTable, m_contributions, contributionId);
    selectKeepingForm(m_ui->proposalTable, m_proposals, proposalId);
    selectKeepingForm(m_ui->decisionTable, m_decisions, decisionId);
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

// The sentence runs in the interface's direction (the mark before it), and each part is embedded
// in its own (RLE or LRE ... PDF), so that a Persian series name does not carry the words of an
// English sentence around it into its order.
void MeetingEditor::showHeading()
{
    const auto embedded = [](const QString& text) {
        return (text.isRightToLeft() ? QChar(0x202B) : QChar(0x202A)) + text + QChar(0x202C);
    };
    const QChar direction(layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    m_ui->headingLabel->setText(direction +
                                tr("<b>%1</b> — meeting no. %2, %3")
                                    .arg(embedded(m_ui->seriesCombo->currentText().toHtmlEscaped()),
                                         persian::formatNumber(m_meeting.number),
                                         embedded(persian::formatDateLong(m_meeting.date))));
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

// Agenda items by number, for a contribution's or a proposal's topic; keeps the one chosen.
void MeetingEditor::fillTopicCombo(QComboBox* combo)
{
    const QVariant selected = combo->currentData();
    combo->clear();
    combo->addItem(tr("(no agenda item)"), Id(0));
    for (const AgendaItem& item : m_agenda->items())
        combo->addItem(m_agenda->topicName(item.id), item.id);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(std::max(index, 0));
}

int MeetingEditor::selectedRow(const QTableView* table) const
{
    const QModelIndex index = table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void MeetingEditor::selectRowById(QTableView* table, const session::RecordListModel* model, Id id)
{
    const int row = id ? model->rowOf(id) : -1;
    if (row >= 0)
        table->setCurrentIndex(model->index(row, 0));
    else
        table->clearSelection();
}

void MeetingEditor::selectKeepingForm(QTableView* table, const session::RecordListModel* model,
                                      Id id)
{
    const bool keeping = m_keepForms;
    m_keepForms = true;
    selectRowById(table, model, id);
    m_keepForms = keeping;
}

void MeetingEditor::fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        if (header->sectionResizeMode(column) != QHeaderView::Stretch &&
            header->sectionSize(column) > widestColumn)
            header->resizeSection(column, widestColumn);
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
    if (!m_session->perform(
            new session::UpdateRowCommand<Meeting>(*m_session, before, after, what))) {
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
    auto* command =
        new session::InsertRowCommand<MeetingSeries>(*m_session, series, tr("Add series"));
    if (!m_session->perform(command))
        return;
    const Id id = command->insertedId();
    editMeeting(tr("Change the series"), [id](Meeting& m) {
        m.seriesId = id;
        m.number = 1;
    });
}

} // namespace jalaseh::app
