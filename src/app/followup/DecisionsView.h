#pragma once

#include "session/EditRights.h"
#include "session/models/FollowUpItem.h"

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

class QPrintPreviewDialog;
class QTableView;

namespace Ui {
class DecisionsView;
}

namespace jalaseh::report {
class TableDocument;
}

namespace jalaseh::session {
class ActionItemListModel;
class DatabaseSession;
class FollowUpListModel;
class PersonListModel;
class SearchFilterModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

// The follow-up board (پیگیری مصوبات): every open decision and action item of every meeting,
// overdue first, by person responsible and deadline, with the meeting each came from and the
// meetings that reviewed it; or everything of one Jalali year. Progress is marked here (Ctrl+I,
// Ctrl+D, the buttons or the context menu) and the selected decision's action items are added,
// changed and removed below; every change is an undoable edit.
class DecisionsView : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionsView(QWidget* parent = nullptr);
    ~DecisionsView() override;

    // `rights`: what the login may change here (MainWindow reads them with the session).
    void setSession(session::DatabaseSession* session, const session::EditRights& rights = {});
    void reload();
    // Loads the board now if it has not been loaded since the last change, shown or not: the
    // main window does it while idle after opening a database, so the board is ready when first
    // asked for.
    void loadIfStale();
    void focusSearch();
    session::FollowUpListModel* model() const { return m_model; }
    session::ActionItemListModel* actionItems() const { return m_actionItems; }
    // The row chosen in the board, or nullptr.
    const session::FollowUpItem* currentItem() const;
    // Shows what is still open narrowed as the home view asks: the overdue rows, or the open
    // and in-progress rows due by `until` (today's week), of one person or of everyone. The
    // filters above say so; choosing another state or person lifts the "due by".
    void showOverdue(std::optional<Id> person = {});
    void showDueBy(const QDate& until, std::optional<Id> person = {});
    // Shows what is still open, unfiltered, with the row of that decision or action item
    // chosen; false when it is not there (done meanwhile).
    bool showItem(session::FollowUpItem::Kind kind, Id id);
    // Marks the selected task below when the task list has the focus, else the board's row.
    void markSelected(FollowUpState state);
    // The board as shown (its filters, its rows' order) as a document of landscape pages.
    report::TableDocument document() const;
    // Qt's print preview of those pages, with page set-up and printing; made, not shown. Print…
    // opens it.
    std::unique_ptr<QPrintPreviewDialog> printPreview();
    void print();

signals:
    void openMeeting(jalaseh::Id meetingId);

private:
    void setUpBoard();
    void setUpActionItems();
    void fillScopeCombo();
    void fillPersonCombo();
    void fillStateCombo();
    bool accepts(int sourceRow) const;
    // Still open, no filter (or the one asked for), loaded.
    void showOpen(std::optional<Id> person, int state);
    void refilter();
    void selectAfterReload(session::FollowUpItem::Kind kind, Id id, int fallbackRow);

    void showSelected();
    void showDetails(const session::FollowUpItem* item);
    void showCount();
    void showContextMenu(const QPoint& position);
    void openCurrentMeeting();
    void showCurrentHistory();
    void mark(const session::FollowUpItem& item, FollowUpState state);
    // What the login may change here (session::EditRights), and why not.
    bool mayEditEverything() const;
    bool mayMark(const session::FollowUpItem& item) const;
    QString whyNotMark(const session::FollowUpItem& item) const;
    // Performs an edit made on the board (its reload then skips reloading the people).

    void showSelectedActionItem();
    // Empties the form below the board, for a new action item.
    void clearActionItemForm();
    void addActionItem();
    void changeActionItem();
    void removeActionItem();
    const ActionItem* currentActionItem() const;

    std::unique_ptr<Ui::DecisionsView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    session::EditRights m_rights;
    bool m_columnsSized = false;
    StaleReload* m_staleness;
    session::PersonListModel* m_people;
    session::FollowUpListModel* m_model;
    session::SearchFilterModel* m_filter;
    session::ActionItemListModel* m_actionItems;
    // The board row whose action items are shown below.
    session::FollowUpItem::Kind m_shownKind = session::FollowUpItem::Kind::Decision;
    Id m_shownId = 0;
    // The action item whose fields the form below holds; 0 when it holds a new one's, or nothing.
    Id m_formItemId = 0;
    QDate m_dueBy; // the home view's "due this week"; null when not asked
};

} // namespace jalaseh::app
