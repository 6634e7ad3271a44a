// Roles enforced by the server (`jalaseh users ...`, storage/ServerRoles.h): a secretariat, a lead
// linked to a person and a viewer, each connected over the loopback port with its password, and
// what the server lets each do. Tagged [server]: these run only in the PostgreSQL run (label
// `postgres`); the [sqlite] cases show that files have no users.
#include "CommandRun.h"
#include "TestDatabases.h"
#include "storage/ActionItemRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ServerRoles.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace jalaseh;
using namespace jalaseh::storage;

namespace {

// Quotes, a backslash, a space and Persian letters: what the hand-written quoting must carry.
const QString password = QStringLiteral("pa'ss\\wo\"rd رمز ۱۲");

QString databaseNameOf(const QString& address)
{
    bool ok = false;
    QString error;
    return DatabaseAddress::parse(address, &ok, &error).databaseName;
}

// Logins are server-wide and outlive the test's database: each process names its own.
QString loginName(const QString& base)
{
    return QStringLiteral("%1_%2").arg(base).arg(getpid());
}

QString overTcp(const QString& user, const QString& database)
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)),
             QString::fromLatin1(QUrl::toPercentEncoding(password)))
        .arg(jalaseh::test::testServer().port)
        .arg(database);
}

CommandRun users(const QString& database, QStringList arguments)
{
    arguments.prepend(QStringLiteral("users"));
    arguments.prepend(database);
    arguments.prepend(QStringLiteral("--db"));
    CommandRun run = runJalaseh(arguments);
    INFO(run.err.toStdString());
    return run;
}

std::unique_ptr<Database> openAs(const QString& user, const QString& database)
{
    auto opened = Database::open(overTcp(user, database));
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    return std::move(opened.database);
}

// What a refused repository call threw; fails the test when nothing was thrown.
QString refusal(const std::function<void()>& change)
{
    try {
        change();
    } catch (const AccessRefused& error) {
        return error.userMessage();
    }
    FAIL("the change was not refused");
    return {};
}

struct Network
{
    QTemporaryDir folder;
    QString owner; // the address as the superuser who made it
    QString name;  // the database's name on the server
    QString passwordFile;
    Id lead = 0;      // the person linked to the lead's login
    QString leadName; // "given family"
    Id leadsDecision = 0;
    Id othersDecision = 0;
    Id leadsItem = 0;
    Id othersItem = 0;
    Meeting meeting;
};

void makeNetwork(Network& network)
{
    network.owner = jalaseh::test::freshDatabaseAddress(network.folder);
    network.name = databaseNameOf(network.owner);
    REQUIRE(runJalaseh({QStringLiteral("--db"), network.owner, QStringLiteral("init"),
                        QStringLiteral("--demo")})
                .exitCode == 0);
    network.passwordFile = network.folder.filePath(QStringLiteral("password.txt"));
    QFile file(network.passwordFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(password.toUtf8() + "\nnot the password\n");
    file.close();

    auto opened = Database::open(network.owner);
    REQUIRE(opened.database);
    Database& database = *opened.database;
    const QList<Person> people = PersonRepository(database).all();
    REQUIRE(people.size() >= 2);
    network.lead = people.at(0).id;
    network.leadName = people.at(0).givenName + QLatin1Char(' ') + people.at(0).familyName;
    // The decisions of meetings whose minutes are open: the demo's approved meeting is frozen.
    QList<Decision> decisions;
    for (const Decision& decision : DecisionRepository(database).all())
        if (MeetingRepository(database).find(decision.meetingId)->status !=
            MeetingStatus::MinutesApproved)
            decisions.append(decision);
    REQUIRE(decisions.size() >= 2);
    decisions[0].responsibleId = network.lead;
    decisions[1].responsibleId = people.at(1).id;
    DecisionRepository(database).update(decisions[0]);
    DecisionRepository(database).update(decisions[1]);
    network.leadsDecision = decisions[0].id;
    network.othersDecision = decisions[1].id;
    ActionItem item;
    item.meetingId = decisions[0].meetingId;
    item.task = QStringLiteral("گزارش");
    item.ownerId = network.lead;
    network.leadsItem = ActionItemRepository(database).insert(item);
    ActionItem other;
    other.meetingId = decisions[0].meetingId;
    other.task = QStringLiteral("نامه");
    other.ownerId = people.at(1).id;
    network.othersItem = ActionItemRepository(database).insert(other);
    network.meeting = *MeetingRepository(database).find(decisions[0].meetingId);
}

} // namespace

