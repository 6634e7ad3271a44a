#pragma once

#include "core/Id.h"
#include "session/models/CalendarModel.h"

#include <QDate>
#include <QStyleOptionViewItem>
#include <QWidget>
#include <memory>

namespace Ui {
class CalendarView;
}

namespace jalaseh::session {
class DatabaseSession;
class EditRights;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

class CalendarDayDelegate;

// The meetings on a Jalali calendar, a month (weeks from Saturday to Friday) or a week (days by
// hours), with clashes of people and rooms marked. The selected day's meetings are listed beside
// it with their clashes spelled out. Keyboard: arrows move the selected day, Page Up and Page Down
// the month (or week), Home goes to today, Enter opens the day's meeting (or the list, when there
// are several), Insert creates a meeting on the day.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(QWidget* parent = nullptr);
    ~CalendarView() override;

    void setSession(session::DatabaseSession* session);
    // What the login may change: a lead or a viewer is offered no new meeting.
    void setEditRights(const session::EditRights& rights);
    void reload();

    session::CalendarModel* model() const { return m_model; }
    session::CalendarModel::Span span() const { return m_model->span(); }
    void setSpan(session::CalendarModel::Span span);
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate& date);
    // One month (or week) back (-1) or forward (+1), keeping the day where it can.
    void step(int direction);
    void showToday();
    // The date taken as today (the system's unless set, for tests and screenshots).
    void setToday(const QDate& today);
    // "فروردین ۱۴۰۲", or the days of the week shown.
    QString title() const;
    // The meeting chosen in the day's list, or 0.
    Id currentMeetingId() const;
    // Where the month grid draws a meeting's line, in its viewport (empty when not drawn).
    QRect meetingRect(Id meetingId) const;

signals:
    void openMeeting(jalaseh::Id meetingId);
    void newMeetingRequested(const QDate& date);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSelection();
    void showTitle();
    void fillDayPanel();
    void activateDay();
    void selectMeeting(Id meetingId);
    void fitRows();
    bool handleKey(QKeyEvent* event);
    bool openMeetingAt(const QPoint& viewportPosition);
    QStyleOptionViewItem optionFor(const QModelIndex& index) const;

    std::unique_ptr<Ui::CalendarView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    StaleReload* m_staleness;
    session::CalendarModel* m_model;
    CalendarDayDelegate* m_delegate;
    QDate m_selected;
};

} // namespace jalaseh::app
