#include "app/shell/Application.h"
#include "app/shell/InterfaceLanguage.h"
#include "app/shell/MainWindow.h"
#include "cli/CommandLine.h"
#include "jalaseh/Version.h"
#include "storage/FileHolder.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Jalaseh"));
    QCoreApplication::setApplicationName(QStringLiteral("jalaseh"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(jalaseh::version));
}

int runCommand(char* program, const QStringList& arguments)
{
    jalaseh::cli::quietDiagnostics();
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
    // Named so in the holder record another program reads while this one writes.
    jalaseh::storage::FileHolder::setProgramDescription(QStringLiteral("jalaseh (command line)"));
    using jalaseh::app::InterfaceLanguage;
    InterfaceLanguage::applyToCommandLine(application, InterfaceLanguage::forCommandLine());
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
    jalaseh::storage::FileHolder::setProgramDescription(QStringLiteral("jalaseh (window)"));
    // The desktop file's id (packaging/), so that a Wayland compositor and the task bar match
    // the window with the menu entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("ir.jalaseh.Jalaseh"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/jalaseh.png").arg(size));
    QApplication::setWindowIcon(icon);
    using jalaseh::app::InterfaceLanguage;
    InterfaceLanguage::apply(application, InterfaceLanguage::saved());
    jalaseh::app::MainWindow window;
    window.show();
    // `jalaseh --db DATABASE` (the desktop file starts `jalaseh --db %f` for a file opened from
    // the file manager) opens that database; without one, the last one used.
    window.openStartDatabase(jalaseh::cli::windowDatabase(arguments));
    return application.exec();
}
