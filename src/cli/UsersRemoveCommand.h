#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db ADDRESS users remove LOGIN`: drops a login of the database from the server.
class UsersRemoveCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
