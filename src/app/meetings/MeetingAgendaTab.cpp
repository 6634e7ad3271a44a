#include "app/meetings/MeetingAgendaTab.h"

#include "app/common/ViewSupport.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/MoveRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/AgendaListModel.h"
#include "ui_MeetingAgendaTab.h"

namespace jalaseh::app {

using views::addShortcut;
using views::selectedRow;
using views::stored;

MeetingAgendaTab::MeetingAgendaTab(QWidget* parent)
    : MeetingTab(parent)
    , m_ui(std::make_unique<Ui::MeetingAgendaTab>())
    , m_agenda(new session::AgendaListModel(this))
{
    m_ui->setupUi(this);
    QTableView* table = m_ui->agendaTable;
    table->setModel(m_agenda);
    views::setUpTable(table, session::AgendaListModel::TitleColumn);
    table->horizontalHeader()->setSectionResizeMode(session::AgendaListModel::DescriptionColumn,
                                                    QHeaderView::Stretch);
    views::allowDragging(table);
    table->setWordWrap(true);
    connectWidgets();
}

MeetingAgendaTab::~MeetingAgendaTab() = default;

void MeetingAgendaTab::connectWidgets()
{
    using Tab = MeetingAgendaTab;
    QTableView* table = m_ui->agendaTable;
    connect(m_agenda, &session::AgendaListModel::moveRequested, this, &Tab::moveItem);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Tab::showSelectedItem);
    connect(m_ui->addAgendaButton, &QPushButton::clicked, this, &Tab::addItem);
    connect(m_ui->changeAgendaButton, &QPushButton::clicked, this, &Tab::changeItem);
    connect(m_ui->removeAgendaButton, &QPushButton::clicked, this, &Tab::removeItem);
    connect(m_ui->agendaUpButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->agendaDownButton, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveSelected(-1); });
    addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_Down), this, [this] { moveSelected(+1); });
    addShortcut(table, QKeySequence::Delete, this, &Tab::removeItem);
    // Enter in the title adds the item, so that an agenda is typed one line after another.
    connect(m_ui->agendaTitleEdit, &QLineEdit::returnPressed, this, &Tab::addItem);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        addShortcut(m_ui->agendaDescriptionEdit, QKeySequence(Qt::CTRL | key), this, &Tab::addItem);
}

void MeetingAgendaTab::reloadRows()
{
    if (!session())
        return;
    const Id selected = views::selectedId(m_ui->agendaTable, *m_agenda);
    if (!read([&] { m_agenda->reload(session()->database(), meeting().id); }))
        return;
    views::fitColumns(m_ui->agendaTable);
    selectKeepingForm(m_ui->agendaTable, *m_agenda, selected);
}

void MeetingAgendaTab::addItem()
{
    const QString title = stored(m_ui->agendaTitleEdit->text());
    if (!canEdit() || title.isEmpty()) {
        m_ui->agendaTitleEdit->setFocus();
        return;
    }
    AgendaItem item;
    item.meetingId = meeting().id;
    item.title = title;
    item.description = stored(m_ui->agendaDescriptionEdit->toPlainText());
    item.isQuestion = m_ui->agendaQuestionCheck->isChecked();
    item.position = m_agenda->rowCount() + 1;
    auto* command =
        new session::InsertRowCommand<AgendaItem>(*session(), item, tr("Add an agenda item"));
    if (session()->perform(command)) {
        m_ui->agendaTitleEdit->clear();
        m_ui->agendaDescriptionEdit->clear();
        m_ui->agendaQuestionCheck->setChecked(false);
        selectKeepingForm(m_ui->agendaTable, *m_agenda, command->insertedId());
        m_ui->agendaTitleEdit->setFocus();
    }
}

void MeetingAgendaTab::changeItem()
{
    const int row = selectedRow(m_ui->agendaTable);
    if (!session() || row < 0)
        return;
    const AgendaItem before = m_agenda->itemAt(row);
    AgendaItem after = before;
    after.title = stored(m_ui->agendaTitleEdit->text());
    after.description = stored(m_ui->agendaDescriptionEdit->toPlainText());
    after.isQuestion = m_ui->agendaQuestionCheck->isChecked();
    if (after != before && !after.title.isEmpty())
        session()->perform(new session::UpdateRowCommand<AgendaItem>(*session(), before, after,
                                                                     tr("Change an agenda item")));
}

void MeetingAgendaTab::removeItem()
{
    const int row = selectedRow(m_ui->agendaTable);
    if (session() && row >= 0)
        session()->perform(new session::RemoveRowCommand<AgendaItem>(
            *session(), m_agenda->itemAt(row), tr("Remove an agenda item")));
}

void MeetingAgendaTab::moveSelected(int step)
{
    const int row = selectedRow(m_ui->agendaTable);
    if (row >= 0)
        moveItem(row, row + step);
}

void MeetingAgendaTab::moveItem(int fromRow, int toRow)
{
    if (!session() || fromRow < 0 || toRow < 0 || toRow >= m_agenda->rowCount() || fromRow == toRow)
        return;
    const AgendaItem moved = m_agenda->itemAt(fromRow);
    const int position = m_agenda->itemAt(toRow).position;
    if (session()->perform(new session::MoveRowCommand<AgendaItem>(*session(), moved, position,
                                                                   tr("Move an agenda item"))))
        selectKeepingForm(m_ui->agendaTable, *m_agenda, moved.id);
}

void MeetingAgendaTab::showSelectedItem()
{
    const int row = selectedRow(m_ui->agendaTable);
    if (row < 0 || keepingForm())
        return;
    const AgendaItem& item = m_agenda->itemAt(row);
    m_ui->agendaTitleEdit->setText(item.title);
    m_ui->agendaDescriptionEdit->setPlainText(item.description);
    m_ui->agendaQuestionCheck->setChecked(item.isQuestion);
}

} // namespace jalaseh::app
