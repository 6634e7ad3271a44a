#include "Transaction.h"

#include "storage/ChangeLogRepository.h"
#include "storage/Database.h"
#include "storage/FailedStatements.h"
#include "storage/FileHolder.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtDebug>

namespace jalaseh::storage {
namespace {

QString savepointName(int level)
{
    return QStringLiteral("level_%1").arg(level);
}

void execute(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        throwStorageError(query.lastError(), {}, database.engine(), database.serverRole());
}

// SQLite's primary result codes for a lock another connection holds.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;

// The write lock stayed with another program for the whole busy timeout: who it is, when a
// Jalaseh program holds it (FileHolder), and that trying again later saves the change.
[[noreturn]] void throwInUse(const Database& database, const QSqlError& error)
{
    const QString name = QFileInfo(database.path()).fileName();
    const auto holder = FileHolder::read(database.path());
    const QString whatHappened =
        holder && !holder->isStale()
            ? QCoreApplication::translate("Storage",
                                          "The database file “%1” is in use by another program, "
                                          "which is saving to it: %2. So the change was not "
                                          "saved yet.")
                  .arg(name, holder->describe())
            : QCoreApplication::translate("Storage",
                                          "The database file “%1” is in use by another program, "
                                          "which is saving to it, so the change was not saved "
                                          "yet.")
                  .arg(name);
    throw FileUnavailable(
        StorageError::Advice{whatHappened,
                             QCoreApplication::translate(
                                 "Storage", "Wait until the other program has finished, then try "
                                            "again; nothing is lost.")},
        error.text(), FileUnavailable::Cause::InUse);
}

} // namespace

Transaction::Transaction(Database& database)
    : m_database(database)
{
    // A server's viewer is refused as the server would refuse it, in the role's words.
    if (database.isReadOnly() && !database.serverRole().isEmpty())
        throw serverRefusal(database.serverRole(), false, database.path());
    if (database.isReadOnly())
        throw StorageError(QCoreApplication::translate(
                               "Storage", "This database is open read-only, so the change was not "
                                          "saved. Open a copy that you are allowed to change."),
                           database.path());
    const int level = database.m_transactionDepth + 1;
    const bool file = database.engine() == Engine::Sqlite;
    if (level == 1) {
        database.checkFileInPlace();
        database.checkFileWritable();
    }
    if (level == 1 && file) {
        QSqlQuery begin(database.connection());
        if (!begin.exec(SqlDialect::beginTransaction(database.engine()))) {
            const int code = begin.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == sqliteBusy || code == sqliteLocked)
                throwInUse(database, begin.lastError());
            throwStorageError(begin.lastError(), {}, database.engine());
        }
        // Holding the write lock now: a program that waits for it in vain learns who this is.
        FileHolder::claim(database.path());
    } else {
        execute(database, level == 1 ? SqlDialect::beginTransaction(database.engine())
                                     : QStringLiteral("SAVEPOINT ") + savepointName(level));
    }
    m_level = level;
    database.m_transactionDepth = level;
    if (level == 1 && file) {
        try {
            // The history's triggers name who writes (schema step 10).
            ChangeLogRepository::noteWriter(database);
        } catch (...) {
            rollback(); // no destructor runs after a constructor throws
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (!m_finished)
        rollback();
}

void Transaction::commit()
{
    Q_ASSERT_X(m_database.m_transactionDepth == m_level, "Transaction::commit",
               "inner transactions must finish before outer ones");
    if (m_finished)
        return;
    // A file moved or removed under the connection would take the change with it, unseen: refuse
    // (the destructor rolls back). The check before BEGIN cannot see a move made since.
    if (m_level == 1)
        m_database.checkFileInPlace();
    // Removed while the lock is still held: once it is let go, the next holder writes its own.
    if (m_level == 1 && m_database.engine() == Engine::Sqlite)
        FileHolder::release(m_database.path());
    execute(m_database, m_level == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE ") + savepointName(m_level));
    m_finished = true;
    m_database.m_transactionDepth = m_level - 1;
    if (m_level == 1) // over (a server ends an aborted one as a rollback): free what failed in it
        FailedStatements::release(m_database.m_connectionName);
}

void Transaction::rollback() noexcept
{
    Q_ASSERT_X(m_database.m_transactionDepth == m_level, "Transaction::rollback",
               "inner transactions must finish before outer ones");
    m_finished = true;
    m_database.m_transactionDepth = m_level - 1;
    if (m_level == 1 && m_database.engine() == Engine::Sqlite)
        FileHolder::release(m_database.path());
    QSqlQuery query(m_database.connection());
    const QString name = savepointName(m_level);
    const bool ok = m_level == 1 ? query.exec(QStringLiteral("ROLLBACK"))
                                 : query.exec(QStringLiteral("ROLLBACK TO ") + name) &&
                                       query.exec(QStringLiteral("RELEASE ") + name);
    // SQLite may already have rolled the whole transaction back after a serious error (disk full,
    // I/O); then there is nothing left to undo, and the error that caused it was already thrown.
    if (!ok)
        qWarning("jalaseh storage: rollback: %s", qPrintable(query.lastError().text()));
    // The transaction is usable again: the statements that failed in it can now be freed.
    FailedStatements::release(m_database.m_connectionName);
}

void retryTransaction(Database& database, const std::function<void()>& work, int attempts)
{
    retryCollisions(
        database,
        [&] {
            Transaction transaction(database);
            work();
            transaction.commit();
        },
        attempts);
}

bool mayRunAgain(const Database& database)
{
    return database.m_transactionDepth == 0;
}

void waitBeforeRunningAgain(const TransactionCollision& collision, int tried)
{
    qInfo("jalaseh storage: the server gave up a transaction (%s); running it again",
          collision.what());
    QThread::msleep(20 * tried);
}

} // namespace jalaseh::storage