TEST_CASE("The server enforces the secretariat's, a lead's and a viewer's rights", "[cli][server]")
{
    Network network;
    makeNetwork(network);
    const QString secretariat = loginName(QStringLiteral("sec \"دبیر\""));
    const QString lead = loginName(QStringLiteral("lead'رضا"));
    const QString viewer = loginName(QStringLiteral("viewer"));
    const QString file = network.passwordFile;
    REQUIRE(users(network.owner,
                  {QStringLiteral("add"), secretariat, QStringLiteral("--role"),
                   QStringLiteral("secretariat"), QStringLiteral("--password-file"), file})
                .exitCode == 0);
    const CommandRun added =
        users(network.owner, {QStringLiteral("add"), lead, QStringLiteral("--role"),
                              QStringLiteral("lead"), QStringLiteral("--person"), network.leadName,
                              QStringLiteral("--password-file"), file});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(lead));
    REQUIRE(
        users(network.owner, {QStringLiteral("add"), viewer, QStringLiteral("--role"),
                              QStringLiteral("viewer"), QStringLiteral("--password-file"), file})
            .exitCode == 0);

    SECTION("users list shows each login with its role and person")
    {
        const CommandRun list =
            users(network.owner,
                  {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("tsv")});
        REQUIRE(list.exitCode == 0);
        QMap<QString, QStringList> rows;
        for (const QStringList& row : tsvRows(list.out))
            rows.insert(row.first(), row);
        REQUIRE(rows.size() == 3);
        CHECK(rows.value(secretariat).at(1) == QStringLiteral("secretariat"));
        CHECK(rows.value(viewer).at(1) == QStringLiteral("viewer"));
        CHECK(rows.value(lead).at(1) == QStringLiteral("lead"));
        CHECK(rows.value(lead).at(2) == QString::number(network.lead));
        // Adding a login that exists is refused in a sentence.
        const CommandRun again =
            users(network.owner, {QStringLiteral("add"), viewer, QStringLiteral("--role"),
                                  QStringLiteral("viewer"), QStringLiteral("--no-password")});
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("already has a login")));
    }

    SECTION("a viewer reads and may change nothing")
    {
        auto database = openAs(viewer, network.name);
        CHECK(database->serverRole() == QStringLiteral("viewer"));
        CHECK(database->isReadOnly());
        CHECK_FALSE(PersonRepository(*database).all().isEmpty());
        const QString before = databaseContents(network.owner);
        Person person;
        person.familyName = QStringLiteral("تازه");
        CHECK(refusal([&] {
                  PersonRepository(*database).insert(person);
              }).contains(QStringLiteral("(viewer)")));
        CHECK(refusal([&] {
                  DecisionRepository(*database).setFollowUp(network.leadsDecision,
                                                            FollowUpState::Done);
              }).contains(QStringLiteral("(viewer)")));
        // Behind the program's back too: the server itself refuses.
        QSqlQuery query(database->connection());
        CHECK_FALSE(query.exec(QStringLiteral("UPDATE person SET notes = 'x'")));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("42501"));
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO jalaseh_login VALUES ('x', NULL)")));
        // The command line: refused, exit 1, nothing changed.
        const CommandRun init = runJalaseh({QStringLiteral("--db"), overTcp(viewer, network.name),
                                            QStringLiteral("init"), QStringLiteral("--demo"),
                                            QStringLiteral("--force")});
        CHECK(init.exitCode == 1);
        CHECK_FALSE(init.err.isEmpty());
        CHECK(databaseContents(network.owner) == before);
    }

    SECTION("a lead changes the follow-up of what is assigned to the linked person, nothing else")
    {
        auto database = openAs(lead, network.name);
        CHECK(database->serverRole() == QStringLiteral("lead"));
        CHECK_FALSE(database->isReadOnly());
        DecisionRepository decisions(*database);
        decisions.setFollowUp(network.leadsDecision, FollowUpState::Done);
        CHECK(decisions.find(network.leadsDecision)->followUp == FollowUpState::Done);
        ActionItemRepository items(*database);
        items.setState(network.leadsItem, FollowUpState::InProgress);
        CHECK(items.find(network.leadsItem)->state == FollowUpState::InProgress);

        const QString before = databaseContents(network.owner);
        const QString others =
            refusal([&] { decisions.setFollowUp(network.othersDecision, FollowUpState::Done); });
        CHECK(others.contains(QStringLiteral("(lead)")));
        CHECK(others.contains(QStringLiteral("assigned to you")));
        CHECK(refusal([&] {
                  items.setState(network.othersItem, FollowUpState::Done);
              }).contains(QStringLiteral("assigned to you")));
        // The text of the own decision is the secretariat's.
        Decision own = *decisions.find(network.leadsDecision);
        own.text += QStringLiteral(" (تغییر)");
        CHECK(refusal([&] { decisions.update(own); }).contains(QStringLiteral("(lead)")));
        // Neither a meeting nor its minutes' approval.
        Meeting meeting = network.meeting;
        meeting.title = QStringLiteral("عنوان دیگر");
        CHECK(refusal([&] {
                  MeetingRepository(*database).update(meeting);
              }).contains(QStringLiteral("only the secretariat")));
        meeting = network.meeting;
        meeting.status = MeetingStatus::MinutesApproved;
        CHECK_THROWS_AS(MeetingRepository(*database).update(meeting), AccessRefused);
        Person person;
        person.familyName = QStringLiteral("تازه");
        CHECK_THROWS_AS(PersonRepository(*database).insert(person), AccessRefused);
        CHECK(databaseContents(network.owner) == before);

        // The command line says so in the role's words, exits 1 and changes nothing.
        const CommandRun init =
            runJalaseh({QStringLiteral("--db"), overTcp(lead, network.name), QStringLiteral("init"),
                        QStringLiteral("--demo"), QStringLiteral("--force")});
        CHECK(init.exitCode == 1);
        CHECK(init.err.contains(QStringLiteral("(lead)")));
        CHECK(databaseContents(network.owner) == before);
    }

    SECTION("the secretariat edits everything and approves minutes, but manages no logins")
    {
        auto database = openAs(secretariat, network.name);
        CHECK(database->serverRole() == QStringLiteral("secretariat"));
        DecisionRepository decisions(*database);
        Decision others = *decisions.find(network.othersDecision);
        others.text += QStringLiteral(" (اصلاح)");
        others.followUp = FollowUpState::Done;
        decisions.update(others);
        CHECK(decisions.find(network.othersDecision)->text == others.text);
        Meeting meeting = network.meeting;
        meeting.status = MeetingStatus::MinutesApproved;
        MeetingRepository(*database).update(meeting);
        CHECK(MeetingRepository(*database).find(meeting.id)->status ==
              MeetingStatus::MinutesApproved);
        Person person;
        person.familyName = QStringLiteral("تازه");
        CHECK(PersonRepository(*database).insert(person) > 0);

        const CommandRun remove =
            users(overTcp(secretariat, network.name), {QStringLiteral("remove"), viewer});
        CHECK(remove.exitCode == 1);
        CHECK(remove.err.contains(QStringLiteral("may not manage the users")));

        // Approved minutes go only with the whole database, which only its owner replaces.
        const QString before = databaseContents(network.owner);
        const CommandRun init =
            runJalaseh({QStringLiteral("--db"), overTcp(secretariat, network.name),
                        QStringLiteral("init"), QStringLiteral("--force")});
        INFO(init.err.toStdString());
        CHECK(init.exitCode == 1);
        CHECK(init.err.contains(QStringLiteral("only the database's owner can")));
        CHECK(databaseContents(network.owner) == before);
    }

    SECTION("the server writes the history with each login, and no login may rewrite it")
    {
        auto asLead = openAs(lead, network.name);
        DecisionRepository(*asLead).setFollowUp(network.leadsDecision, FollowUpState::Done);
        auto asSecretariat = openAs(secretariat, network.name);
        Meeting meeting = *MeetingRepository(*asSecretariat).find(network.meeting.id);
        meeting.title = QStringLiteral("عنوان تازه");
        MeetingRepository(*asSecretariat).update(meeting);

        auto asViewer = openAs(viewer, network.name);
        const QList<HistoryEntry> ofDecision =
            ChangeLogRepository(*asViewer).forDecision(network.leadsDecision);
        REQUIRE_FALSE(ofDecision.isEmpty());
        CHECK(ofDecision.first().login == lead);
        CHECK(ofDecision.first().action == HistoryEntry::Action::Changed);
        REQUIRE(ofDecision.first().fields.size() == 1);
        CHECK(ofDecision.first().fields.first().column == QStringLiteral("follow_up"));
        CHECK(ofDecision.first().fields.first().after == QVariant(QStringLiteral("done")));
        const QList<HistoryEntry> ofMeeting =
            ChangeLogRepository(*asViewer).forMeeting(network.meeting.id);
        REQUIRE_FALSE(ofMeeting.isEmpty());
        CHECK(ofMeeting.first().login == secretariat);
        CHECK(ofMeeting.first().table == QStringLiteral("meeting"));
        REQUIRE(ofMeeting.first().fields.size() == 1);
        CHECK(ofMeeting.first().fields.first().before == QVariant(network.meeting.title));
        CHECK(ofMeeting.first().fields.first().after == QVariant(QStringLiteral("عنوان تازه")));

        // Not even the secretariat writes the log itself, or pauses it.
        QSqlQuery query(asSecretariat->connection());
        for (const QString& sql :
             {QStringLiteral("INSERT INTO change_log (changed_at, table_name, row_id, action) "
                             "VALUES (now(), 'meeting', 1, 'update')"),
              QStringLiteral("UPDATE change_log SET login = 'someone'"),
              QStringLiteral("DELETE FROM change_log")}) {
            INFO(sql.toStdString());
            CHECK_FALSE(query.exec(sql));
            CHECK(query.lastError().nativeErrorCode() == QStringLiteral("42501"));
        }
        REQUIRE(query.exec(QStringLiteral("SET jalaseh.history = 'off'")));
        meeting = *MeetingRepository(*asSecretariat).find(network.meeting.id);
        meeting.venue = QStringLiteral("تالار");
        MeetingRepository(*asSecretariat).update(meeting);
        const QList<HistoryEntry> after =
            ChangeLogRepository(*asViewer).forMeeting(network.meeting.id);
        REQUIRE(after.size() == ofMeeting.size() + 1);
        CHECK(after.first().fields.first().column == QStringLiteral("venue"));
    }

    SECTION("users remove drops the login: it can no longer connect")
    {
        REQUIRE(users(network.owner, {QStringLiteral("remove"), viewer}).exitCode == 0);
        const CommandRun list =
            users(network.owner,
                  {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("tsv")});
        CHECK(tsvRows(list.out).size() == 2);
        const auto refused = Database::open(overTcp(viewer, network.name));
        CHECK(refused.problem == OpenProblem::LoginRefused);
        CHECK(users(network.owner, {QStringLiteral("remove"), viewer}).exitCode == 1);
    }

    SECTION("only the secretariat approves and amends minutes, and approved minutes stay")
    {
        const QString meeting = QString::number(network.meeting.id);
        const auto as = [&](const QString& login, QStringList arguments) {
            arguments.prepend(overTcp(login, network.name));
            arguments.prepend(QStringLiteral("--db"));
            return runJalaseh(arguments);
        };
        const QStringList approve{QStringLiteral("approve"), QStringLiteral("minutes"), meeting};
        const QStringList amend{QStringLiteral("amend"), QStringLiteral("minutes"), meeting,
                                QStringLiteral("--reason"), QStringLiteral("اصلاح")};
        const CommandRun byLead = as(lead, approve);
        CHECK(byLead.exitCode == 1);
        CHECK(byLead.err.contains(QStringLiteral("(lead)")));
        const CommandRun byViewer = as(viewer, approve);
        CHECK(byViewer.exitCode == 1);
        const CommandRun approved = as(secretariat, approve);
        INFO(approved.err.toStdString());
        REQUIRE(approved.exitCode == 0);
        CHECK(as(viewer, {QStringLiteral("verify"), approved.out.trimmed().split(u'\n').last()})
                  .exitCode == 0);
        // Not even the secretariat edits approved minutes, behind the program's back or not.
        auto database = openAs(secretariat, network.name);
        QSqlQuery query(database->connection());
        CHECK_FALSE(query.exec(QStringLiteral("UPDATE meeting SET title = 'x' WHERE id = %1")
                                   .arg(network.meeting.id)));
        CHECK(
            query.lastError().databaseText().contains(QStringLiteral("jalaseh_minutes_approved")));
        // Following up goes on: a lead's own decision of the approved meeting.
        auto asLead = openAs(lead, network.name);
        DecisionRepository(*asLead).setFollowUp(network.leadsDecision, FollowUpState::Done);
        CHECK(as(lead, amend).exitCode == 1);
        const CommandRun amended = as(secretariat, amend);
        INFO(amended.err.toStdString());
        CHECK(amended.exitCode == 0);
    }

    // Clean up the server-wide logins (the database goes with the test process).
    for (const QString& login : {secretariat, lead, viewer})
        jalaseh::test::runOnTestServer(
            QStringLiteral("DROP ROLE IF EXISTS %1").arg(ServerRoles::quotedIdentifier(login)));
}

