#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE export attendance --body NAME --from DATE --to DATE [--format csv|pdf]
// [-o FILE]`: the members x meetings attendance matrix of a body (or a meeting series) over a
// period, with each person's rates; the PDF adds the absence alerts.
class ExportAttendanceCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
