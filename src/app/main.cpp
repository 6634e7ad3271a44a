#include "app/InterfaceLanguage.h"
#include "app/MainWindow.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Jalaseh"));
    QCoreApplication::setApplicationName(QStringLiteral("jalaseh"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JALASEH_VERSION));
}

int runCommand(int argc, char** argv)
{
    // Commands never open a window, but laying out minutes needs fonts, which need a GUI
    // application; the offscreen platform gives fonts without a display (scripts, CI, ssh).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return jalaseh::cli::runCommandLine(application.arguments().mid(1), out, err);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (jalaseh::cli::isCommandLineInvocation(arguments))
        return runCommand(argc, argv);

    QApplication application(argc, argv);
    describeApplication();
    using jalaseh::app::InterfaceLanguage;
    InterfaceLanguage::apply(application, InterfaceLanguage::saved());
    jalaseh::app::MainWindow window;
    window.show();
    window.openStartDatabase();
    return application.exec();
}
