// Stands in for "another program" in the storage tests: opens a database, takes an exclusive
// lock, prints "locked", and holds the lock until its standard input closes.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: storage_lock_holder <database file>\n");
        return 2;
    }
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        database.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        QSqlQuery query(database);
        if (!database.open() || !query.exec(QStringLiteral("BEGIN EXCLUSIVE")) ||
            !query.exec(QStringLiteral("CREATE TABLE held_by_another_program (x)"))) {
            std::fprintf(stderr, "cannot lock: %s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        query.exec(QStringLiteral("ROLLBACK"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QLatin1String(QSqlDatabase::defaultConnection));
    return 0;
}
