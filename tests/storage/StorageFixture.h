#pragma once

// Shared set-up of the storage tests: temporary database files, small records, raw SQLite access
// for building old or foreign files, and snapshots proving a file was not touched.
#include "core/Body.h"
#include "core/Meeting.h"
#include "core/Person.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

namespace jalaseh::storage::test {

// A new Jalaseh database on the engine under test (tests/support/TestDatabases.h): a file in its
// own temporary folder, or a database of its own on the test server; path() is its address.
class TemporaryDatabase
{
public:
    TemporaryDatabase();
    Database& operator*() { return *m_database; }
    Database* operator->() { return m_database.get(); }
    const QString& path() const { return m_path; }
    QString folder() const { return m_folder.path(); }
    void close() { m_database.reset(); }
    Database::OpenResult reopen(const OpenOptions& options = {});

private:
    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

Id addPerson(Database& database, const QString& familyName, const QString& givenName = {},
             Gender gender = Gender::Unspecified);
Id addBody(Database& database, const QString& name, BodyKind kind = BodyKind::WorkingGroup);
Id addSeries(Database& database, const QString& name, std::optional<Id> bodyId = {});
Id addMeeting(Database& database, Id seriesId, const QDate& date, int number = 0);

// SQLite without the storage layer, to build files of older versions or other programs and to
// look inside files. Every statement must succeed.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const QString& sql, const QVariantList& values = {});
    // Runs a file of statements separated by ";" at line ends.
    void execFile(const QString& path);
    QVariant scalar(const QString& sql, const QVariantList& values = {});
    QList<QVariantList> rows(const QString& sql);
    QStringList tableNames();
    // Every object of the schema as "type name: sql" with whitespace folded, sorted.
    QStringList schema();
    QStringList columnsOf(const QString& table);
    // A text dump of the rows of a table (of the given columns, or all), in a stable order.
    QString dumpTable(const QString& table, const QStringList& columns = {});
    // A text dump of every row of every table.
    QString dump();

private:
    QString m_name;
};

// The bytes and modification time of a file, to prove it was left alone.
struct FileSnapshot
{
    QByteArray bytes;
    QDateTime modified;
    bool exists = false;

    static FileSnapshot of(const QString& path);
    bool operator==(const FileSnapshot&) const = default;
};

QString fixturePath(const QString& name);

} // namespace jalaseh::storage::test
