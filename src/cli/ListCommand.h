#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE list meetings|people|bodies|decisions [--format table|tsv]`.
class ListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
