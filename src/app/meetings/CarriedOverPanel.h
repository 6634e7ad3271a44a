#pragma once

#include "core/Id.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace jalaseh::session {
class CarriedOverListModel;
class DatabaseSession;
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

// In the meeting editor: the decisions of earlier meetings of the series that come back to this
// one (deferred, or already taken up here), read-only, with a way to record that this meeting
// took one up and what it decided (approved, rejected, deferred again). Each record is an
// undoable edit of the decision: its status and the meetings that reviewed it.
class CarriedOverPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CarriedOverPanel(const session::PersonListModel& people, QWidget* parent = nullptr);

    void setSession(session::DatabaseSession* session);
    void showMeeting(Id meetingId);
    session::CarriedOverListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    // Records that the meeting took up the selected decision, with the outcome chosen.
    void recordReview();
    // Takes the record back: the meeting did not take it up after all, so it stays deferred.
    void removeReview();

private:
    void reload();
    void showSelected();

    session::DatabaseSession* m_session = nullptr;
    Id m_meetingId = 0;
    StaleReload* m_staleness;
    session::CarriedOverListModel* m_model;
    QLabel* m_emptyLabel;
    QTableView* m_table;
    QLabel* m_outcomeLabel;
    QComboBox* m_outcomeCombo;
    QPushButton* m_recordButton;
    QPushButton* m_removeButton;
};

} // namespace jalaseh::app
