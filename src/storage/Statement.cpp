#include "Statement.h"

#include "storage/Database.h"
#include "storage/FailedStatements.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace jalaseh::storage {
namespace {

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};
// Extended codes of SQLITE_CONSTRAINT.
enum ConstraintCode
{
    CheckFailed = 275,
    ForeignKeyFailed = 787,
    NotNullFailed = 1299,
    PrimaryKeyFailed = 1555,
    UniqueFailed = 2067,
};

// Which rule failed. The extended code usually says, but a RESTRICT on delete reports
// SQLITE_CONSTRAINT_TRIGGER; SQLite's own text names the rule in every case.
int constraintKind(int code, const QString& databaseText)
{
    if (databaseText.contains(QLatin1String("FOREIGN KEY")))
        return ForeignKeyFailed;
    if (databaseText.contains(QLatin1String("UNIQUE")))
        return UniqueFailed;
    return code;
}

QString constraintMessage(int code, const Refusals& refusals)
{
    switch (code) {
    case ForeignKeyFailed:
        return !refusals.foreignKey.isEmpty()
                   ? refusals.foreignKey
                   : QCoreApplication::translate(
                         "Storage",
                         "The change was refused: it refers to something that does not exist, or "
                         "removes something other records still use.");
    case UniqueFailed:
    case PrimaryKeyFailed:
        return !refusals.unique.isEmpty()
                   ? refusals.unique
                   : QCoreApplication::translate(
                         "Storage",
                         "The change was refused because it would record the same thing twice.");
    default:
        return !refusals.invalid.isEmpty()
                   ? refusals.invalid
                   : QCoreApplication::translate(
                         "Storage",
                         "The change was refused: a value is missing or not allowed there.");
    }
}

// Schema step 9's triggers, on both engines: a request the rules refuse, not a fault.
bool isFrozenRefusal(const QSqlError& error)
{
    return error.databaseText().contains(QLatin1String("jalaseh_minutes_approved"));
}

AccessRefused frozenRefusal(const QSqlError& error)
{
    return AccessRefused(
        QCoreApplication::translate(
            "Storage", "The minutes of this meeting are approved, so the meeting can no longer "
                       "be changed and nothing was changed. To correct them, amend the minutes: "
                       "that opens a new version, approved in turn."),
        error.text());
}

// 42501, insufficient_privilege: a grant or a row-level security policy (ServerRoles.h) refused
// the change.
AccessRefused refusalFor(const QString& role, const QSqlError& error)
{
    return serverRefusal(role, error.databaseText().contains(QLatin1String("row-level security")),
                         error.text());
}

// PostgreSQL's SQLSTATE codes: the class (first two characters) mostly says enough.
StorageError postgresErrorFrom(const QSqlError& error, const Refusals& refusals,
                               const QString& role)
{
    const QString state = error.nativeErrorCode();
    const QString detail = error.text();
    if (state == QLatin1String("23503"))
        return StorageError(constraintMessage(ForeignKeyFailed, refusals), detail);
    if (state == QLatin1String("23505"))
        return StorageError(constraintMessage(UniqueFailed, refusals), detail);
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22")))
        return StorageError(constraintMessage(CheckFailed, refusals), detail);
    if (state == QLatin1String("25006"))
        return StorageError(
            QCoreApplication::translate(
                "Storage", "This database is open read-only, so the change was not saved. Open "
                           "a copy that you are allowed to change."),
            detail);
    if (state == QLatin1String("42501"))
        return refusalFor(role, error);
    if (state.startsWith(QLatin1String("40")) || state.startsWith(QLatin1String("55")))
        return StorageError(QCoreApplication::translate(
                                "Storage",
                                "Someone else was changing the same records on the server, so this "
                                "was not done. Try again in a moment."),
                            detail);
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57")) ||
        state.isEmpty())
        return StorageError(QCoreApplication::translate(
                                "Storage",
                                "The connection to the database server was lost, so this was not "
                                "done. Check the network and open the database again."),
                            detail);
    if (state == QLatin1String("53100"))
        return StorageError(QCoreApplication::translate(
                                "Storage",
                                "The database server's disk is full, so the change was not saved. "
                                "Tell the server's administrator."),
                            detail);
    return StorageError(QCoreApplication::translate(
                            "Storage", "The database reported an error, so this was not done. "
                                       "Please report it with the details."),
                        detail);
}

} // namespace

