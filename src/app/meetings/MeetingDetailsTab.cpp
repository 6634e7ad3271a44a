#include "app/meetings/MeetingDetailsTab.h"

#include "app/common/EnumCombo.h"
#include "app/common/ViewSupport.h"
#include "persian/Collation.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "storage/MeetingSeriesRepository.h"
#include "ui_MeetingDetailsTab.h"

#include <QEvent>
#include <QInputDialog>
#include <QStandardItemModel>
#include <algorithm>

namespace jalaseh::app {

using views::optionalId;
using views::stored;

MeetingDetailsTab::MeetingDetailsTab(session::PersonListModel& people, QWidget* parent)
    : MeetingTab(parent)
    , m_ui(std::make_unique<Ui::MeetingDetailsTab>())
{
    m_ui->setupUi(this);
    m_ui->chairPicker->setPeople(&people);
    m_ui->secretaryPicker->setPeople(&people);
    fillCombo<MeetingMode>(m_ui->modeCombo);
    fillCombo<MeetingStatus>(m_ui->statusCombo);
    // Minutes are approved by approving them (MinutesRecordStrip), which keeps what they say:
    // the status shows it but is not chosen.
    if (auto* items = qobject_cast<QStandardItemModel*>(m_ui->statusCombo->model())) {
        const int approved = m_ui->statusCombo->findData(int(MeetingStatus::MinutesApproved));
        if (QStandardItem* item = approved >= 0 ? items->item(approved) : nullptr) {
            item->setEnabled(false);
            item->setToolTip(tr("Approve the minutes with \"Approve minutes…\" above."));
        }
    }
    m_ui->dateEdit->setAccessibleName(tr("Meeting date"));
    m_ui->startEdit->setAccessibleName(tr("Start time"));
    m_ui->endEdit->setAccessibleName(tr("End time"));
    connectFields();
    // A paragraph is saved when the user leaves it, not at every key.
    m_ui->summaryEdit->installEventFilter(this);
}

MeetingDetailsTab::~MeetingDetailsTab() = default;

void MeetingDetailsTab::connectFields()
{
    connect(m_ui->seriesCombo, &QComboBox::activated, this, &MeetingDetailsTab::chooseSeries);
    connect(m_ui->newSeriesButton, &QPushButton::clicked, this, &MeetingDetailsTab::newSeries);
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
}

void MeetingDetailsTab::showDetails()
{
    const Meeting& shown = meeting();
    m_filling = true;
    fillSeriesCombo();
    m_ui->numberSpin->setValue(shown.number);
    m_ui->titleEdit->setText(shown.title);
    selectValue(m_ui->modeCombo, int(shown.mode));
    m_ui->venueEdit->setText(shown.venue);
    m_ui->linkEdit->setText(shown.onlineLink);
    m_ui->dateEdit->setDate(shown.date);
    m_ui->startEdit->setTime(shown.start);
    m_ui->endEdit->setTime(shown.end);
    m_ui->chairPicker->setPersonId(shown.chairId.value_or(0));
    m_ui->secretaryPicker->setPersonId(shown.secretaryId.value_or(0));
    selectValue(m_ui->statusCombo, int(shown.status));
    if (m_ui->summaryEdit->toPlainText() != shown.summary)
        m_ui->summaryEdit->setPlainText(shown.summary);
    m_filling = false;
}

QString MeetingDetailsTab::seriesName() const
{
    return m_ui->seriesCombo->currentText();
}

void MeetingDetailsTab::fillSeriesCombo()
{
    QList<MeetingSeries> series;
    if (!read([&] { series = storage::MeetingSeriesRepository(session()->database()).all(); }))
        return;
    const QSignalBlocker blocker(m_ui->seriesCombo);
    m_ui->seriesCombo->clear();
    const persian::PersianCollator collator;
    std::sort(series.begin(), series.end(),
              [&](const auto& a, const auto& b) { return collator.lessThan(a.name, b.name); });
    for (const MeetingSeries& one : series)
        m_ui->seriesCombo->addItem(one.name, one.id);
    m_ui->seriesCombo->setCurrentIndex(m_ui->seriesCombo->findData(meeting().seriesId));
}

bool MeetingDetailsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->summaryEdit && event->type() == QEvent::FocusOut)
        editMeeting(tr("Change the summary"),
                    [this](Meeting& m) { m.summary = m_ui->summaryEdit->toPlainText(); });
    return MeetingTab::eventFilter(watched, event);
}

void MeetingDetailsTab::editMeeting(const QString& what,
                                    const std::function<void(Meeting&)>& change)
{
    if (m_filling || !canEdit())
        return;
    Meeting after = meeting();
    change(after);
    if (after == meeting())
        return;
    const Meeting before = meeting();
    meeting() = after; // the edit's own reload would otherwise lag behind further typing
    if (!session()->perform(
            new session::UpdateRowCommand<Meeting>(*session(), before, after, what))) {
        meeting() = before;
        showDetails();
    }
}

void MeetingDetailsTab::chooseSeries()
{
    const Id series = views::chosenId(m_ui->seriesCombo);
    if (series == meeting().seriesId)
        return;
    // A meeting moved to another series takes that series' next number.
    int number = 0;
    if (!read([&] {
            number = storage::MeetingSeriesRepository(session()->database()).nextNumber(series);
        })) {
        views::chooseId(m_ui->seriesCombo, meeting().seriesId);
        return;
    }
    editMeeting(tr("Change the series"), [series, number](Meeting& m) {
        m.seriesId = series;
        m.number = number;
    });
}

void MeetingDetailsTab::newSeries()
{
    if (!session())
        return;
    bool ok = false;
    const QString name = stored(QInputDialog::getText(
        this, tr("New series"), tr("Name of the new meeting series:"), QLineEdit::Normal, {}, &ok));
    if (!ok || name.isEmpty())
        return;
    MeetingSeries series;
    series.name = name;
    auto* command =
        new session::InsertRowCommand<MeetingSeries>(*session(), series, tr("Add series"));
    if (!session()->perform(command))
        return;
    const Id id = command->insertedId();
    editMeeting(tr("Change the series"), [id](Meeting& m) {
        m.seriesId = id;
        m.number = 1;
    });
}

} // namespace jalaseh::app
