#pragma once

#include "core/Id.h"
#include "session/HomeSummary.h"

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class HomeView;
}

namespace jalaseh::session {
class DatabaseSession;
}

namespace jalaseh::app {

class StaleReload;

// The home view (میز کار), shown first when a database opens: what needs the secretary or a lead
// this week. The next meetings, minutes awaiting approval, follow-ups overdue and due this week
// (a lead's own first), bodies gone quiet and absence alerts, read by session::HomeSummary. Every
// item and every number is a link (mouse or Tab and Enter): linkActivated() tells the window
// where to go (HomeLinks.h says what each link names).
class HomeView : public QWidget
{
    Q_OBJECT
public:
    explicit HomeView(QWidget* parent = nullptr);
    ~HomeView() override;

    // `ownPersonId`: on a server, the person linked to the login, whose follow-ups come first.
    void setSession(session::DatabaseSession* session, std::optional<Id> ownPersonId = {});
    void reload();
    // The day the view is reckoned on (today unless a test or a screenshot sets it).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;

    const session::HomeSummary& summary() const { return m_summary; }
    // Each section's label, by name ("upcoming", "approval", "overdue", "due", "quiet",
    // "absence"), for tests.
    QLabel* sectionLabel(const QString& section) const;
    // The links a section's label (or the counts line, "counts") holds, in order.
    QStringList links(const QString& section) const;

signals:
    void linkActivated(const QString& link);

private:
    void showSummary();
    void showProblem(const QString& message);
    QString meetingName(const session::HomeMeeting& meeting) const;

    std::unique_ptr<Ui::HomeView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    std::optional<Id> m_ownPersonId;
    StaleReload* m_staleness;
    session::HomeSummary m_summary;
    QDate m_today;
};

} // namespace jalaseh::app
