#include "app/meetings/MeetingContributionsTab.h"

#include "app/common/ViewSupport.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/MoveRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/ContributionListModel.h"
#include "ui_MeetingContributionsTab.h"

namespace jalaseh::app {

using views::addShortcut;
using views::chosenId;
using views::optionalId;
using views::selectedRow;
using views::stored;

MeetingContributionsTab::MeetingContributionsTab(session::PersonListModel& people,
                                                 const session::AgendaListModel& agenda,
                                                 QWidget* parent)
    : MeetingTab(parent)
    , m_ui(std::make_unique<Ui::MeetingContributionsTab>())
    , m_agenda(agenda)
    , m_contributions(new session::ContributionListModel(people, agenda, this))
{
    m_ui->setupUi(this);
    m_ui->speakerPicker->setPeople(&people);
    QTableView* table = m_ui->contributionTable;
    table->setModel(m_contributions);
    views::setUpTable(table, session::ContributionListModel::TextColumn);
    views::allowDragging(table);
    table->setWordWrap(true);
    fillTopicCombo(m_ui->contributionTopicCombo, m_agenda);
    connectWidgets();
}

MeetingContributionsTab::~MeetingContributionsTab() = default;

void MeetingContributionsTab::connectWidgets()
{
    using Tab = MeetingContributionsTab;
    QTableView* table = m_ui->contributionTable;
    connect(m_contributions, &session::ContributionListModel::moveRequested, this,
            &Tab::moveContribution);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Tab::showSelectedContribution);
    connect(m_ui->addContributionButton, &QPushButton::clicked, this, &Tab::addContribution);
    connect(m_ui->changeContributionButton, &QPushButton::clicked, this, &Tab::changeContribution);
    connect(m_ui->removeContributionButton, &QPushButton::clicked, this, &Tab::removeContribution);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveSelected(-1); });
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Down), this, [this] { moveSelected(+1); });
    addShortcut(table, QKeySequence::Delete, this, &Tab::removeContribution);
    // Ctrl+Enter in the text adds it, so that a whole meeting is typed without the mouse.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        addShortcut(m_ui->contributionTextEdit, QKeySequence(Qt::CTRL | key), this,
                    &Tab::addContribution);
}

void MeetingContributionsTab::reloadRows()
{
    if (!session())
        return;
    const Id selected = views::selectedId(m_ui->contributionTable, *m_contributions);
    if (!read([&] { m_contributions->reload(session()->database(), meeting().id); }))
        return;
    views::fitColumns(m_ui->contributionTable);
    fillTopicCombo(m_ui->contributionTopicCombo, m_agenda);
    selectKeepingForm(m_ui->contributionTable, *m_contributions, selected);
}

void MeetingContributionsTab::addContribution()
{
    const QString text = stored(m_ui->contributionTextEdit->toPlainText());
    const Id speaker = m_ui->speakerPicker->personId();
    if (!canEdit() || text.isEmpty() || !speaker) {
        (speaker ? static_cast<QWidget*>(m_ui->contributionTextEdit)
                 : static_cast<QWidget*>(m_ui->speakerPicker))
            ->setFocus();
        return;
    }
    Contribution contribution;
    contribution.meetingId = meeting().id;
    contribution.speakerId = speaker;
    contribution.agendaItemId = optionalId(chosenId(m_ui->contributionTopicCombo));
    contribution.text = text;
    contribution.position = m_contributions->rowCount() + 1;
    auto* command = new session::InsertRowCommand<Contribution>(*session(), contribution,
                                                                tr("Add a contribution"));
    if (session()->perform(command)) {
        // The topic stays: the next speaker is most likely on the same item.
        m_ui->contributionTextEdit->clear();
        m_ui->speakerPicker->clearPerson();
        selectKeepingForm(m_ui->contributionTable, *m_contributions, command->insertedId());
        m_ui->speakerPicker->setFocus();
    }
}

void MeetingContributionsTab::changeContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (!session() || row < 0)
        return;
    const Contribution before = m_contributions->contributionAt(row);
    Contribution after = before;
    after.text = stored(m_ui->contributionTextEdit->toPlainText());
    if (m_ui->speakerPicker->personId())
        after.speakerId = m_ui->speakerPicker->personId();
    after.agendaItemId = optionalId(chosenId(m_ui->contributionTopicCombo));
    if (after != before && !after.text.isEmpty())
        session()->perform(new session::UpdateRowCommand<Contribution>(
            *session(), before, after, tr("Change a contribution")));
}

void MeetingContributionsTab::removeContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (session() && row >= 0)
        session()->perform(new session::RemoveRowCommand<Contribution>(
            *session(), m_contributions->contributionAt(row), tr("Remove a contribution")));
}

void MeetingContributionsTab::moveSelected(int step)
{
    const int row = selectedRow(m_ui->contributionTable);
    if (row >= 0)
        moveContribution(row, row + step);
}

void MeetingContributionsTab::moveContribution(int fromRow, int toRow)
{
    if (!session() || fromRow < 0 || toRow < 0 || toRow >= m_contributions->rowCount() ||
        fromRow == toRow)
        return;
    const Contribution moved = m_contributions->contributionAt(fromRow);
    const int position = m_contributions->contributionAt(toRow).position;
    if (session()->perform(new session::MoveRowCommand<Contribution>(*session(), moved, position,
                                                                     tr("Move a contribution"))))
        selectKeepingForm(m_ui->contributionTable, *m_contributions, moved.id);
}

void MeetingContributionsTab::showSelectedContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (row < 0 || keepingForm())
        return;
    const Contribution& contribution = m_contributions->contributionAt(row);
    m_ui->speakerPicker->setPersonId(contribution.speakerId);
    views::chooseId(m_ui->contributionTopicCombo, contribution.agendaItemId.value_or(0));
    m_ui->contributionTextEdit->setPlainText(contribution.text);
}

} // namespace jalaseh::app
