#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace jalaseh::app {

// "Reload when shown if stale", written once. A view out of sight does not reload at every edit
// the session reports: it is marked stale and reloads when it is next shown (and at once when it
// is in sight). The view owns one, gives it its reload function, and calls markStale() when the
// session reports a change it shows.
class StaleReload : public QObject
{
public:
    // Reloads through `reload` when `watched` is shown while stale. `watched` is usually the view
    // itself; a part of a view (a banner) may watch the page it sits on.
    StaleReload(QWidget* watched, std::function<void()> reload, QObject* parent = nullptr);

    bool isStale() const { return m_stale; }
    // What the view shows changed: reloads now when in sight, else when next shown.
    void markStale();
    // A reload that failed (the session reported why): tried again when the view is next shown,
    // not at once, so that a file that stays unreadable does not read in a loop.
    void retryWhenShown() { m_stale = true; }
    // Reloads now if stale, in sight or not (to load ahead of being shown).
    void reloadIfStale();
    // The view reloaded by itself; nothing is pending.
    void markFresh() { m_stale = false; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();

    QWidget* m_watched;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace jalaseh::app
