#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh templates [copy] [--folder DIR]`: where the minutes templates come from, and a copy of
// the built-in ones to edit.
class TemplatesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool needsDatabase() const override { return false; }
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
