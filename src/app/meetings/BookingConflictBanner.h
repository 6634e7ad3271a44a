#pragma once

#include "core/Id.h"

#include <QFrame>
#include <QPointer>
#include <QStringList>

class QLabel;

namespace jalaseh::session {
class DatabaseSession;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

// A warning strip for the meeting editor: when a person expected at this meeting (an attendee
// not absent or excused, the chair, the secretary) or its room is booked by another meeting at
// the same time, it names each clash ("خانم دکتر رقابی در همین ساعت در
// جلسه‌ی ۲ «…» است"). It never blocks: the secretary may well mean it. Hidden when there is
// nothing to say; brought up to date whenever a meeting, its people or a name changes, while the
// editor is on screen.
class BookingConflictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit BookingConflictBanner(QWidget* parent = nullptr);

    void setSession(session::DatabaseSession* session);
    void showMeeting(Id meetingId);
    // The sentences shown, certain clashes first (empty when hidden).
    const QStringList& sentences() const { return m_sentences; }

private:
    void refresh();

    QPointer<session::DatabaseSession> m_session; // a session closed elsewhere must not be touched
    Id m_meetingId = 0;
    // Watches the page the banner sits on: the banner itself is hidden while it has nothing.
    StaleReload* m_staleness;
    QLabel* m_icon;
    QLabel* m_text;
    QStringList m_sentences;
};

} // namespace jalaseh::app
