#pragma once

#include <QString>
#include <QStringList>

// Runs `jalaseh ARGUMENTS` in-process, as a user would from a shell, and keeps what it printed.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandRun runJalaseh(const QStringList& arguments);

// Every row of every table of a database (a file or a server address) as sorted text lines, read
// with the driver directly (not through the repositories), to show that a failed command changed
// nothing.
QString databaseContents(const QString& path);

// The rows of a `--format tsv` listing, without its header line.
QList<QStringList> tsvRows(const QString& output);
