#include "CommandRun.h"

#include "cli/CommandLine.h"
#include "storage/DatabaseAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <stdexcept>

CommandRun runJalaseh(const QStringList& arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = jalaseh::cli::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

QString databaseContents(const QString& path)
{
    const QString connection = QUuid::createUuid().toString();
    QStringList lines;
    {
        bool ok = false;
        QString error;
        const auto address = jalaseh::storage::DatabaseAddress::parse(path, &ok, &error);
        const bool server = address.engine == jalaseh::storage::Engine::Postgres;
        QSqlDatabase database = QSqlDatabase::addDatabase(
            server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connection);
        if (server) {
            database.setHostName(address.host);
            database.setPort(address.port);
            database.setUserName(address.user);
            database.setDatabaseName(address.databaseName);
        } else {
            database.setDatabaseName(path);
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!database.open())
            throw std::runtime_error("cannot open " + path.toStdString());
        QSqlQuery tables(database);
        tables.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'public' ORDER BY 1")
                           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        // A full-text index's own tables lay its segments out by the order of the writes that
        // made it (an import writes a meeting's search key once per agenda item, a copy once):
        // the index is compared by what it holds, read through its virtual table.
        if (!server) {
            QSqlQuery virtualTables(database);
            virtualTables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"));
            while (virtualTables.next()) {
                const QString shadow = virtualTables.value(0).toString() + QLatin1Char('_');
                names.erase(
                    std::remove_if(names.begin(), names.end(),
                                   [&](const QString& name) { return name.startsWith(shadow); }),
                    names.end());
            }
        }
        for (const QString& table : names) {
            QSqlQuery rows(database);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                throw std::runtime_error(rows.lastError().text().toStdString());
            while (rows.next()) {
                QStringList cells{table};
                for (int i = 0; i < rows.record().count(); ++i)
                    cells.append(rows.value(i).toString());
                lines.append(cells.join(QLatin1Char('|')));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

QList<QStringList> tsvRows(const QString& output)
{
    QList<QStringList> rows;
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.append(lines.at(i).split(QLatin1Char('\t')));
    return rows;
}
