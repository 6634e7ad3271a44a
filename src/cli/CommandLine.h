#pragma once

#include <QStringList>
#include <QTextStream>

namespace jalaseh::cli {

// True when `arguments` (argv without the program name) ask for a command rather than the GUI.
bool isCommandLineInvocation(const QStringList& arguments);

// The database named by --db (or --db=) when the window is opened without a command
// (`jalaseh --db minutes.jalaseh`, `jalaseh --db postgresql://...`); empty when none.
QString windowDatabase(const QStringList& arguments);

// Keeps the standard error for the commands' own sentences: Qt's and the storage's diagnostic
// lines (qWarning, qDebug) are written only when JALASEH_DEBUG is set, criticals always. Scripts
// read the one sentence that says what happened; the details are one variable away.
void quietDiagnostics();

// Runs `jalaseh [--db DATABASE] COMMAND ...`; returns the exit code (see Command.h).
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace jalaseh::cli
