#include "storage/FailedStatements.h"

#include <QHash>
#include <QMutex>
#include <vector>

namespace jalaseh::storage::FailedStatements {
namespace {

QMutex mutex;
QHash<QString, std::vector<QSqlQuery>>& kept()
{
    static QHash<QString, std::vector<QSqlQuery>> queries;
    return queries;
}

} // namespace

void keep(const QString& connectionName, const QSqlQuery& query)
{
    const QMutexLocker lock(&mutex);
    kept()[connectionName].push_back(query); // shares the driver's result: not freed yet
}

void release(const QString& connectionName)
{
    std::vector<QSqlQuery> going;
    {
        const QMutexLocker lock(&mutex);
        const auto found = kept().find(connectionName);
        if (found == kept().end())
            return;
        going = std::move(found.value());
        kept().erase(found);
    }
    // Freed here, outside the lock: each one's DEALLOCATE goes to the server now.
}

} // namespace jalaseh::storage::FailedStatements
