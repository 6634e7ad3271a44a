// The agenda and contributions tabs of the meeting editor (see MeetingEditor.h): two ordered
// lists, reordered by Ctrl+Up and Ctrl+Down or by dragging, each move an undoable edit.
#include "app/common/ViewSupport.h"
#include "app/meetings/MeetingEditor.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/MoveRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/AgendaListModel.h"
#include "session/models/ContributionListModel.h"
#include "ui_MeetingEditor.h"

namespace jalaseh::app {

using views::addShortcut;
using views::optionalId;
using views::stored;

namespace {

void allowDragging(QTableView* table)
{
    table->setDragEnabled(true);
    table->setAcceptDrops(true);
    table->setDropIndicatorShown(true);
    table->setDragDropMode(QAbstractItemView::InternalMove);
    table->setDefaultDropAction(Qt::MoveAction);
}

} // namespace

// ---- agenda ----

void MeetingEditor::setUpAgenda()
{
    QTableView* table = m_ui->agendaTable;
    table->setModel(m_agenda);
    views::setUpTable(table, session::AgendaListModel::TitleColumn);
    table->horizontalHeader()->setSectionResizeMode(session::AgendaListModel::DescriptionColumn,
                                                    QHeaderView::Stretch);
    allowDragging(table);
    table->setWordWrap(true);

    connect(m_agenda, &session::AgendaListModel::moveRequested, this,
            &MeetingEditor::moveAgendaItemTo);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedAgendaItem);
    connect(m_ui->addAgendaButton, &QPushButton::clicked, this, &MeetingEditor::addAgendaItem);
    connect(m_ui->changeAgendaButton, &QPushButton::clicked, this,
            &MeetingEditor::changeAgendaItem);
    connect(m_ui->removeAgendaButton, &QPushButton::clicked, this,
            &MeetingEditor::removeAgendaItem);
    connect(m_ui->agendaUpButton, &QPushButton::clicked, this, [this] { moveAgendaItem(-1); });
    connect(m_ui->agendaDownButton, &QPushButton::clicked, this, [this] { moveAgendaItem(+1); });
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveAgendaItem(-1); });
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Down), this, [this] { moveAgendaItem(+1); });
    addShortcut(table, QKeySequence::Delete, this, &MeetingEditor::removeAgendaItem);
    // Enter in the title adds the item, so that an agenda is typed one line after another.
    connect(m_ui->agendaTitleEdit, &QLineEdit::returnPressed, this, &MeetingEditor::addAgendaItem);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        addShortcut(m_ui->agendaDescriptionEdit, QKeySequence(Qt::CTRL | key), this,
                    &MeetingEditor::addAgendaItem);
}

void MeetingEditor::addAgendaItem()
{
    const QString title = stored(m_ui->agendaTitleEdit->text());
    if (!m_session || !m_meeting.id || title.isEmpty()) {
        m_ui->agendaTitleEdit->setFocus();
        return;
    }
    AgendaItem item;
    item.meetingId = m_meeting.id;
    item.title = title;
    item.description = stored(m_ui->agendaDescriptionEdit->toPlainText());
    item.isQuestion = m_ui->agendaQuestionCheck->isChecked();
    item.position = m_agenda->rowCount() + 1;
    auto* command =
        new session::InsertRowCommand<AgendaItem>(*m_session, item, tr("Add an agenda item"));
    if (m_session->perform(command)) {
        m_ui->agendaTitleEdit->clear();
        m_ui->agendaDescriptionEdit->clear();
        m_ui->agendaQuestionCheck->setChecked(false);
        selectKeepingForm(m_ui->agendaTable, m_agenda, command->insertedId());
        m_ui->agendaTitleEdit->setFocus();
    }
}

void MeetingEditor::changeAgendaItem()
{
    const int row = selectedRow(m_ui->agendaTable);
    if (!m_session || row < 0)
        return;
    const AgendaItem before = m_agenda->itemAt(row);
    AgendaItem after = before;
    after.title = stored(m_ui->agendaTitleEdit->text());
    after.description = stored(m_ui->agendaDescriptionEdit->toPlainText());
    after.isQuestion = m_ui->agendaQuestionCheck->isChecked();
    if (after != before && !after.title.isEmpty())
        m_session->perform(new session::UpdateRowCommand<AgendaItem>(*m_session, before, after,
                                                                     tr("Change an agenda item")));
}

void MeetingEditor::removeAgendaItem()
{
    const int row = selectedRow(m_ui->agendaTable);
    if (m_session && row >= 0)
        m_session->perform(new session::RemoveRowCommand<AgendaItem>(
            *m_session, m_agenda->itemAt(row), tr("Remove an agenda item")));
}

