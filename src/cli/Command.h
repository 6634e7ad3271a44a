#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace jalaseh::cli {

// Exit codes of every command: 0 done, 1 the user asked for something wrong or impossible (the
// message on stderr says what and what to do), 2 something broke inside Jalaseh.
enum ExitCode
{
    Ok = 0,
    UserError = 1,
    InternalError = 2
};

// What a command gets: its own arguments (after the command words), the --db path if one was
// given, and the two streams. Commands never touch std::cout directly so tests can run them.
struct Invocation
{
    QString databasePath;
    QStringList arguments;
    QTextStream& out;
    QTextStream& err;
};

// One command of `jalaseh`, e.g. "list" or "export minutes". Each command lives in its own file
// and registers itself in CommandLine.cpp.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;    // one or two words: "init", "export meeting"
    virtual QString summary() const = 0; // one line for `jalaseh --help`
    virtual QString help() const = 0;    // the full text for `jalaseh COMMAND --help`
    virtual bool needsDatabase() const { return true; }
    virtual int run(const Invocation& invocation) = 0;
};

} // namespace jalaseh::cli
