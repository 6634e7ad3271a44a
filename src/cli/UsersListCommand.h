#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db ADDRESS users list`: the logins of the database, their roles and people.
class UsersListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
