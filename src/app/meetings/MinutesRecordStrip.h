#pragma once

#include "core/Id.h"
#include "core/MinutesVersion.h"
#include "session/EditRights.h"

#include <QFrame>
#include <QPointer>
#include <functional>

class QLabel;
class QPushButton;

namespace jalaseh::session {
class DatabaseSession;
} // namespace jalaseh::session

namespace jalaseh::app {

// Where the meeting's minutes of record stand, under the editor's heading: a draft, approved
// (version, date, document id) or an amendment open (its reason); with Approve, Amend and
// Versions where the login may use them (on a server only the secretariat approves and amends;
// the server refuses the others too). Approving and amending are not edits of the undo stack:
// an approval is a record, undone only by an amendment. Either tells the session the meeting
// changed, and the editor reads it again, frozen or not.
class MinutesRecordStrip : public QFrame
{
    Q_OBJECT
public:
    explicit MinutesRecordStrip(QWidget* parent = nullptr);

    void setSession(session::DatabaseSession* session);
    void setEditRights(const session::EditRights& rights);
    // Shows the standing read with the meeting (MeetingEditor reads both at once).
    void showStanding(Id meetingId, const QList<MinutesVersion>& versions);
    MinutesStanding standing() const { return m_standing; }
    QString text() const;

    // What the buttons do after asking; public for the menus and the tests. False when nothing
    // was done (the user was told why).
    bool approve();
    bool amend(const QString& reason);
    void showVersions();

private:
    void render();
    bool change(const QString& failureTitle, const std::function<void()>& make);
    void askAndApprove();
    void askAndAmend();
    void showFailure(const QString& title, const QString& message);

    QPointer<session::DatabaseSession> m_session;
    session::EditRights m_rights;
    Id m_meetingId = 0;
    QList<MinutesVersion> m_versions; // oldest first, without their snapshots
    MinutesStanding m_standing;
    QLabel* m_text;
    QPushButton* m_approveButton;
    QPushButton* m_amendButton;
    QPushButton* m_versionsButton;
};

} // namespace jalaseh::app
