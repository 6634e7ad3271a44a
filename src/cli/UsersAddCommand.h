#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db ADDRESS users add LOGIN --role ROLE`: a login of one of the three roles, its
// password asked for (never on the command line); see docs/server.md ("Roles and logins").
class UsersAddCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
