// Jalaseh's command line built from the libraries, for the crash tests to start and kill: the
// tests link the libraries and never the application, and this is those libraries' command line
// with nothing else (no fonts, no window).
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return jalaseh::cli::runCommandLine(arguments, out, err);
}
