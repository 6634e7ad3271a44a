// Opening a database on a PostgreSQL server: every way a connection can fail gets one sentence
// and its own problem within the connect timeout, never a hang; a password is never shown.
// Tagged [server]: these run only in the PostgreSQL run (ctest label `postgres`).
#include "StorageFixture.h"
#include "TestDatabases.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/PersonRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;

namespace {

// The test server over loopback TCP, where passwords and TLS apply.
QString overTcp(const QString& user, const QString& password, const QString& database,
                const QString& extra = {})
{
    const auto server = jalaseh::test::testServer();
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4%5")
        .arg(user, password)
        .arg(server.port)
        .arg(database, extra);
}

QString databaseNameOf(const QString& address)
{
    bool ok = false;
    QString error;
    return DatabaseAddress::parse(address, &ok, &error).databaseName;
}

struct Attempt
{
    Database::OpenResult result;
    qint64 milliseconds = 0;
};

Attempt attempt(const QString& address, bool create = false)
{
    OpenOptions options;
    options.create = create;
    QElapsedTimer clock;
    clock.start();
    Attempt made{Database::open(address, options), 0};
    made.milliseconds = clock.elapsed();
    INFO(made.result.message.toStdString());
    return made;
}

void ensureLogin(const QString& name, const QString& password)
{
    jalaseh::test::runOnTestServer(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                       "rolname = '%1') THEN CREATE ROLE %1 LOGIN PASSWORD "
                       "'%2'; END IF; END $$")
            .arg(name, password));
}

} // namespace

TEST_CASE("Addresses are read as libpq reads them, and a password is never shown",
          "[storage][server]")
{
    bool ok = false;
    QString error;
    const auto address = DatabaseAddress::parse(
        QStringLiteral("postgresql://sec%40retary:s3cret%21@db.example.org:6543/jalaseh?"
                       "sslmode=require&connect_timeout=5"),
        &ok, &error);
    REQUIRE(ok);
    CHECK(address.engine == Engine::Postgres);
    CHECK(address.user == QStringLiteral("sec@retary"));
    CHECK(address.password == QStringLiteral("s3cret!"));
    CHECK(address.host == QStringLiteral("db.example.org"));
    CHECK(address.port == 6543);
    CHECK(address.databaseName == QStringLiteral("jalaseh"));
    CHECK(address.option(QStringLiteral("sslmode")) == QStringLiteral("require"));
    CHECK_FALSE(address.display().contains(QStringLiteral("s3cret")));
    // connectionText() puts the password back, encoded, and reads back as the same address.
    const auto again = DatabaseAddress::parse(address.connectionText(), &ok, &error);
    REQUIRE(ok);
    CHECK(again.password == QStringLiteral("s3cret!"));
    CHECK(again.user == QStringLiteral("sec@retary"));
    CHECK(again.display() == address.display());
    DatabaseAddress noUser = again;
    noUser.user.clear();
    CHECK(DatabaseAddress::parse(noUser.connectionText(), &ok, &error).password ==
          QStringLiteral("s3cret!"));

    const auto socket = DatabaseAddress::parse(
        QStringLiteral("postgresql://postgres@/minutes?host=/run/postgresql&port=5433"), &ok,
        &error);
    REQUIRE(ok);
    CHECK(socket.host == QStringLiteral("/run/postgresql"));
    CHECK(socket.port == 5433);

    CHECK(DatabaseAddress::parse(QStringLiteral("minutes.jalaseh"), &ok, &error).engine ==
          Engine::Sqlite);
    for (const QString& typo :
         {QStringLiteral("postgresql://u:pw@host/db?sslmod=require"),
          QStringLiteral("postgresql://u:pw@host:54x2/db"),
          QStringLiteral("postgresql://u:pw@host"), QStringLiteral("postgresq://u:pw@host/db")}) {
        const auto result = attempt(typo).result;
        CHECK(result.problem == OpenProblem::BadAddress);
        CHECK_FALSE(result.message.contains(QStringLiteral("pw")));
    }
}

TEST_CASE("A new database is made on an empty server database and opens again", "[storage][server]")
{
    QTemporaryDir folder;
    const QString address = jalaseh::test::freshDatabaseAddress(folder);
    {
        const auto empty = attempt(address, false).result;
        CHECK(empty.problem == OpenProblem::NotJalaseh);
        CHECK(empty.message.contains(QStringLiteral("init")));
    }
    {
        auto created = attempt(address, true).result;
        REQUIRE(created.database);
        CHECK(created.database->engine() == Engine::Postgres);
        CHECK(created.database->schemaVersion() == Database::currentSchemaVersion());
        Person person;
        person.familyName = QStringLiteral("رضایی");
        CHECK(PersonRepository(*created.database).insert(person) == 1);
    }
    auto again = attempt(address).result;
    REQUIRE(again.database);
    CHECK(PersonRepository(*again.database).all().size() == 1);
}

