#pragma once

#include "app/meetings/MeetingTab.h"

#include <memory>

namespace Ui {
class MeetingAgendaTab;
}

namespace jalaseh::session {
class AgendaListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The meeting's agenda, typed one line after another: an ordered list, reordered by Ctrl+Up and
// Ctrl+Down or by dragging, each move an undoable edit.
class MeetingAgendaTab : public MeetingTab
{
    Q_OBJECT
public:
    explicit MeetingAgendaTab(QWidget* parent = nullptr);
    ~MeetingAgendaTab() override;

    session::AgendaListModel* model() const { return m_agenda; }
    // Reads the agenda again, keeping the selected item and what the form holds.
    void reloadRows();
    // Moves the selected item one place up (-1) or down (+1).
    void moveSelected(int step);

private:
    void connectWidgets();
    void addItem();
    void changeItem();
    void removeItem();
    void moveItem(int fromRow, int toRow);
    void showSelectedItem();

    std::unique_ptr<Ui::MeetingAgendaTab> m_ui;
    session::AgendaListModel* m_agenda;
};

} // namespace jalaseh::app