void MeetingEditor::moveAgendaItem(int step)
{
    const int row = selectedRow(m_ui->agendaTable);
    if (row >= 0)
        moveAgendaItemTo(row, row + step);
}

void MeetingEditor::moveAgendaItemTo(int fromRow, int toRow)
{
    if (!m_session || fromRow < 0 || toRow < 0 || toRow >= m_agenda->rowCount() || fromRow == toRow)
        return;
    const AgendaItem moved = m_agenda->itemAt(fromRow);
    const int position = m_agenda->itemAt(toRow).position;
    if (m_session->perform(new session::MoveRowCommand<AgendaItem>(*m_session, moved, position,
                                                                   tr("Move an agenda item"))))
        selectKeepingForm(m_ui->agendaTable, m_agenda, moved.id);
}

void MeetingEditor::showSelectedAgendaItem()
{
    const int row = selectedRow(m_ui->agendaTable);
    if (row < 0 || m_keepForms)
        return;
    const AgendaItem& item = m_agenda->itemAt(row);
    m_ui->agendaTitleEdit->setText(item.title);
    m_ui->agendaDescriptionEdit->setPlainText(item.description);
    m_ui->agendaQuestionCheck->setChecked(item.isQuestion);
}

// ---- contributions ----

void MeetingEditor::setUpContributions()
{
    QTableView* table = m_ui->contributionTable;
    table->setModel(m_contributions);
    views::setUpTable(table, session::ContributionListModel::TextColumn);
    allowDragging(table);
    table->setWordWrap(true);
    fillTopicCombo(m_ui->contributionTopicCombo);

    connect(m_contributions, &session::ContributionListModel::moveRequested, this,
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
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveContribution(-1); });
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Down), this,
                [this] { moveContribution(+1); });
    addShortcut(table, QKeySequence::Delete, this, &MeetingEditor::removeContribution);
    // Ctrl+Enter in the text adds it, so that a whole meeting is typed without the mouse.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        addShortcut(m_ui->contributionTextEdit, QKeySequence(Qt::CTRL | key), this,
                    &MeetingEditor::addContribution);
}

void MeetingEditor::addContribution()
{
    const QString text = stored(m_ui->contributionTextEdit->toPlainText());
    const Id speaker = m_ui->speakerPicker->personId();
    if (!m_session || !m_meeting.id || text.isEmpty() || !speaker) {
        (speaker ? static_cast<QWidget*>(m_ui->contributionTextEdit)
                 : static_cast<QWidget*>(m_ui->speakerPicker))
            ->setFocus();
        return;
    }
    Contribution contribution;
    contribution.meetingId = m_meeting.id;
    contribution.speakerId = speaker;
    contribution.agendaItemId = optionalId(m_ui->contributionTopicCombo->currentData().value<Id>());
    contribution.text = text;
    contribution.position = m_contributions->rowCount() + 1;
    auto* command = new session::InsertRowCommand<Contribution>(*m_session, contribution,
                                                                tr("Add a contribution"));
    if (m_session->perform(command)) {
        // The topic stays: the next speaker is most likely on the same item.
        m_ui->contributionTextEdit->clear();
        m_ui->speakerPicker->clearPerson();
        selectKeepingForm(m_ui->contributionTable, m_contributions, command->insertedId());
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
    after.agendaItemId = optionalId(m_ui->contributionTopicCombo->currentData().value<Id>());
    if (after != before && !after.text.isEmpty())
        m_session->perform(new session::UpdateRowCommand<Contribution>(
            *m_session, before, after, tr("Change a contribution")));
}

void MeetingEditor::removeContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (m_session && row >= 0)
        m_session->perform(new session::RemoveRowCommand<Contribution>(
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
    if (m_session->perform(new session::MoveRowCommand<Contribution>(*m_session, moved, position,
                                                                     tr("Move a contribution"))))
        selectKeepingForm(m_ui->contributionTable, m_contributions, moved.id);
}

void MeetingEditor::showSelectedContribution()
{
    const int row = selectedRow(m_ui->contributionTable);
    if (row < 0 || m_keepForms)
        return;
    const Contribution& contribution = m_contributions->contributionAt(row);
    m_ui->speakerPicker->setPersonId(contribution.speakerId);
    m_ui->contributionTopicCombo->setCurrentIndex(
        std::max(m_ui->contributionTopicCombo->findData(contribution.agendaItemId.value_or(0)), 0));
    m_ui->contributionTextEdit->setPlainText(contribution.text);
}

} // namespace jalaseh::app
