#include "Database.h"

#include "storage/DatabaseOpening.h"
#include "storage/Migration.h"
#include "storage/PostgresOpening.h"

#include <utility>

namespace jalaseh::storage {

Database::OpenResult Database::open(const QString& address, const OpenOptions& options)
{
    bool ok = false;
    QString error;
    const DatabaseAddress parsed = DatabaseAddress::parse(address, &ok, &error);
    if (!ok)
        return {nullptr, OpenProblem::BadAddress, error};
    if (parsed.engine == Engine::Postgres)
        return PostgresOpening(parsed, options).run();
    return DatabaseOpening(address, options).run();
}

Database::Database(QString connectionName, QString path, bool readOnly, Engine engine)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_engine(engine)
    , m_readOnly(readOnly)
{
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::move(other.m_path))
    , m_engine(other.m_engine)
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
        m_engine = other.m_engine;
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
