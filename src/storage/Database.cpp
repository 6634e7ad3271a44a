#include "Database.h"

#include "storage/DatabaseOpening.h"
#include "storage/Migration.h"

#include <utility>

namespace jalaseh::storage {

Database::OpenResult Database::open(const QString& path, const OpenOptions& options)
{
    return DatabaseOpening(path, options).run();
}

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::move(other.m_path))
    , m_readOnly(other.m_readOnly)
    , m_schemaVersion(other.m_schemaVersion)
    , m_migratedFrom(other.m_migratedFrom)
    , m_backupPath(std::move(other.m_backupPath))
    , m_transactionDepth(std::exchange(other.m_transactionDepth, 0))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        release();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
        m_schemaVersion = other.m_schemaVersion;
        m_migratedFrom = other.m_migratedFrom;
        m_backupPath = std::move(other.m_backupPath);
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
    }
    return *this;
}

Database::~Database()
{
    release();
}

void Database::release()
{
    if (m_connectionName.isEmpty())
        return;
    {
        // Every handle on the connection must be gone before removeDatabase, or Qt warns that the
        // connection is still in use.
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::currentSchemaVersion()
{
    return migrationSteps().constLast().toVersion;
}

qint32 Database::applicationId()
{
    return 0x4A4C5348; // "JLSH"
}

} // namespace jalaseh::storage
