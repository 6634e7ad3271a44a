#include "app/common/StaleReload.h"

#include <QEvent>
#include <QWidget>

namespace jalaseh::app {

StaleReload::StaleReload(QWidget* watched, std::function<void()> reload, QObject* parent)
    : QObject(parent ? parent : watched)
    , m_watched(watched)
    , m_reload(std::move(reload))
{
    watched->installEventFilter(this);
}

void StaleReload::markStale()
{
    m_stale = true;
    if (m_watched->isVisible())
        reload();
}

void StaleReload::reloadIfStale()
{
    if (m_stale)
        reload();
}

void StaleReload::reload()
{
    // Cleared first: the reload may mark it again (retryWhenShown) when its read fails.
    m_stale = false;
    m_reload();
}

bool StaleReload::eventFilter(QObject* watched, QEvent* event)
{
    // Before the view's own showEvent, so that it is painted with what it reloaded.
    if (watched == m_watched && event->type() == QEvent::Show && m_stale)
        reload();
    return QObject::eventFilter(watched, event);
}

} // namespace jalaseh::app
