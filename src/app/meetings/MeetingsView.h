#pragma once

#include "core/Enums.h"
#include "core/Id.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class MeetingsView;
}

namespace jalaseh::session {
class DatabaseSession;
class EditRights;
class MeetingListModel;
class SearchFilterModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

// Every meeting, by series and newest first, filtered as the user types.
class MeetingsView : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsView(QWidget* parent = nullptr);
    ~MeetingsView() override;

    void setSession(session::DatabaseSession* session);
    // What the login may change: a lead or a viewer is offered no new meeting and no removal.
    void setEditRights(const session::EditRights& rights);
    void reload();
    void focusSearch();
    Id currentMeetingId() const;
    // Lists only the meetings of `status` (every status when nullopt), as the home view's
    // "minutes awaiting approval" asks.
    void showStatus(std::optional<MeetingStatus> status);
    session::MeetingListModel* model() const { return m_model; }
    session::SearchFilterModel* filter() const { return m_filter; }

signals:
    void openMeeting(jalaseh::Id meetingId);
    void newMeetingRequested();

private:
    void openCurrent();
    void removeCurrent();
    void fillSeriesCombo();
    void applySeriesFilter();
    std::optional<MeetingStatus> chosenStatus() const;
    void showCount();

    std::unique_ptr<Ui::MeetingsView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    bool m_mayEdit = true;
    StaleReload* m_staleness;
    session::MeetingListModel* m_model;
    session::SearchFilterModel* m_filter;
};

} // namespace jalaseh::app
