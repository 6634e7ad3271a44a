#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace jalaseh::storage {

// The two database engines Jalaseh stores its data in: an SQLite file for one person, a
// PostgreSQL server for the network. Every difference between them lives in src/storage
// (SqlDialect names them).
enum class Engine
{
    Sqlite,
    Postgres,
};

// Where a database is: a file path, or a PostgreSQL address in libpq's URI form
// `postgresql://user[:password]@host[:port]/dbname?sslmode=require&host=/socket/folder`.
// The password is kept only to connect; display() never shows it.
struct DatabaseAddress
{
    Engine engine = Engine::Sqlite;
    QString filePath; // SQLite
    // PostgreSQL; an empty host means libpq's default (the local Unix socket).
    QString host;
    int port = 0; // 0: libpq's default
    QString user;
    QString password;
    QString databaseName;
    QList<QPair<QString, QString>>
        options; // further libpq keywords (sslmode, connect_timeout, ...)

    // True when the text is meant as a server address (it starts with postgresql:// or
    // postgres://), even when parse() would refuse it.
    static bool isServerAddress(const QString& text);
    // Reads a file path or a server address. A server address with a mistake gives nullopt-like
    // `ok == false` and a sentence for the user in *error.
    static DatabaseAddress parse(const QString& text, bool* ok, QString* error);

    QString option(const QString& key) const;
    // The address as the user may see it: the password left out.
    QString display() const;
    // display() with the password put back: only to hand to Database::open, never to show or
    // keep (the window asks for a password and connects with it, keeping it in memory only).
    QString connectionText() const;
};

} // namespace jalaseh::storage
