#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE export minutes ID --style narrative|formal|invitation
//  --format pdf|odt|html|txt [-o FILE] [--templates DIR]`: a meeting's minutes as a document.
class ExportMinutesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
