#include "RowVersions.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace jalaseh::storage {
namespace {

QString stampTime()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The row as the database has it now; nullopt when it is gone.
std::optional<RowVersion> currentVersion(const Database& database, const QString& table, Id id)
{
    Statement query(database, QStringLiteral("SELECT %1 FROM %2 r WHERE r.id = ?")
                                  .arg(RowVersions::columns(QStringLiteral("r")), table));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return RowVersions::read(query, 0);
}

[[noreturn]] void refuse(const Database& database, const QString& table, Id id, qint64 read,
                         const QString& goneMessage)
{
    const auto current = currentVersion(database, table, id);
    const QString detail =
        QStringLiteral("%1 %2: read at version %3, now %4")
            .arg(table)
            .arg(id)
            .arg(read)
            .arg(current ? QString::number(current->number) : QStringLiteral("removed"));
    if (!current)
        throw StorageError(goneMessage, detail);
    const QString who = current->changedBy.isEmpty()
                            ? QCoreApplication::translate("Storage", "Someone else")
                            : current->changedBy;
    throw EditConflict(
        StorageError::Advice{
            QCoreApplication::translate("Storage", "%1 changed this record after you opened it "
                                                   "(%2), so your change was not saved.")
                .arg(who,
                     current->changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QCoreApplication::translate("Storage", "Look at it as it is now, then make your "
                                                   "change again.")},
        detail, table, id, *current);
}

} // namespace

namespace RowVersions {

QString columns(const QString& alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    return QStringLiteral("%1version, %1changed_by, %1changed_at").arg(prefix);
}

RowVersion read(const Statement& query, int firstColumn)
{
    RowVersion version;
    version.number = query.integer(firstColumn);
    version.changedBy = query.text(firstColumn + 1);
    // A server's timestamptz arrives as a QDateTime, a file's ISO text as a string.
    const QVariant changedAt = query.value(firstColumn + 2);
    if (changedAt.metaType().id() == QMetaType::QDateTime) {
        version.changedAt = changedAt.toDateTime().toUTC();
    } else {
        version.changedAt = QDateTime::fromString(changedAt.toString(), Qt::ISODate);
        if (version.changedAt.isValid())
            version.changedAt.setTimeSpec(Qt::UTC);
    }
    return version;
}

} // namespace RowVersions

VersionedWrite::VersionedWrite(Database& database, const QString& table, const QString& assignments,
                               Id id, const RowVersion& read, QString goneMessage)
    : m_database(database)
    , m_table(table)
    , m_id(id)
    , m_readVersion(read.number)
    , m_goneMessage(std::move(goneMessage))
    , m_statement(database,
                  QStringLiteral("UPDATE %1 SET %2version = version + 1, changed_by = ?, "
                                 "changed_at = ? WHERE id = ? AND (version = ? OR ? = 0)")
                      .arg(table, assignments.isEmpty() ? QString() : assignments + u", "))
{
}

void VersionedWrite::exec(const Refusals& refusals)
{
    m_statement.bind(m_database.userName()).bind(stampTime()).bind(m_id);
    m_statement.bind(m_readVersion).bind(m_readVersion);
    m_statement.exec(refusals);
    if (m_statement.rowsAffected() == 0)
        refuse(m_database, m_table, m_id, m_readVersion, m_goneMessage);
    if (m_readVersion > 0) {
        m_newVersion = m_readVersion + 1;
    } else if (const auto current = currentVersion(m_database, m_table, m_id)) {
        m_newVersion = current->number;
    }
}

void removeVersioned(Database& database, const QString& table, Id id, const RowVersion& read,
                     const Refusals& refusals)
{
    Statement statement(
        database,
        QStringLiteral("DELETE FROM %1 WHERE id = ? AND (version = ? OR ? = 0)").arg(table));
    statement.bind(id).bind(read.number).bind(read.number).exec(refusals);
    if (statement.rowsAffected() == 0 && currentVersion(database, table, id))
        refuse(database, table, id, read.number, {});
}

} // namespace jalaseh::storage
