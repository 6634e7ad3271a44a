#include "UsersAddCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "ServerUsers.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ServerRoles.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace jalaseh::cli {
namespace {

using storage::ServerRoles::Role;

// One line typed on the terminal without showing it.
std::optional<QString> readHidden(QTextStream& err, const QString& prompt)
{
    err << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
}

// The people whose given and family names, split at some space, are `fullName`.
QList<Person> peopleNamed(storage::Database& database, const QString& fullName)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    storage::PersonRepository people(database);
    QList<Person> found;
    QSet<Id> seen;
    auto add = [&](const QList<Person>& candidates) {
        for (const Person& person : candidates) {
            if (!seen.contains(person.id)) {
                seen.insert(person.id);
                found.append(person);
            }
        }
    };
    if (words.size() == 1)
        add(people.findByName(words.first(), QString()));
    for (qsizetype split = 1; split < words.size(); ++split)
        add(people.findByName(words.mid(split).join(QLatin1Char(' ')),
                              words.mid(0, split).join(QLatin1Char(' '))));
    return found;
}

} // namespace

QString UsersAddCommand::name() const
{
    return QStringLiteral("users add");
}

QString UsersAddCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Add a login to a database on a server: secretariat, lead or viewer.");
}

QString UsersAddCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db ADDRESS users add LOGIN --role secretariat|lead|viewer\n"
        "                [--person \"GIVEN FAMILY\"] [--password-file FILE | --no-password]\n"
        "\n"
        "Makes LOGIN a login of the server that may use this database in one role, which the\n"
        "server itself enforces:\n"
        "  secretariat  reads and changes everything, approves and amends minutes\n"
        "  lead         reads everything; changes only the follow-up of the decisions and\n"
        "               action items assigned to the person given with --person\n"
        "  viewer       reads everything, changes nothing\n"
        "\n"
        "  --person \"GIVEN FAMILY\"  the person the login acts for (a lead needs one)\n"
        "  --password-file FILE    the password is the first line of FILE\n"
        "  --no-password           no password: the server authenticates the login otherwise\n"
        "                          (a certificate, peer); see pg_hba.conf\n"
        "Without either, the password is asked for on the terminal, twice. A password never\n"
        "goes on the command line. Only the database's owner with the right to create roles\n"
        "(or the server's administrator) may add logins. Logins belong to the whole server.\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add maryam "
        "--role secretariat\n"
        "  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add reza --role lead "
        "--person \"رضا احمدی\"\n"
        "  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add board --role "
        "viewer --password-file board.txt\n");
}

int UsersAddCommand::run(const Invocation& invocation)
{
    const QStringList roleSpelling{QStringLiteral("--role")};
    const QStringList personSpelling{QStringLiteral("--person")};
    const QStringList fileSpelling{QStringLiteral("--password-file")};
    const CommandArguments arguments(invocation.arguments,
                                     roleSpelling + personSpelling + fileSpelling,
                                     {QStringLiteral("--no-password")});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const auto roleKey = arguments.value(roleSpelling);
    const auto role = roleKey ? storage::ServerRoles::roleFromKey(*roleKey) : std::nullopt;
    if (arguments.positional().size() != 1 || !role) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "users add needs a login and its role, e.g. jalaseh "
                                             "--db ADDRESS users add maryam --role secretariat "
                                             "(roles: secretariat, lead, viewer).")
                       << Qt::endl;
        return UserError;
    }
    const QString login = arguments.positional().first();
    const auto passwordFile = arguments.value(fileSpelling);
    const bool noPassword = arguments.has(QStringLiteral("--no-password"));
    if (passwordFile && noPassword) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Give either --password-file or --no-password, "
                                             "not both.")
                       << Qt::endl;
        return UserError;
    }
    if (!passwordFile && !noPassword && !isatty(STDIN_FILENO)) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "users add asks for the password on a terminal; elsewhere give "
                              "--password-file FILE (its first line) or --no-password.")
                       << Qt::endl;
        return UserError;
    }

    auto database = openForUsers(invocation, UsersAccess::Manage);
    if (!database)
        return UserError;

    std::optional<Id> personId;
    QString personName;
    if (const auto person = arguments.value(personSpelling)) {
        const QList<Person> found = peopleNamed(*database, *person);
        if (found.size() != 1) {
            invocation.err << (found.isEmpty()
                                   ? QCoreApplication::translate(
                                         "CommandLine", "There is no person named “%1” in the "
                                                        "database. Give the given name, then the "
                                                        "family name, as the list of people "
                                                        "shows them (jalaseh list people).")
                                         .arg(*person)
                                   : QCoreApplication::translate(
                                         "CommandLine", "%1 people are named “%2”; give the name "
                                                        "in full as jalaseh list people shows it.")
                                         .arg(found.size())
                                         .arg(*person))
                           << Qt::endl;
            return UserError;
        }
        personId = found.first().id;
        personName = QString(found.first().givenName + QLatin1Char(' ') + found.first().familyName)
                         .trimmed();
    }

    std::optional<QString> password;
    if (passwordFile) {
        QFile file(*passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            invocation.err << QCoreApplication::translate("CommandLine",
                                                          "Cannot read the password file %1: %2")
                                  .arg(*passwordFile, file.errorString())
                           << Qt::endl;
            return UserError;
        }
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        password = line;
    } else if (!noPassword) {
        const auto first =
            readHidden(invocation.err,
                       QCoreApplication::translate("CommandLine", "Password for %1: ").arg(login));
        const auto second = readHidden(
            invocation.err, QCoreApplication::translate("CommandLine", "The same again: "));
        if (!first || !second || *first != *second) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine", "The two passwords differ, so no login was "
                                                 "added. Try again.")
                           << Qt::endl;
            return UserError;
        }
        password = first;
    }
    if (password && password->isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "The password is empty, so no login was added. "
                                             "Use --no-password for a login without one.")
                       << Qt::endl;
        return UserError;
    }

    try {
        storage::ServerRoles::addLogin(*database, login, *role, personId, password);
    } catch (const storage::StorageError& error) {
        // A name taken on the server, too long, or refused: the request, not a fault.
        invocation.err << error.userMessage() << Qt::endl;
        return UserError;
    }
    invocation.out << (personName.isEmpty()
                           ? QCoreApplication::translate("CommandLine",
                                                         "Added the login “%1” as %2 of %3.")
                                 .arg(login, *roleKey, shownDatabase(invocation))
                           : QCoreApplication::translate(
                                 "CommandLine", "Added the login “%1” as %2 of %3, for %4.")
                                 .arg(login, *roleKey, shownDatabase(invocation), personName))
                   << Qt::endl;
    if (*role == Role::Lead && !personId)
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Note: this lead is linked to no person, so it may change no "
                              "follow-up. Remove it and add it again with --person.")
                       << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
