#pragma once

// Fresh databases for tests on either engine. A test binary runs once on SQLite and once more
// on PostgreSQL (ctest's tests labelled `postgres`, with JALASEH_TEST_ENGINE=postgres and the
// server that tests/support/postgres-server.sh started); tests that ask here for their database
// run on both without knowing which.
#include <QString>
#include <QTemporaryDir>
#include <memory>

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

// A PostgreSQL server of a test's own (tests/support/postgres-server.sh in a folder of its own),
// for tests that stop and start it under an open session: never the shared server, which the
// other tests use at the same time. Starting one takes a few seconds. Fails the test when the
// server does not start, stop or start again.
class PrivateTestServer
{
public:
    PrivateTestServer();
    ~PrivateTestServer();
    PrivateTestServer(const PrivateTestServer&) = delete;
    PrivateTestServer& operator=(const PrivateTestServer&) = delete;

    // The address of its `postgres` database (empty; the test makes it a Jalaseh database).
    QString address() const;
    void pause();  // stops the server, keeping its data
    void resume(); // starts it again on the same port

private:
    bool script(const QString& action);
    QTemporaryDir m_state;
};

} // namespace jalaseh::test

class QSqlDatabase;

namespace jalaseh::test {

// Removes what schema steps 9 (minutes of record), 10 (history) and 12 (attachments) made, for tests that label a
// database with an older version to see it updated: the steps then make it again. Fails the test
// on an error.
void undoSchemaStepsFrom9(QSqlDatabase& database, bool postgres);

} // namespace jalaseh::test
