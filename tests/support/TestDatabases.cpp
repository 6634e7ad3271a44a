#include "TestDatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <atomic>
#include <catch2/catch.hpp>
#include <signal.h>
#include <unistd.h>

namespace jalaseh::test {
namespace {

// Where ctest's postgres_server fixture wrote the server's address; the variable overrides it
// (a server started by hand with tests/support/postgres-server.sh start FOLDER).
QString serverState()
{
    const QString state = qEnvironmentVariable("JALASEH_TEST_POSTGRES_STATE");
    return state.isEmpty() ? QStringLiteral(JALASEH_POSTGRES_STATE) : state;
}

QString readState(const QString& name)
{
    QFile file(serverState() + QLatin1Char('/') + name);
    if (serverState().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        FAIL("The PostgreSQL test server is not running ("
             << serverState().toStdString()
             << " has no address): run the test through ctest (its postgres_server fixture "
                "starts it), or start one with tests/support/postgres-server.sh start FOLDER "
                "and set JALASEH_TEST_POSTGRES_STATE=FOLDER.");
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A connection to the server's maintenance database, as the superuser, for this process.
QSqlDatabase maintenance()
{
    const QString name = QStringLiteral("jalaseh-test-maintenance");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const TestServer server = testServer();
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    connection.setHostName(server.socketFolder);
    connection.setPort(server.port);
    connection.setUserName(QStringLiteral("postgres"));
    connection.setDatabaseName(QStringLiteral("postgres"));
    connection.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!connection.open())
        FAIL("Cannot connect to the PostgreSQL test server: "
             << connection.lastError().text().toStdString());
    return connection;
}

// Databases of test processes that have ended; their names carry the process id.
void dropOrphans(QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    query.exec(QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'jt\\_%'"));
    QStringList orphans;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const pid_t pid = name.section(QLatin1Char('_'), 1, 1).toInt();
        if (pid > 0 && pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH)
            orphans.append(name);
    }
    for (const QString& name : orphans)
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name));
}

} // namespace

TestEngine testEngine()
{
    return qEnvironmentVariable("JALASEH_TEST_ENGINE") == QLatin1String("postgres")
               ? TestEngine::Postgres
               : TestEngine::Sqlite;
}

bool onPostgres()
{
    return testEngine() == TestEngine::Postgres;
}

TestServer testServer()
{
    TestServer server;
    server.socketFolder = readState(QStringLiteral("datadir"));
    server.port = readState(QStringLiteral("port")).toInt();
    return server;
}

void runOnTestServer(const QString& sql)
{
    QSqlDatabase connection = maintenance();
    QSqlQuery query(connection);
    if (!query.exec(sql))
        FAIL("The test server refused " << sql.toStdString() << ": "
                                        << query.lastError().text().toStdString());
}

QString freshDatabaseAddress(const QTemporaryDir& folder, const QString& fileName)
{
    if (!onPostgres())
        return folder.filePath(fileName);
    static std::atomic<int> count{0};
    static bool cleaned = false;
    QSqlDatabase connection = maintenance();
    if (!cleaned) {
        dropOrphans(connection);
        cleaned = true;
    }
    const QString name = QStringLiteral("jt_%1_%2").arg(getpid()).arg(++count);
    QSqlQuery query(connection);
    // FILE_COPY: a checkpoint and a copy of the small template, quicker than WAL_LOG here.
    if (!query.exec(QStringLiteral("CREATE DATABASE \"%1\" STRATEGY FILE_COPY").arg(name)))
        FAIL("The test server could not create a database: "
             << query.lastError().text().toStdString());
    const TestServer server = testServer();
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3")
        .arg(name, server.socketFolder)
        .arg(server.port);
}

PrivateTestServer::PrivateTestServer()
{
    if (!script(QStringLiteral("start")))
        FAIL("A PostgreSQL server of the test's own did not start");
}

PrivateTestServer::~PrivateTestServer()
{
    script(QStringLiteral("stop"));
}

QString PrivateTestServer::address() const
{
    QFile file(m_state.filePath(QStringLiteral("address")));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("The test's own PostgreSQL server has no address");
    return QString::fromUtf8(file.readAll()).trimmed();
}

void PrivateTestServer::pause()
{
    if (!script(QStringLiteral("pause")))
        FAIL("The test's own PostgreSQL server did not stop");
}

void PrivateTestServer::resume()
{
    if (!script(QStringLiteral("resume")))
        FAIL("The test's own PostgreSQL server did not start again");
}

bool PrivateTestServer::script(const QString& action)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(JALASEH_SERVER_SCRIPT), {action, m_state.path()});
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace jalaseh::test

void jalaseh::test::undoSchemaStepsFrom9(QSqlDatabase& database, bool postgres)
{
    QSqlQuery query(database);
    const auto run = [&](const QString& sql) {
        const bool ran = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ran);
    };
    // Step 12, attachments: the table takes its triggers with it.
    run(QStringLiteral("DROP TABLE attachment"));
    if (postgres) {
        run(QStringLiteral("DROP FUNCTION jalaseh_attachment_history()"));
        run(QStringLiteral("DROP FUNCTION jalaseh_frozen_attachment()"));
    }
    run(QStringLiteral("ALTER TABLE organisation DROP COLUMN attachment_limit"));
    // Step 10, the history: its triggers go with their function (a server) or one by one.
    if (postgres) {
        run(QStringLiteral("DROP FUNCTION jalaseh_history() CASCADE"));
    } else {
        QStringList logTriggers;
        run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                           "'%\\_history\\_%' ESCAPE '\\'"));
        while (query.next())
            logTriggers.append(query.value(0).toString());
        for (const QString& name : logTriggers)
            run(QStringLiteral("DROP TRIGGER %1").arg(name));
        run(QStringLiteral("DROP TABLE change_log_actor"));
    }
    run(QStringLiteral("DROP TABLE change_log"));
    // Step 9, the minutes of record.
    QStringList triggers;
    run(postgres ? QStringLiteral("SELECT proname FROM pg_proc WHERE proname LIKE "
                                  "'jalaseh\\_frozen\\_%'")
                 : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                  "name LIKE '%\\_frozen\\_%' ESCAPE '\\'"));
    while (query.next())
        triggers.append(query.value(0).toString());
    for (const QString& name : triggers)
        run(postgres ? QStringLiteral("DROP FUNCTION %1() CASCADE").arg(name)
                     : QStringLiteral("DROP TRIGGER %1").arg(name));
    run(QStringLiteral("DROP TABLE minutes_version"));
    run(QStringLiteral("ALTER TABLE organisation DROP COLUMN verification_address"));
}
