#include "app/shell/Application.h"

#include "core/Error.h"

#include <QMetaObject>
#include <QtDebug>

namespace jalaseh::app {

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

bool Application::notify(QObject* receiver, QEvent* event)
{
    QString message;
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error& error) {
        qCritical("jalaseh: an error escaped an event handler: %s", error.what());
        message = error.userMessage();
    } catch (const std::exception& error) {
        qCritical("jalaseh: an exception escaped an event handler: %s", error.what());
        message = tr("Something went wrong inside Jalaseh (%1). What was saved before is safe. "
                     "If it happens again, restart Jalaseh and report the problem.")
                      .arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        qCritical("jalaseh: an unknown exception escaped an event handler");
        message = tr("Something went wrong inside Jalaseh. What was saved before is safe. If it "
                     "happens again, restart Jalaseh and report the problem.");
    }
    // Shown once the event that failed is over, not from inside its delivery.
    QMetaObject::invokeMethod(
        this, [this, message] { emit escaped(message); }, Qt::QueuedConnection);
    return false;
}

} // namespace jalaseh::app