AccessRefused serverRefusal(const QString& role, bool rowLevel, const QString& detail)
{
    if (role == QLatin1String("viewer"))
        return AccessRefused(QCoreApplication::translate(
                                 "Storage",
                                 "Your login (viewer) may only read this database, so nothing was "
                                 "changed. Ask the secretariat to make the change."),
                             detail);
    if (role == QLatin1String("lead") && rowLevel)
        return AccessRefused(
            QCoreApplication::translate(
                "Storage", "Your login (lead) may change the follow-up only of the decisions and "
                           "action items assigned to you, so nothing was changed. Ask the "
                           "secretariat to change this one."),
            detail);
    if (role == QLatin1String("lead"))
        return AccessRefused(
            QCoreApplication::translate(
                "Storage", "Your login (lead) may not change this: only the secretariat can edit "
                           "meetings, approve or amend minutes and change the other records; a "
                           "lead changes only the follow-up of the decisions and action items "
                           "assigned to them. Nothing was changed."),
            detail);
    if (role == QLatin1String("secretariat"))
        return AccessRefused(
            QCoreApplication::translate(
                "Storage", "Your login (secretariat) may not do this: only the database's owner "
                           "can. Nothing was changed."),
            detail);
    return AccessRefused(QCoreApplication::translate(
                             "Storage", "The database server did not allow this to your login, "
                                        "so it was not done. Ask the server's administrator "
                                        "for the right to change the data."),
                         detail);
}

StorageError storageErrorFrom(const QSqlError& error, const Refusals& refusals, Engine engine,
                              const QString& role)
{
    if (isFrozenRefusal(error))
        return frozenRefusal(error);
    if (engine == Engine::Postgres)
        return postgresErrorFrom(error, refusals, role);
    const int code = error.nativeErrorCode().toInt();
    const QString detail = error.text();
    switch (code & 0xff) {
    case Busy:
    case Locked:
        return StorageError(
            QCoreApplication::translate(
                "Storage", "The database file is in use by another program, so this could not "
                           "be done. Close the other program or wait a moment, then try again."),
            detail);
    case ReadOnly:
        return StorageError(
            QCoreApplication::translate(
                "Storage", "This database is open read-only, so the change was not saved. Open "
                           "a copy that you are allowed to change."),
            detail);
    case Corrupt:
    case NotADatabase:
        return StorageError(QCoreApplication::translate(
                                "Storage",
                                "The database file is damaged, so this could not be done. Restore "
                                "the file from a backup copy."),
                            detail);
    case Full:
        return StorageError(
            QCoreApplication::translate(
                "Storage", "The disk is full, so the change was not saved. Free some space and "
                           "try again."),
            detail);
    case IoError:
    case CantOpen:
        return StorageError(QCoreApplication::translate(
                                "Storage",
                                "Jalaseh could not read or write the database file (a problem with "
                                "the disk or with permissions). Check the disk and try again."),
                            detail);
    case Constraint:
        return StorageError(constraintMessage(constraintKind(code, error.databaseText()), refusals),
                            detail);
    default:
        return StorageError(QCoreApplication::translate(
                                "Storage",
                                "The database reported an error, so this was not done. Please "
                                "report it with the details."),
                            detail);
    }
}

namespace {

bool preparable(const QString& sql)
{
    const QString start = sql.trimmed().left(7).toUpper();
    for (const char* verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES"}) {
        if (start.startsWith(QLatin1String(verb)))
            return true;
    }
    return false;
}

} // namespace

Statement::Statement(const Database& database, const QString& sql)
    : m_query(database.connection())
    , m_engine(database.engine())
    , m_database(&database)
{
    // Qt's PostgreSQL driver reads a forward-only result row by row, and a connection can then run
    // no other statement until it is read to the end; repositories read one result while writing
    // (search keys), so on a server each result is read whole.
    m_query.setForwardOnly(m_engine == Engine::Sqlite);
    if (m_engine == Engine::Postgres && !preparable(sql)) {
        m_unprepared = sql;
        return;
    }
    if (!m_query.prepare(sql))
        throwStorageError(m_query.lastError(), {}, m_engine);
}

Statement& Statement::bind(const QVariant& value)
{
    m_query.bindValue(m_nextBinding++, value);
    return *this;
}

Statement& Statement::bind(const QString& text)
{
    // A null QString binds as SQL NULL; text columns hold '' instead.
    return bind(text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text));
}

Statement& Statement::bind(std::optional<Id> id)
{
    return bind(id ? QVariant(*id) : QVariant());
}

Statement& Statement::bind(const QDate& date)
{
    return bind(date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant());
}

Statement& Statement::bind(const QTime& time)
{
    return bind(time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant());
}

Statement& Statement::bind(const QByteArray& bytes)
{
    return bind(bytes.isEmpty() ? QVariant() : QVariant(bytes));
}

