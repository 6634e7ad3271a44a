#include "app/meetings/MeetingsView.h"

#include "app/common/StaleReload.h"
#include "app/common/ViewSupport.h"
#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "session/DatabaseSession.h"
#include "session/EditRights.h"
#include "session/commands/RemoveMeetingCommand.h"
#include "session/models/MeetingListModel.h"
#include "session/models/SearchFilterModel.h"
#include "ui_MeetingsView.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QShortcut>

namespace jalaseh::app {

MeetingsView::MeetingsView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingsView>())
    , m_staleness(new StaleReload(this, [this] { reload(); }))
    , m_model(new session::MeetingListModel(this))
    , m_filter(new session::SearchFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->hide();
    // Column widths from the first rows: measuring thousands of rows at every reload is slow.
    m_ui->table->horizontalHeader()->setResizeContentsPrecision(40);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSectionResizeMode(session::MeetingListModel::TitleColumn,
                                                          QHeaderView::Stretch);
    setFocusProxy(m_ui->table);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setQuery(text);
        showCount();
    });
    connect(m_ui->seriesCombo, &QComboBox::currentIndexChanged, this,
            &MeetingsView::applySeriesFilter);
    m_ui->statusFilterCombo->addItem(tr("Any status"), -1);
    for (const MeetingStatus status : allValues<MeetingStatus>())
        m_ui->statusFilterCombo->addItem(label(status), int(status));
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this,
            &MeetingsView::applySeriesFilter);
    connect(m_ui->newButton, &QPushButton::clicked, this, &MeetingsView::newMeetingRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MeetingsView::openCurrent);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &MeetingsView::removeCurrent);
    connect(m_ui->table, &QTableView::activated, this, &MeetingsView::openCurrent);
    auto* remove = new QShortcut(QKeySequence::Delete, m_ui->table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MeetingsView::removeCurrent);
    // Down from the search box goes to the list, as in a launcher.
    auto* toList = new QShortcut(QKeySequence(Qt::Key_Down), m_ui->searchEdit);
    toList->setContext(Qt::WidgetShortcut);
    connect(toList, &QShortcut::activated, this, [this] {
        m_ui->table->setFocus();
        if (!m_ui->table->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_ui->table->selectRow(0);
    });
}

MeetingsView::~MeetingsView() = default;

void MeetingsView::setSession(session::DatabaseSession* session)
{
    m_session = session;
    m_staleness->markStale();
    if (session)
        connect(session, &session::DatabaseSession::changed, this, [this](session::Change what) {
            if (what == session::Change::Meetings || what == session::Change::Series)
                m_staleness->markStale();
        });
}

void MeetingsView::setEditRights(const session::EditRights& rights)
{
    m_mayEdit = rights.mayEditEverything();
    views::offerEdit(m_ui->newButton, m_mayEdit, rights.limitation());
    views::offerEdit(m_ui->removeButton, m_mayEdit, rights.limitation());
}

void MeetingsView::reload()
{
    m_staleness->markFresh();
    const Id current = currentMeetingId();
    if (m_session && !m_session->read([&] { m_model->reload(m_session->database()); })) {
        m_staleness->retryWhenShown();
        return;
    }
    fillSeriesCombo();
    m_ui->table->resizeColumnsToContents();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_ui->table->selectRow(m_filter->mapFromSource(m_model->index(row, 0)).row());
    showCount();
}

void MeetingsView::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

Id MeetingsView::currentMeetingId() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    return index.isValid() ? index.data(session::RecordListModel::IdRole).value<Id>() : 0;
}

void MeetingsView::openCurrent()
{
    if (const Id id = currentMeetingId())
        emit openMeeting(id);
}

void MeetingsView::removeCurrent()
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!m_session || !index.isValid() || !m_mayEdit) // the Delete key, with the button off
        return;
    const Meeting& meeting = m_model->meetingAt(m_filter->mapToSource(index).row());
    const auto answer = QMessageBox::question(
        this, tr("Remove meeting"),
        tr("Remove meeting no. %1 of %2 with everything recorded in it? (Undo brings it back.)")
            .arg(persian::formatNumber(meeting.number),
                 index.siblingAtColumn(session::MeetingListModel::SeriesColumn).data().toString()));
    if (answer == QMessageBox::Yes)
        m_session->perform(
            new session::RemoveMeetingCommand(*m_session, meeting.id, tr("Remove meeting")));
}

void MeetingsView::fillSeriesCombo()
{
    const QVariant selected = m_ui->seriesCombo->currentData();
    const QSignalBlocker blocker(m_ui->seriesCombo);
    m_ui->seriesCombo->clear();
    m_ui->seriesCombo->addItem(tr("All series"), Id(0));
    for (const auto& [id, name] : m_model->series())
        m_ui->seriesCombo->addItem(name, id);
    const int index = m_ui->seriesCombo->findData(selected);
    m_ui->seriesCombo->setCurrentIndex(index < 0 ? 0 : index);
    applySeriesFilter();
}

std::optional<MeetingStatus> MeetingsView::chosenStatus() const
{
    const int status = m_ui->statusFilterCombo->currentData().toInt();
    return status < 0 ? std::nullopt : std::optional(MeetingStatus(status));
}

void MeetingsView::showStatus(std::optional<MeetingStatus> status)
{
    const int index = m_ui->statusFilterCombo->findData(status ? int(*status) : -1);
    m_ui->statusFilterCombo->setCurrentIndex(index < 0 ? 0 : index);
    applySeriesFilter();
}

void MeetingsView::applySeriesFilter()
{
    const Id series = m_ui->seriesCombo->currentData().value<Id>();
    const std::optional<MeetingStatus> status = chosenStatus();
    if (series == 0 && !status)
        m_filter->setCondition({});
    else
        m_filter->setCondition([this, series, status](int row) {
            const Meeting& meeting = m_model->meetingAt(row);
            return (series == 0 || meeting.seriesId == series) &&
                   (!status || meeting.status == *status);
        });
    showCount();
}

void MeetingsView::showCount()
{
    m_ui->countLabel->setText(tr("%1 of %2 meetings")
                                  .arg(persian::formatNumber(m_filter->rowCount()),
                                       persian::formatNumber(m_model->rowCount())));
}

} // namespace jalaseh::app
