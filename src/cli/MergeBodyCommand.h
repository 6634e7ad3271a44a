#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE merge body NAME --into NAME --on DATE`: merges a working group into another
// on a Jalali day (storage::BodyMerging), as the bodies view's "Merge into…" does.
class MergeBodyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
