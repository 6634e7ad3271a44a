// Stands in for "another Jalaseh program" in the tests of a shared file: opens the database
// through the storage layer, begins a write transaction (which writes its holder record, see
// storage/FileHolder.h), prints "holding", and holds it until its standard input closes; then
// rolls back. Killed instead, it leaves its record behind, as a crashed program would.
#include "storage/Database.h"
#include "storage/FileHolder.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: storage_write_holder <database file>\n");
        return 2;
    }
    jalaseh::storage::FileHolder::setProgramDescription(QStringLiteral("write-holder test"));
    auto opened = jalaseh::storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.database) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.message));
        return 1;
    }
    try {
        jalaseh::storage::Transaction transaction(*opened.database);
        std::printf("holding\n");
        std::fflush(stdout);
        std::string line;
        while (std::getline(std::cin, line)) {
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cannot hold: %s\n", error.what());
        return 1;
    }
    return 0;
}