void Statement::exec(const Refusals& refusals)
{
    m_nextBinding = 0;
    if (m_database)
        ++m_database->m_statementsRun;
    if (!(m_unprepared.isEmpty() ? m_query.exec() : m_query.exec(m_unprepared))) {
        // The failure aborted the transaction: its prepared statement can be freed only once
        // the transaction has been rolled back (FailedStatements.h).
        if (m_engine == Engine::Postgres && m_database && m_database->m_transactionDepth > 0)
            FailedStatements::keep(m_database->m_connectionName, m_query);
        throwError(refusals);
    }
}

bool Statement::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        throw storageErrorFrom(m_query.lastError(), {}, m_engine);
    return false;
}

QString Statement::text(int column) const
{
    return m_query.value(column).toString();
}

std::optional<Id> Statement::optionalId(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Dates and times are read by hand: QDate::fromString and QTime::fromString go through Qt's
// general parser, which took a third of the time of listing every meeting.
namespace {

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDate Statement::date(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return QDate();
    const QString text = value.toString(); // "yyyy-MM-dd", kept so by a CHECK rule
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return QDate::fromString(text, Qt::ISODate);
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

QTime Statement::time(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return QTime();
    const QString text = value.toString(); // "HH:mm"
    if (text.size() != 5 || text[2] != QLatin1Char(':'))
        return QTime::fromString(text, QStringLiteral("HH:mm"));
    return QTime(digitsAt(text, 0, 2), digitsAt(text, 3, 2));
}

Id Statement::lastInsertId() const
{
    if (m_engine == Engine::Sqlite)
        return m_query.lastInsertId().toLongLong();
    // Qt's PostgreSQL driver reports OIDs, which Jalaseh's tables do not have. Not lastval(): the
    // history's triggers (schema step 10) insert into the change log after the row, and lastval()
    // would be the log's id. currval() of the inserted table's own identity is this session's.
    static const QRegularExpression insertInto(QStringLiteral("^\\s*INSERT\\s+INTO\\s+\"?(\\w+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = insertInto.match(m_query.lastQuery());
    QSqlQuery query(m_database->connection());
    bool found = false;
    if (match.hasMatch()) {
        found = query.prepare(QStringLiteral("SELECT currval(pg_get_serial_sequence(?, 'id'))"));
        query.addBindValue(match.captured(1));
        found = found && query.exec();
    } else {
        found = query.exec(QStringLiteral("SELECT lastval()"));
    }
    if (!found || !query.next())
        throw storageErrorFrom(query.lastError(), {}, m_engine);
    return query.value(0).toLongLong();
}

void throwStorageError(const QSqlError& error, const Refusals& refusals, Engine engine,
                       const QString& role)
{
    // Thrown here, not returned by storageErrorFrom, which would slice the AccessRefused.
    if (isFrozenRefusal(error))
        throw frozenRefusal(error);
    if (engine == Engine::Postgres) {
        const QString state = error.nativeErrorCode();
        if (state == QLatin1String("42501"))
            throw refusalFor(role, error);
        if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
            throw TransactionCollision(storageErrorFrom(error, refusals, engine, role));
        if (state == QLatin1String("53100"))
            throw FileUnavailable(storageErrorFrom(error, refusals, engine, role),
                                  FileUnavailable::Cause::DiskFull);
        throw storageErrorFrom(error, refusals, engine, role);
    }
    // What the file or the disk refused, not the change: the window keeps such a change.
    using Cause = FileUnavailable::Cause;
    std::optional<Cause> cause;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Busy:
    case Locked:
        cause = Cause::InUse;
        break;
    case Full:
        cause = Cause::DiskFull;
        break;
    case ReadOnly:
        cause = Cause::ReadOnly;
        break;
    case IoError:
    case CantOpen:
        cause = Cause::DiskError;
        break;
    default:
        break;
    }
    if (cause)
        throw FileUnavailable(storageErrorFrom(error, refusals, engine, role), *cause);
    throw storageErrorFrom(error, refusals, engine, role);
}

void Statement::throwError(const Refusals& refusals) const
{
    throwStorageError(m_query.lastError(), refusals, m_engine,
                      m_database ? m_database->serverRole() : QString());
}

void Statement::throwUnknownKey(const QString& key) const
{
    throw StorageError(
        QCoreApplication::translate(
            "Storage", "The database holds a value this version of Jalaseh does not know, so "
                       "it may be damaged or from a newer version. Restore it from a backup copy "
                       "or update Jalaseh."),
        QStringLiteral("unknown key '%1' in: %2").arg(key, m_query.lastQuery()));
}

} // namespace jalaseh::storage
