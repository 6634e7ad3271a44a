#include "Commands.h"

#include "AmendMinutesCommand.h"
#include "ApproveMinutesCommand.h"
#include "AttachmentCommands.h"
#include "BackupCommands.h"
#include "CopyCommand.h"
#include "ExportActivityCommand.h"
#include "ExportAttendanceCommand.h"
#include "ExportInvitationCommand.h"
#include "ExportMeetingCommand.h"
#include "ExportMinutesCommand.h"
#include "ImportMeetingCommand.h"
#include "InitCommand.h"
#include "ListCommand.h"
#include "ListVersionsCommand.h"
#include "MergeBodyCommand.h"
#include "SearchCommand.h"
#include "TemplatesCommand.h"
#include "UsersAddCommand.h"
#include "UsersListCommand.h"
#include "UsersRemoveCommand.h"
#include "VerifyCommand.h"

namespace jalaseh::cli {

void registerCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    // Each command is one class in its own file; add it here, in the order `--help` lists them.
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<CopyCommand>());
    commands.push_back(std::make_unique<BackupNowCommand>());
    commands.push_back(std::make_unique<BackupListCommand>());
    commands.push_back(std::make_unique<BackupRestoreCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ExportMeetingCommand>());
    commands.push_back(std::make_unique<ExportMinutesCommand>());
    commands.push_back(std::make_unique<ExportInvitationCommand>());
    commands.push_back(std::make_unique<ImportMeetingCommand>());
    commands.push_back(std::make_unique<ListAttachmentsCommand>());
    commands.push_back(std::make_unique<AttachCommand>());
    commands.push_back(std::make_unique<ExportAttachmentCommand>());
    commands.push_back(std::make_unique<ApproveMinutesCommand>());
    commands.push_back(std::make_unique<AmendMinutesCommand>());
    commands.push_back(std::make_unique<ListVersionsCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<ExportAttendanceCommand>());
    commands.push_back(std::make_unique<TemplatesCommand>());
    commands.push_back(std::make_unique<MergeBodyCommand>());
    commands.push_back(std::make_unique<ExportActivityCommand>());
    commands.push_back(std::make_unique<UsersAddCommand>());
    commands.push_back(std::make_unique<UsersListCommand>());
    commands.push_back(std::make_unique<UsersRemoveCommand>());
}

} // namespace jalaseh::cli
