#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE list attachments MEETING`: the files attached to a meeting.
class ListAttachmentsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

// `jalaseh --db DATABASE attach MEETING FILE...`: attaches files to a meeting.
class AttachCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

// `jalaseh --db DATABASE export attachment ID -o FILE`: writes an attached file out.
class ExportAttachmentCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
