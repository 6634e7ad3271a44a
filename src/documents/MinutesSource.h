#pragma once

#include "core/Id.h"
#include "core/MeetingRecord.h"
#include "core/Organisation.h"
#include "report/MinutesContext.h"
#include "report/MinutesDocument.h"
#include "report/MinutesStyle.h"
#include "report/TemplateLibrary.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::documents {

// Everything the minutes of one meeting are made from: the meeting as recorded, the
// organisation's settings (name, logo, letterhead), the next meeting of its series (the formal
// minutes announce it) and the templates.
struct Minutes
{
    MeetingRecord record;
    Organisation organisation;
    report::MinutesOptions options;
    report::TemplateLibrary templates;

    // The document in `style`. Throws ReportError when a template is missing or has a mistake.
    report::MinutesDocument render(report::MinutesStyle style) const;
    // The invitation as an iCalendar file (report::InvitationCalendar), its description the
    // invitation letter's text, so that the letter and the calendar entry say the same. Throws
    // ReportError when the meeting cannot be invited to or a template has a mistake.
    QByteArray invitationCalendar(const QDateTime& stamp) const;
};

// Gathers the minutes of a meeting from the database, for the minutes dialog and
// `jalaseh export minutes` alike.
class MinutesSource
{
public:
    // The minutes of meeting `meetingId`, with the templates of `templatesFolder` over the
    // built-in ones (by default the user's templates folder, which the window uses too);
    // nullopt when the database has no such meeting. Throws StorageError.
    static std::optional<Minutes>
    load(storage::Database& database, Id meetingId,
         const QString& templatesFolder = report::TemplateLibrary::defaultUserFolder());
};

} // namespace jalaseh::documents
