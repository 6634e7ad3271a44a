#include "app/shell/ServerStateStrip.h"

#include "session/DatabaseSession.h"
#include "session/LiveUpdates.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>

namespace jalaseh::app {

ServerStateStrip::ServerStateStrip(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("serverStateStrip"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Server connection"));
    m_text->setObjectName(QStringLiteral("serverStateText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    m_hide->setSingleShot(true);
    m_hide->setInterval(5000);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void ServerStateStrip::setSession(session::DatabaseSession* session)
{
    if (m_session)
        m_session->liveUpdates()->disconnect(this);
    m_session = session;
    m_hide->stop();
    hide();
    if (!session)
        return;
    session::LiveUpdates* live = session->liveUpdates();
    connect(live, &session::LiveUpdates::serverUnreachable, this,
            &ServerStateStrip::showUnreachable);
    connect(live, &session::LiveUpdates::serverReachableAgain, this,
            &ServerStateStrip::showReachableAgain);
    if (!live->isServerReachable())
        showUnreachable();
}

QString ServerStateStrip::shownText() const
{
    return isHidden() ? QString() : m_text->text();
}

void ServerStateStrip::showUnreachable()
{
    m_hide->stop();
    m_text->setText(tr("The database server cannot be reached. What you see stays here but may "
                       "be out of date, and changes cannot be saved until it is back. Jalaseh "
                       "connects again by itself."));
    paint(true);
    show();
}

void ServerStateStrip::showReachableAgain()
{
    m_text->setText(tr("Connected to the database server again; what you see is up to date."));
    paint(false);
    show();
    m_hide->start();
}

void ServerStateStrip::paint(bool problem)
{
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     problem ? QColor(0xff, 0xf4, 0xd6) : QColor(0xe6, 0xf4, 0xea));
    colours.setColor(QPalette::WindowText,
                     problem ? QColor(0x5c, 0x40, 0x00) : QColor(0x1e, 0x4d, 0x2b));
    setPalette(colours);
}

} // namespace jalaseh::app
