#pragma once

#include "core/AttendanceMatrix.h"
#include "core/Meeting.h"
#include "core/ReviewRules.h"
#include "session/models/FollowUpItem.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// What the home view (میز کار) asks for: the day it is reckoned on, and on a server a lead's
// linked person, whose own follow-ups come first.
struct HomeRequest
{
    QDate today;
    std::optional<Id> ownPersonId;
    int itemsPerList = 5;
};

// A meeting as the home view lists it.
struct HomeMeeting
{
    Meeting meeting = {};
    QString seriesName = {};
    // People on its attendance list. Jalaseh records no "invitation sent" state; who is listed
    // is what the data says about a coming meeting's invitations.
    int listed = 0;
};

struct HomeFollowUp
{
    FollowUpItem item = {};
    QString responsibleName = {}; // empty when nobody is responsible
    QString seriesName = {};      // of the meeting it came from
    int meetingNumber = 0;
    QDate meetingDate = {};
    bool own = false; // assigned to the request's own person
};

struct HomeQuietBody
{
    Id bodyId = 0;
    QString name = {};
    QDate lastMeeting = {}; // null when it never met
};

struct HomeAbsence
{
    AbsenceAlert alert = {};
    Id bodyId = 0; // the body whose review shows it (a merged group's meetings fold into it)
    QString bodyName = {};
    QString personName = {};
    QDate first = {}; // the first and last absence it counts
    QDate last = {};
};

// Everything the home view shows, read in a fixed number of bounded statements (each list is
// LIMITed and read along an index; the counts are single aggregates), by the rules the rest of
// the program applies: the follow-up board's overdue rule, the attendance review's alerts over
// its "last 12 months" and its quiet-body rule, with the limits kept in the database. Each list
// holds at most `itemsPerList` items; the counts say how many there are in all.
struct HomeSummary
{
    QDate today;
    QDate weekEnd; // the Friday that ends today's week (Saturday to Friday)
    ReviewRules rules;
    QDate reviewFrom; // absences are counted from this day to today

    QList<HomeMeeting> upcoming; // from today on, soonest first
    int upcomingCount = 0;
    QList<HomeMeeting> awaitingApproval; // newest first
    int awaitingApprovalCount = 0;

    QList<HomeFollowUp> overdue; // the own person's first, then by deadline
    int overdueCount = 0;
    int ownOverdueCount = 0;
    QList<HomeFollowUp> dueThisWeek; // due from today to weekEnd, not overdue
    int dueCount = 0;
    int ownDueCount = 0;

    QList<HomeQuietBody> quietBodies; // the first itemsPerList, in the bodies' order
    int quietCount = 0;               // all of them
    QList<HomeAbsence> absences;      // the most recent last absence first
    int absenceCount = 0;

    // Counts stop here (shown as "1000+"): a long list is not read to its end to be counted.
    static constexpr int countedAtMost = 1000;

    // Throws storage::StorageError (call it inside DatabaseSession::read).
    static HomeSummary read(storage::Database& database, const HomeRequest& request);
    // The Friday on or after `day`: Iranian weeks run from Saturday to Friday.
    static QDate endOfWeek(const QDate& day);
    // The first day of the twelve months up to `today`, as the attendance review's "last 12
    // months".
    static QDate lastTwelveMonthsFrom(const QDate& today);
};

} // namespace jalaseh::session
