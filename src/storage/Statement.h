#pragma once

#include "core/Enums.h"
#include "core/Id.h"
#include "storage/DatabaseAddress.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QTime>
#include <QVariant>
#include <optional>
#include <type_traits>

class QSqlError;

namespace jalaseh::storage {

class Database;

// What to tell the user when SQLite refuses a statement because of one of the schema's rules.
// Empty members fall back to a general sentence.
struct Refusals
{
    QString foreignKey; // a referenced row is missing, or a row still in use would be removed
    QString unique;     // a duplicate
    QString invalid;    // a CHECK or NOT NULL rule
};

// Turns a driver error into the sentence a user should read. `role` is the server login's Jalaseh
// role (Database::serverRole()), which names what a refused login may do instead. A refusal of
// the server (42501) is an AccessRefused; Statement throws it as such.
StorageError storageErrorFrom(const QSqlError& error, const Refusals& refusals = {},
                              Engine engine = Engine::Sqlite, const QString& role = {});

// Throws storageErrorFrom(...) as the class it is: AccessRefused for a refusal of the server,
// TransactionCollision for a transaction the server gave up (40001, 40P01), else StorageError.
[[noreturn]] void throwStorageError(const QSqlError& error, const Refusals& refusals, Engine engine,
                                    const QString& role = {});

// What the server refused a login of Jalaseh's `role` (ServerRoles.h; empty: another login), as
// a sentence naming what the role may do instead; `rowLevel` when a row-level security policy,
// not a grant, refused it (a lead and another's decision).
AccessRefused serverRefusal(const QString& role, bool rowLevel, const QString& detail);

// A prepared statement with positional, bound values and typed reading of columns, throwing
// StorageError on any failure. Values are always bound, never pasted into the SQL. A Statement can
// be executed again with new values (bindings restart after each exec).
class Statement
{
public:
    Statement(const Database& database, const QString& sql);

    Statement& bind(const QVariant& value);
    Statement& bind(const QString& text); // never NULL: a null QString is stored as ''
    Statement& bind(qint64 value) { return bind(QVariant(value)); }
    Statement& bind(int value) { return bind(QVariant(value)); }
    Statement& bind(bool value) { return bind(QVariant(value ? 1 : 0)); }
    Statement& bind(std::optional<Id> id);
    Statement& bind(const QDate& date); // ISO "yyyy-MM-dd", NULL when invalid
    Statement& bind(const QTime& time); // "HH:mm", NULL when invalid
    Statement& bind(const QByteArray& bytes);
    Statement& bind(const char*) = delete; // would silently pick bool; use QStringLiteral
    template <typename Enum>
    requires std::is_enum_v<Enum> Statement& bind(Enum value) { return bind(storageKey(value)); }

    void exec(const Refusals& refusals = {});
    bool next();

    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const;
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    bool flag(int column) const { return m_query.value(column).toLongLong() != 0; }
    std::optional<Id> optionalId(int column) const;
    QDate date(int column) const;
    QTime time(int column) const;
    QByteArray blob(int column) const { return m_query.value(column).toByteArray(); }
    template <typename Enum>
    Enum enumValue(int column) const
    {
        const QString key = text(column);
        if (const auto value = enumFromStorageKey<Enum>(key))
            return *value;
        throwUnknownKey(key);
    }

    Id lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    [[noreturn]] void throwUnknownKey(const QString& key) const;
    [[noreturn]] void throwError(const Refusals& refusals) const;

    QSqlQuery m_query;
    int m_nextBinding = 0;
    Engine m_engine = Engine::Sqlite;
    const Database* m_database = nullptr;
    // PostgreSQL prepares only queries (SELECT, INSERT, ...); other statements (the schema's)
    // run as they are.
    QString m_unprepared;
};

} // namespace jalaseh::storage