TEST_CASE("A server database of a newer schema or of another program is refused",
          "[storage][server]")
{
    QTemporaryDir folder;
    const QString address = jalaseh::test::freshDatabaseAddress(folder);
    {
        auto created = attempt(address, true).result;
        REQUIRE(created.database);
        QSqlQuery query(created.database->connection());
        REQUIRE(query.exec(QStringLiteral("UPDATE jalaseh_schema SET version = 99")));
    }
    const auto newer = attempt(address).result;
    CHECK(newer.problem == OpenProblem::NewerVersion);
    CHECK(newer.message.contains(QStringLiteral("newer version")));

    const QString other = jalaseh::test::freshDatabaseAddress(folder);
    {
        // Another program's table, made without the storage layer.
        const QString name = databaseNameOf(other);
        jalaseh::test::runOnTestServer(QStringLiteral("SELECT 1"));
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        raw.setHostName(jalaseh::test::testServer().socketFolder);
        raw.setPort(jalaseh::test::testServer().port);
        raw.setUserName(QStringLiteral("postgres"));
        raw.setDatabaseName(name);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE invoices (id int)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto foreign = attempt(other, true).result;
    CHECK(foreign.problem == OpenProblem::NotJalaseh);
    CHECK(foreign.message.contains(QStringLiteral("another program")));
}

TEST_CASE("Bad connections fail quickly with one sentence each", "[storage][server]")
{
    QTemporaryDir folder;
    const QString address = jalaseh::test::freshDatabaseAddress(folder);
    const QString database = databaseNameOf(address);
    REQUIRE(attempt(address, true).result.database);
    ensureLogin(QStringLiteral("jalaseh_clerk"), QStringLiteral("right-password"));
    ensureLogin(QStringLiteral("jalaseh_stranger"), QStringLiteral("stranger-password"));
    jalaseh::test::runOnTestServer(
        QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(database));
    jalaseh::test::runOnTestServer(
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO jalaseh_clerk").arg(database));

    struct Case
    {
        const char* what;
        QString address;
        OpenProblem problem;
        const char* says;
    };
    const auto server = jalaseh::test::testServer();
    const QList<Case> cases{
        {"server down", QStringLiteral("postgresql://u:pw@127.0.0.1:1/x"),
         OpenProblem::ServerUnreachable, "No database server answered"},
        {"no socket", QStringLiteral("postgresql://u:pw@/x?host=%1/nothing").arg(folder.path()),
         OpenProblem::ServerUnreachable, "No database server answered"},
        {"wrong password",
         overTcp(QStringLiteral("jalaseh_clerk"), QStringLiteral("wrong-password"), database),
         OpenProblem::LoginRefused, "password is wrong"},
        {"unknown login", overTcp(QStringLiteral("nobody_at_all"), QStringLiteral("pw"), database),
         OpenProblem::LoginRefused, "password is wrong"},
        {"database missing",
         overTcp(QStringLiteral("jalaseh_clerk"), QStringLiteral("right-password"),
                 QStringLiteral("no_such_database")),
         OpenProblem::NoSuchDatabase, "has no database named"},
        {"no permission to connect",
         overTcp(QStringLiteral("jalaseh_stranger"), QStringLiteral("stranger-password"), database),
         OpenProblem::NotAllowed, "does not allow"},
        {"no permission on the tables",
         overTcp(QStringLiteral("jalaseh_clerk"), QStringLiteral("right-password"), database),
         OpenProblem::NotAllowed, "may not read"},
        {"TLS required but refused",
         overTcp(QStringLiteral("jalaseh_clerk"), QStringLiteral("right-password"), database,
                 QStringLiteral("?sslmode=require")),
         OpenProblem::EncryptionRefused, "encrypted connection"},
        {"a host name with a typo", QStringLiteral("postgresql://u:pw@no-such-host.invalid/x"),
         OpenProblem::ServerUnreachable, "no-such-host.invalid"},
    };
    for (const Case& one : cases) {
        INFO(one.what);
        const Attempt made = attempt(one.address);
        INFO(made.result.message.toStdString());
        CHECK_FALSE(made.result.database);
        CHECK(made.result.problem == one.problem);
        CHECK(made.result.message.contains(QLatin1String(one.says)));
        CHECK_FALSE(made.result.message.contains(QStringLiteral("password-")));
        CHECK_FALSE(made.result.message.contains(QLatin1Char('\n')));
        CHECK(made.milliseconds < 10000);
    }
    (void)server;
}

TEST_CASE("The right login over TCP opens the database", "[storage][server]")
{
    QTemporaryDir folder;
    const QString address = jalaseh::test::freshDatabaseAddress(folder);
    const QString database = databaseNameOf(address);
    REQUIRE(attempt(address, true).result.database);
    ensureLogin(QStringLiteral("jalaseh_secretary"), QStringLiteral("p@ss word"));
    jalaseh::test::runOnTestServer(
        QStringLiteral("ALTER DATABASE %1 OWNER TO jalaseh_secretary").arg(database));
    {
        auto owner = attempt(address).result;
        REQUIRE(owner.database);
        QSqlQuery query(owner.database->connection());
        REQUIRE(query.exec(QStringLiteral(
            "DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE "
            "schemaname = 'public' LOOP EXECUTE 'ALTER TABLE ' || t || ' OWNER TO "
            "jalaseh_secretary'; END LOOP; END $$")));
    }
    auto opened = attempt(overTcp(QStringLiteral("jalaseh_secretary"),
                                  QStringLiteral("p%40ss%20word"), database))
                      .result;
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    CHECK_FALSE(opened.database->isReadOnly());
    CHECK_FALSE(opened.database->path().contains(QStringLiteral("p@ss")));
}
