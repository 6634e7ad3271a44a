#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE export activity --from DATE --to DATE [--format csv|pdf] [-o FILE]`: the
// activity of every body over a period (meetings per Jalali quarter, proposals, decisions and
// their follow-up).
class ExportActivityCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
