#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE verify ID`: tells whether a document id names approved minutes of the
// database, and which; exits 1 for an id that is mistyped, unknown or whose minutes changed.
class VerifyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
