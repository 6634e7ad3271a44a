#pragma once

// Fresh databases for tests on either engine. A test binary runs once on SQLite and once more
// on PostgreSQL (ctest's tests labelled `postgres`, with JALASEH_TEST_ENGINE=postgres and the
// server that tests/support/postgres-server.sh started); tests that ask here for their database
// run on both without knowing which.
#include <QString>
#include <QTemporaryDir>

namespace jalaseh::test {

enum class TestEngine
{
    Sqlite,
    Postgres,
};

// The engine of this run: JALASEH_TEST_ENGINE=postgres, or SQLite.
TestEngine testEngine();
bool onPostgres();

// The address of a new, empty database: a file path in `folder` on SQLite, a new database of its
// own on the test server on PostgreSQL (dropped when the next test process finds this one gone).
// Fails the test (never skips it) when the server cannot be reached.
QString freshDatabaseAddress(const QTemporaryDir& folder,
                             const QString& fileName = QStringLiteral("jalaseh.db"));

// The test server itself, for tests of connections: its Unix socket folder and loopback port,
// and the address of a database on it as `user` (superuser `postgres` when empty).
struct TestServer
{
    QString socketFolder;
    int port = 0;
};
TestServer testServer();
// Runs one statement on the server's maintenance database as the superuser (CREATE ROLE ...).
void runOnTestServer(const QString& sql);

} // namespace jalaseh::test
