#pragma once

#include <QApplication>

namespace jalaseh::app {

// The last line of defence: Qt's event loop is not written for exceptions, and one that escapes an
// event handler ends the program with whatever was being typed. Reads go through
// DatabaseSession::read and writes through EditCommand, which report their failures; anything
// that still escapes is caught here, logged, and announced (escaped()) for the window to show.
class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

signals:
    // A sentence for the user: what happened and what to do.
    void escaped(const QString& message);
};

} // namespace jalaseh::app
