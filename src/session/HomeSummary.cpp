#include "HomeSummary.h"

#include "session/text/PersonName.h"
#include "storage/ActionItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"

#include <QSet>
#include <algorithm>

namespace jalaseh::session {
namespace {

// Decisions and action items due by `due`, merged by deadline (those without one last), at most
// `limit`.
QList<FollowUpItem> followUps(storage::Database& database, const storage::FollowUpDue& due,
                              int limit)
{
    QList<FollowUpItem> items;
    for (const Decision& decision : storage::DecisionRepository(database).due(due, limit))
        items.append(FollowUpItem::of(decision));
    for (const ActionItem& task : storage::ActionItemRepository(database).due(due, limit))
        items.append(FollowUpItem::of(task));
    std::stable_sort(items.begin(), items.end(), [](const FollowUpItem& a, const FollowUpItem& b) {
        if (a.deadline().isValid() != b.deadline().isValid())
            return a.deadline().isValid();
        return a.deadline() < b.deadline();
    });
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

int countFollowUps(storage::Database& database, const storage::FollowUpDue& due)
{
    constexpr int atMost = HomeSummary::countedAtMost;
    return std::min(atMost, storage::DecisionRepository(database).countDue(due, atMost) +
                                storage::ActionItemRepository(database).countDue(due, atMost));
}

// One list of the home view: the own person's first (when there is one), then everyone's.
struct FollowUpList
{
    QList<HomeFollowUp> items;
    int count = 0;
    int own = 0;
};

FollowUpList readFollowUps(storage::Database& database, storage::FollowUpDue due,
                           const HomeRequest& request)
{
    FollowUpList list;
    QList<FollowUpItem> shown;
    if (request.ownPersonId) {
        due.responsible = request.ownPersonId;
        shown = followUps(database, due, request.itemsPerList);
        list.own = countFollowUps(database, due);
        due.responsible.reset();
    }
    const auto isShown = [&shown](const FollowUpItem& item) {
        return std::any_of(shown.cbegin(), shown.cend(), [&](const FollowUpItem& one) {
            return one.kind == item.kind && one.id() == item.id();
        });
    };
    for (const FollowUpItem& item : followUps(database, due, request.itemsPerList)) {
        if (shown.size() >= request.itemsPerList)
            break;
        if (!isShown(item))
            shown.append(item);
    }
    list.count = countFollowUps(database, due);
    for (const FollowUpItem& item : std::as_const(shown))
        list.items.append(
            {.item = item,
             .own = request.ownPersonId && item.responsibleId() == request.ownPersonId});
    return list;
}

QList<HomeMeeting> homeMeetings(const QList<Meeting>& meetings)
{
    QList<HomeMeeting> listed;
    for (const Meeting& meeting : meetings)
        listed.append({.meeting = meeting});
    return listed;
}

// The alerts of attendance review for every active body over the period, each body with the
// groups merged into it, as its review shows them (AttendanceView, "Last 12 months"). Only the
// bodies whose lineage met in the period are loaded, in one load split by body once (hashes by
// body and by meeting), so the work follows the period's meetings, not the number of bodies.
QList<HomeAbsence> absenceAlerts(storage::Database& database, const QList<Body>& bodies,
                                 const ReviewRules& rules, const QDate& from, const QDate& to)
{
    storage::AttendanceReviewRepository repository(database);
    QSet<Id> met;
    for (const BodyLastMeeting& body : repository.lastMeetingsBetween(from, to))
        met.insert(body.bodyId);
    QHash<Id, QList<Id>> lineages;
    QList<Id> everyBody;
    QSet<Id> loaded;
    for (const Body& body : bodies) {
        if (!body.isActive() || met.isEmpty())
            continue;
        const QList<Id> lineage = AttendanceMatrix::lineage(body.id, bodies);
        if (std::none_of(lineage.cbegin(), lineage.cend(),
                         [&met](Id id) { return met.contains(id); }))
            continue;
        lineages.insert(body.id, lineage);
        for (const Id id : lineage) {
            if (!loaded.contains(id)) {
                loaded.insert(id);
                everyBody.append(id);
            }
        }
    }
    if (everyBody.isEmpty())
        return {};
    const storage::AttendanceReview review = repository.loadForAbsences(everyBody, from, to);
    QHash<Id, QDate> dayOf;
    QHash<Id, QList<MatrixMeeting>> meetingsOf; // by body
    for (const MatrixMeeting& meeting : review.meetings) {
        dayOf.insert(meeting.id, meeting.date);
        meetingsOf[meeting.bodyId].append(meeting);
    }
    QHash<Id, QList<Attendance>> attendanceOf; // by meeting
    for (const Attendance& row : review.attendance)
        attendanceOf[row.meetingId].append(row);
    QHash<Id, QList<Membership>> seatsOf; // by body
    for (const Membership& seat : review.memberships)
        seatsOf[seat.bodyId].append(seat);

    QList<HomeAbsence> alerts;
    for (const Body& body : bodies) {
        if (!lineages.contains(body.id))
            continue;
        QList<MatrixMeeting> meetings;
        QList<Attendance> attendance;
        QList<Membership> memberships;
        for (const Id id : lineages.value(body.id)) {
            for (const MatrixMeeting& meeting : meetingsOf.value(id)) {
                meetings.append(meeting);
                attendance.append(attendanceOf.value(meeting.id));
            }
            memberships.append(seatsOf.value(id));
        }
        if (meetings.isEmpty())
            continue;
        const AttendanceMatrix matrix(meetings, attendance, memberships);
        for (const AbsenceAlert& alert : matrix.absenceAlerts(rules.absenceThresholds())) {
            HomeAbsence absence{.alert = alert, .bodyId = body.id, .bodyName = body.name};
            if (!alert.meetingIds.isEmpty()) {
                absence.first = dayOf.value(alert.meetingIds.first());
                absence.last = dayOf.value(alert.meetingIds.last());
            }
            alerts.append(absence);
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const HomeAbsence& a, const HomeAbsence& b) { return a.last > b.last; });
    return alerts;
}

} // namespace

QDate HomeSummary::endOfWeek(const QDate& day)
{
    constexpr int friday = 5; // Qt::Friday
    return day.addDays((friday - day.dayOfWeek() + 7) % 7);
}

QDate HomeSummary::lastTwelveMonthsFrom(const QDate& today)
{
    return today.addYears(-1).addDays(1);
}

HomeSummary HomeSummary::read(storage::Database& database, const HomeRequest& request)
{
    HomeSummary summary;
    summary.today = request.today;
    summary.weekEnd = endOfWeek(request.today);
    summary.reviewFrom = lastTwelveMonthsFrom(request.today);
    summary.rules = storage::SettingsRepository(database).reviewRules();
    const int limit = request.itemsPerList;

    storage::MeetingRepository meetings(database);
    summary.upcoming = homeMeetings(meetings.upcoming(request.today, limit));
    summary.upcomingCount = meetings.countUpcoming(request.today);
    summary.awaitingApproval = homeMeetings(meetings.awaitingApproval(limit));
    summary.awaitingApprovalCount = meetings.countAwaitingApproval(countedAtMost);
    QList<Id> upcomingIds;
    for (const HomeMeeting& meeting : std::as_const(summary.upcoming))
        upcomingIds.append(meeting.meeting.id);
    const QHash<Id, int> listed = storage::AttendanceRepository(database).countsOf(upcomingIds);
    for (HomeMeeting& meeting : summary.upcoming)
        meeting.listed = listed.value(meeting.meeting.id);

    const FollowUpList overdue = readFollowUps(
        database, {.kind = storage::FollowUpDue::Kind::Overdue, .today = request.today}, request);
    summary.overdue = overdue.items;
    summary.overdueCount = overdue.count;
    summary.ownOverdueCount = overdue.own;
    const FollowUpList due = readFollowUps(database,
                                           {.kind = storage::FollowUpDue::Kind::DueBy,
                                            .today = request.today,
                                            .until = summary.weekEnd},
                                           request);
    summary.dueThisWeek = due.items;
    summary.dueCount = due.count;
    summary.ownDueCount = due.own;

    // Names of what is shown: the series (a handful), the follow-ups' meetings and people.
    QHash<Id, QString> seriesNames;
    for (const MeetingSeries& series : storage::MeetingSeriesRepository(database).all())
        seriesNames.insert(series.id, series.name);
    for (QList<HomeMeeting>* list : {&summary.upcoming, &summary.awaitingApproval})
        for (HomeMeeting& meeting : *list)
            meeting.seriesName = seriesNames.value(meeting.meeting.seriesId);
    QList<Id> followedMeetings;
    QList<Id> responsible;
    for (const QList<HomeFollowUp>* list : {&summary.overdue, &summary.dueThisWeek}) {
        for (const HomeFollowUp& one : *list) {
            followedMeetings.append(one.item.meetingId());
            if (one.item.responsibleId() && !responsible.contains(*one.item.responsibleId()))
                responsible.append(*one.item.responsibleId());
        }
    }
    QHash<Id, storage::MeetingHeading> headings;
    if (!followedMeetings.isEmpty())
        for (const storage::MeetingHeading& heading : meetings.headings(followedMeetings))
            headings.insert(heading.id, heading);
    QHash<Id, QString> names;
    if (!responsible.isEmpty())
        for (const Person& person : storage::PersonRepository(database).findAll(responsible))
            names.insert(person.id, displayName(person));
    for (QList<HomeFollowUp>* list : {&summary.overdue, &summary.dueThisWeek}) {
        for (HomeFollowUp& one : *list) {
            const storage::MeetingHeading heading = headings.value(one.item.meetingId());
            one.seriesName = seriesNames.value(heading.seriesId);
            one.meetingNumber = heading.number;
            one.meetingDate = heading.date;
            if (one.item.responsibleId())
                one.responsibleName = names.value(*one.item.responsibleId());
        }
    }

    // The attendance review's alerts: bodies gone quiet, members absent too often.
    const QList<Body> bodies = storage::BodyRepository(database).all();
    // The quiet-body rule of attendance review, read in two bounded steps: which bodies met
    // within the period (a range of meeting_by_date), then the last meeting of those listed.
    storage::AttendanceReviewRepository review(database);
    const QDate since = request.today.addMonths(-summary.rules.quietMonths);
    // A body that met from `since` to today is not quiet (bodiesWithoutMeetings' rule); every
    // other active body is. Only the few listed get their last meeting looked up: without an
    // index on (series, date) each lookup reads all of a body's meetings.
    QSet<Id> metLately;
    for (const BodyLastMeeting& body : review.lastMeetingsBetween(since, request.today))
        metLately.insert(body.bodyId);
    QList<Id> quiet;
    QHash<Id, QString> bodyNames;
    for (const Body& body : bodies) {
        bodyNames.insert(body.id, body.name);
        if (body.isActive() && !metLately.contains(body.id))
            quiet.append(body.id);
    }
    summary.quietCount = int(quiet.size());
    if (quiet.size() > limit)
        quiet.resize(limit);
    QHash<Id, QDate> lastOf;
    for (const BodyLastMeeting& body : review.lastMeetingsOf(quiet, request.today))
        lastOf.insert(body.bodyId, body.lastMeeting);
    for (const Id body : std::as_const(quiet))
        summary.quietBodies.append(
            {.bodyId = body, .name = bodyNames.value(body), .lastMeeting = lastOf.value(body)});
    QList<HomeAbsence> absences =
        absenceAlerts(database, bodies, summary.rules, summary.reviewFrom, request.today);
    summary.absenceCount = int(absences.size());
    if (absences.size() > limit)
        absences.resize(limit);
    // Only the people shown are named (a handful), not everyone the period's rows name.
    QList<Id> absentees;
    for (const HomeAbsence& absence : std::as_const(absences))
        if (!absentees.contains(absence.alert.personId))
            absentees.append(absence.alert.personId);
    QHash<Id, QString> absenteeNames;
    if (!absentees.isEmpty())
        for (const Person& person : storage::PersonRepository(database).findAll(absentees))
            absenteeNames.insert(person.id, displayName(person));
    for (HomeAbsence& absence : absences)
        absence.personName = absenteeNames.value(absence.alert.personId);
    summary.absences = absences;
    return summary;
}

} // namespace jalaseh::session
