#pragma once

#include "core/MeetingRecord.h"
#include "core/Organisation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace jalaseh::report {

// The invitation to a planned meeting as an iCalendar file (RFC 5545): one VEVENT that invitees
// open to put the meeting in their calendars. It says what the invitation letter (دعوتنامه)
// says: the time in Asia/Tehran, the place (the venue, else the online link), and as its
// description the letter's own text with the Jalali date and the agenda.
//
// No METHOD: the file is a calendar entry to add, not a scheduling message (RFC 5546) that
// asks for replies. ORGANIZER is the secretary, else the chair, if he or she has an e-mail
// address; ATTENDEE lines (the invitees with an address) are written only with an ORGANIZER,
// which RFC 5545 requires of an event with attendees. Without addresses the invitees are still
// named in the description, as the letter names them.
class InvitationCalendar
{
public:
    // Why the meeting cannot be invited to, or empty: its minutes are already held or approved
    // (an invitation is for a meeting to come), or it has no start time. A meeting without an
    // end time is written without DTEND (RFC 5545: it ends as it starts).
    static QString refusal(const Meeting& meeting);

    // The whole file, CRLF line ends, lines folded at 75 octets. `description` is the text of the
    // invitation letter; `stamp` is when the file is made (DTSTAMP, in UTC). Throws ReportError
    // with refusal() when there is one.
    static QByteArray write(const MeetingRecord& record, const Organisation& organisation,
                            const QString& description, const QDateTime& stamp);

    // The same meeting of the same organisation has the same UID in every file made of it, so
    // a calendar replaces the event it has instead of adding a second one.
    static QString uid(const MeetingRecord& record, const Organisation& organisation);

    // RFC 5545 TEXT: backslash, semicolon and comma escaped, line ends as \n.
    static QString escapeText(const QString& text);
    // One content line with CRLF, folded so that no line is longer than 75 octets and no UTF-8
    // character is split across two lines.
    static QByteArray foldLine(const QByteArray& line);

    static constexpr char timeZoneId[] = "Asia/Tehran";
};

} // namespace jalaseh::report