TEST_CASE("Two databases on one server keep their roles and logins apart", "[cli][server]")
{
    Network first;
    makeNetwork(first);
    QTemporaryDir folder;
    const QString second = jalaseh::test::freshDatabaseAddress(folder);
    REQUIRE(runJalaseh({QStringLiteral("--db"), second, QStringLiteral("init")}).exitCode == 0);
    const QString secondName = databaseNameOf(second);
    CHECK(ServerRoles::groupRoleName(first.name, ServerRoles::Role::Lead) !=
          ServerRoles::groupRoleName(secondName, ServerRoles::Role::Lead));

    const QString login = loginName(QStringLiteral("apart"));
    REQUIRE(users(first.owner, {QStringLiteral("add"), login, QStringLiteral("--role"),
                                QStringLiteral("secretariat"), QStringLiteral("--password-file"),
                                first.passwordFile})
                .exitCode == 0);
    CHECK(tsvRows(users(second,
                        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("tsv")})
                      .out)
              .isEmpty());
    // The secretariat of the first has no rights in the second.
    jalaseh::test::runOnTestServer(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC")
                                       .arg(ServerRoles::quotedIdentifier(secondName)));
    const auto opened = Database::open(overTcp(login, secondName));
    CHECK_FALSE(opened.database);
    CHECK(opened.problem == OpenProblem::NotAllowed);
    // And removing it from the second is refused: it is not one of its logins.
    CHECK(users(second, {QStringLiteral("remove"), login}).exitCode == 1);
    jalaseh::test::runOnTestServer(
        QStringLiteral("DROP ROLE IF EXISTS %1").arg(ServerRoles::quotedIdentifier(login)));

    SECTION("a long database name gets short role names of its own")
    {
        const QString longName = QString(60, QLatin1Char('x')) + QStringLiteral("کتابخانه");
        const QString role = ServerRoles::groupRoleName(longName, ServerRoles::Role::Secretariat);
        CHECK(role.toUtf8().size() <= 63);
        CHECK(role != ServerRoles::groupRoleName(longName + QLatin1Char('2'),
                                                 ServerRoles::Role::Secretariat));
    }
}

TEST_CASE("Users are for a server: on a file the users commands refuse", "[cli][sqlite]")
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("minutes.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), file, QStringLiteral("init")}).exitCode == 0);
    const QString before = databaseContents(file);
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("remove"), QStringLiteral("reza")},
          QStringList{QStringLiteral("add"), QStringLiteral("reza"), QStringLiteral("--role"),
                      QStringLiteral("lead"), QStringLiteral("--no-password")}}) {
        const CommandRun run = users(file, arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("for a database on a server")));
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK(databaseContents(file) == before);
}

TEST_CASE("Quoting for the server's utility statements", "[cli][sqlite]")
{
    CHECK(ServerRoles::quotedIdentifier(QStringLiteral("a\"b")) == QStringLiteral("\"a\"\"b\""));
    CHECK(ServerRoles::quotedLiteral(QStringLiteral("it's \\ ر")) ==
          QStringLiteral("E'it''s \\\\ ر'"));
    CHECK_THROWS_AS(ServerRoles::quotedLiteral(QStringLiteral("a") + QChar(0)), StorageError);
}
