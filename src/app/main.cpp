#include "app/shell/Application.h"
#include "app/shell/InterfaceLanguage.h"
#include "app/shell/MainWindow.h"
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

int runCommand(char* program, const QStringList& arguments)
{
    // Commands never open a window, but laying out minutes needs fonts, which need a GUI
    // application; the offscreen platform gives fonts without a display (scripts, CI, ssh).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt must not see the command's arguments: it takes some for itself (`--style formal` would
    // be read as a widget style and silently removed).
    int qtArgc = 1;
    char* qtArgv[] = {program, nullptr};
    QGuiApplication application(qtArgc, qtArgv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return jalaseh::cli::runCommandLine(arguments, out, err);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (jalaseh::cli::isCommandLineInvocation(arguments))
        return runCommand(argv[0], arguments);

    jalaseh::app::Application application(argc, argv);
    describeApplication();
    using jalaseh::app::InterfaceLanguage;
    InterfaceLanguage::apply(application, InterfaceLanguage::saved());
    jalaseh::app::MainWindow window;
    window.show();
    window.openStartDatabase(jalaseh::cli::windowDatabase(arguments));
    return application.exec();
}
