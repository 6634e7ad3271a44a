#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE amend minutes MEETING --reason TEXT`: opens an amendment (اصلاحیه), the
// next version of approved minutes, as a draft to edit and approve in turn.
class AmendMinutesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
