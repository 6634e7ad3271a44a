#pragma once

#include "core/Id.h"

#include <QWidget>
#include <memory>

namespace Ui {
class MeetingsView;
}

namespace jalaseh::session {
class DatabaseSession;
class MeetingListModel;
class SearchFilterModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// Every meeting, by series and newest first, filtered as the user types.
class MeetingsView : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsView(QWidget* parent = nullptr);
    ~MeetingsView() override;

    void setSession(session::DatabaseSession* session);
    void reload();
    void focusSearch();
    Id currentMeetingId() const;
    session::MeetingListModel* model() const { return m_model; }
    session::SearchFilterModel* filter() const { return m_filter; }

signals:
    void openMeeting(jalaseh::Id meetingId);
    void newMeetingRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Views out of sight reload when they are next shown, not at every edit.
    void reloadWhenShown();
    void openCurrent();
    void removeCurrent();
    void fillSeriesCombo();
    void applySeriesFilter();
    void showCount();

    std::unique_ptr<Ui::MeetingsView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    bool m_stale = false;
    session::MeetingListModel* m_model;
    session::SearchFilterModel* m_filter;
};

} // namespace jalaseh::app
