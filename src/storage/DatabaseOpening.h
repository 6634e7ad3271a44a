#pragma once

#include "storage/Database.h"

namespace jalaseh::storage {

// The steps of Database::open: look at the file without SQLite, connect, find out what the file
// is, and only then change anything (a write-lock probe, the backup, WAL, the migration). Every
// refusal happens before the first change, so a bad file is never modified.
class DatabaseOpening
{
public:
    DatabaseOpening(QString path, const OpenOptions& options);
    Database::OpenResult run();

private:
    Database::OpenResult openExisting();
    Database::OpenResult createNew(bool fileExisted);
    std::unique_ptr<Database> connect(bool readOnly, bool immutable, QString* error) const;
    Database::OpenResult prepareForWriting(std::unique_ptr<Database> database, int fileVersion);
    Database::OpenResult migrate(std::unique_ptr<Database> database, int fileVersion);
    QString writeBackup(Database& database, int fileVersion) const;
    Database::OpenResult failure(OpenProblem problem, const QString& message) const;

    QString m_path;
    OpenOptions m_options;
};

} // namespace jalaseh::storage
