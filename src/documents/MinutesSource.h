#pragma once

#include "core/Id.h"
#include "core/MeetingRecord.h"
#include "core/MinutesVersion.h"
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
    // The approved version these minutes are, when rendered from its snapshot; nullopt for minutes
    // not approved (yet, or their amendment's draft), rendered from the meeting as it stands.
    std::optional<MinutesVersion> ofRecord;

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
    // nullopt when the database has no such meeting. Approved minutes come from the snapshot of
    // their latest approved version, so they read as on the day they were approved; a draft
    // (never approved, or an amendment's) from the meeting as it stands. Throws StorageError.
    static std::optional<Minutes>
    load(storage::Database& database, Id meetingId,
         const QString& templatesFolder = report::TemplateLibrary::defaultUserFolder());
    // The approved version `version` of the minutes, from its snapshot; nullopt when the meeting
    // has no such approved version. Throws StorageError.
    static std::optional<Minutes>
    loadVersion(storage::Database& database, Id meetingId, int version,
                const QString& templatesFolder = report::TemplateLibrary::defaultUserFolder());
    // The minutes as the meeting stands now, whatever its versions: what approval freezes.
    static std::optional<Minutes>
    loadCurrent(storage::Database& database, Id meetingId,
                const QString& templatesFolder = report::TemplateLibrary::defaultUserFolder());
    // The minutes of an approved version, from its snapshot. Throws StorageError when the
    // snapshot cannot be read (written by a newer Jalaseh).
    static Minutes fromVersion(const MinutesVersion& version, const QString& templatesFolder);
};

} // namespace jalaseh::documents
