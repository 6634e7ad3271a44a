#pragma once

#include <QSqlQuery>
#include <QString>

namespace jalaseh::storage::FailedStatements {

// PostgreSQL statements that failed inside a transaction, kept until it ends. Qt's driver frees a
// prepared statement (DEALLOCATE) when its query goes; in a transaction the failure aborted, the
// server refuses that ("current transaction is aborted"), the driver prints "Unable to free
// statement", and the statement stays on the server until the connection closes. Kept here, a
// failed one is freed once Transaction has rolled back (or ended) and the connection answers
// again. Per connection (by its name); any thread.
void keep(const QString& connectionName, const QSqlQuery& query);
void release(const QString& connectionName);

} // namespace jalaseh::storage::FailedStatements
