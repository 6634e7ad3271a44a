#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE search TEXT [--limit N] [--format table|tsv]`.
class SearchCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
