#include "SyntheticDatabase.h"

#include "core/Enums.h"
#include "core/Meeting.h"
#include "persian/Digits.h"
#include "persian/Normalize.h"
#include "persian/Phrasing.h"
#include "storage/ChangeListener.h"
#include "storage/ChangeLogRepository.h"
#include "storage/Database.h"
#include "storage/SearchKeys.h"
#include "storage/Statement.h"
#include "synthetic/SyntheticRandom.h"
#include "synthetic/SyntheticVocabulary.h"

#include <QCalendar>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <algorithm>
#include <cmath>
#include <limits>

namespace jalaseh::synthetic {
namespace {

using storage::Database;
using storage::SearchKeys;
using storage::Statement;
using storage::Transaction;

// Splits `total` into parts proportional to `weights`, each at most its cap, summing exactly to
// `total` when the caps allow it (largest remainders first).
QList<int> apportion(int total, const QList<double>& weights, const QList<int>& caps)
{
    const qsizetype n = weights.size();
    QList<int> parts(n, 0);
    double sum = 0;
    for (double weight : weights)
        sum += weight;
    if (n == 0 || sum <= 0)
        return parts;
    int given = 0;
    QList<std::pair<double, qsizetype>> remainders;
    for (qsizetype i = 0; i < n; ++i) {
        const double exact = total * weights[i] / sum;
        parts[i] = std::min(int(exact), caps[i]);
        given += parts[i];
        remainders.append({exact - std::floor(exact), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    // Hand out what is left one at a time, largest remainder first, skipping full parts.
    for (bool progress = true; given < total && progress;) {
        progress = false;
        for (const auto& [remainder, i] : remainders) {
            if (given == total)
                break;
            if (parts[i] < caps[i]) {
                ++parts[i];
                ++given;
                progress = true;
            }
        }
    }
    return parts;
}

struct Seat
{
    Id personId = 0;
    MembershipRole role = MembershipRole::Member;
    QDate from;
    QDate until; // null while current
};

struct BodyPlan
{
    Id id = 0;
    QString name;
    BodyKind kind = BodyKind::WorkingGroup;
    QDate start;
    QDate end; // the merge day, or the end of the range
    QDate mergedOn;
    QList<Seat> seats;
    Id seriesId = 0;
    QString seriesName;
};

struct MeetingPlan
{
    Id id = 0;
    qsizetype body = -1; // index into the bodies; -1 for the leads' series
    Id seriesId = 0;
    int number = 0;
    QDate date;
    Id nextInSeries = 0;
};

// The statements that write a meeting's rows, prepared once for all meetings.
struct RowStatements
{
    explicit RowStatements(Database& database);
    Statement attend;
    Statement agenda;
    Statement say;
    Statement propose;
    Statement support;
    Statement decide;
    Statement review;
    Statement act;
};

RowStatements::RowStatements(Database& database)
    : attend(database, QStringLiteral("INSERT INTO attendance (meeting_id, person_id, role, "
                                      "status, reason, minutes_late, represents_body_id) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , agenda(database, QStringLiteral("INSERT INTO agenda_item (meeting_id, position, title, "
                                      "is_question) VALUES (?, ?, ?, ?)"))
    , say(database, QStringLiteral("INSERT INTO contribution (meeting_id, position, speaker_id, "
                                   "agenda_item_id, text, search_key) VALUES (?, ?, ?, ?, ?, ?)"))
    , propose(database, QStringLiteral("INSERT INTO proposal (meeting_id, position, text, "
                                       "proposer_id, status, agenda_item_id, search_key) "
                                       "VALUES (?, ?, ?, ?, ?, NULL, ?)"))
    , support(database, QStringLiteral("INSERT INTO proposal_supporter "
                                       "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"))
    , decide(database, QStringLiteral("INSERT INTO decision (meeting_id, position, text, status, "
                                      "responsible_id, deadline, follow_up, proposal_id, "
                                      "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , review(database, QStringLiteral("INSERT INTO decision_review VALUES (?, ?)"))
    , act(database, QStringLiteral("INSERT INTO action_item (meeting_id, decision_id, task, "
                                   "owner_id, deadline, state) VALUES (?, ?, ?, ?, ?, ?)"))
{
}

struct Attendee
{
    Id personId = 0;
    AttendanceRole role = AttendanceRole::Member;
    std::optional<Id> bodyId;
    bool present = true;
};

class SyntheticGenerator
{
public:
    SyntheticGenerator(Database& database, const SyntheticSize& size, quint32 seed)
        : m_database(database)
        , m_size(size)
        , m_random(seed)
        , m_words(SyntheticVocabulary::persian())
    {
        const QCalendar jalali(QCalendar::System::Jalali);
        m_firstDay = QDate(1404 - std::max(1, size.years), 1, 1, jalali);
        m_lastDay = QDate(1404, 1, 1, jalali).addDays(-1);
    }

    void run()
    {
        Transaction transaction(m_database);
        storage::ChangeListener::announceAllAtCommit(m_database);
        // Made up, not edited: a hundred years of history for it would double the archive.
        storage::HistoryPause pause(m_database);
        writeOrganisation();
        writePeople();
        writeBodies();
        writeMemberships();
        writeSeries();
        planMeetings();
        writeMeetings();
        writeMeetingRows();
        // The meetings were keyed before their agendas were written; a meeting is found by its
        // agenda too.
        SearchKeys::rebuildMeetings(m_database);
        pause.resume();
        transaction.commit();
    }

private:
    void writeOrganisation();
    void writePeople();
    void writeBodies();
    void writeMemberships();
    void writeSeries();
    void planMeetings();
    void writeMeetings();
    void writeMeetingRows();
    QList<Attendee> attendeesOf(const MeetingPlan& meeting, int count);
    QList<Attendee> candidatesOf(const MeetingPlan& meeting) const;
    void writeDecisions(RowStatements& statements, const MeetingPlan& meeting,
                        const QList<Attendee>& attendees, int count, const QList<Id>& proposals,
                        int actionItems);

    QDate randomDay(const QDate& from, const QDate& to)
    {
        return from.addDays(m_random.between(0, int(from.daysTo(to))));
    }
    QString sentence(const QString& start, const QStringList& ends)
    {
        return start + QLatin1Char(' ') + m_random.pick(m_words.subjects) + QLatin1Char(' ') +
               m_random.pick(ends) + QLatin1Char('.');
    }
    QString jalaliDay(const QDate& day) const
    {
        const QCalendar::YearMonthDay parts =
            QCalendar(QCalendar::System::Jalali).partsFromDate(day);
        return persian::formatNumber(parts.day) + QLatin1Char(' ') +
               m_words.jalaliMonths.value(parts.month - 1);
    }
    Id someone(const QList<Attendee>& attendees)
    {
        QList<Id> present;
        for (const Attendee& attendee : attendees) {
            if (attendee.present)
                present.append(attendee.personId);
        }
        if (!present.isEmpty())
            return m_random.pick(present);
        return attendees.isEmpty() ? m_random.pick(m_people) : m_random.pick(attendees).personId;
    }

    Database& m_database;
    SyntheticSize m_size;
    SyntheticRandom m_random;
    const SyntheticVocabulary& m_words;
    QDate m_firstDay;
    QDate m_lastDay;
    QList<Id> m_people;
    QList<BodyPlan> m_bodies;
    Id m_leadsSeries = 0;
    QList<MeetingPlan> m_meetings;
};

void SyntheticGenerator::writeOrganisation()
{
    Statement(m_database, QStringLiteral("INSERT INTO organisation (id, name) VALUES (1, ?)"))
        .bind(QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"))
        .exec();
    Statement line(m_database, QStringLiteral("INSERT INTO letterhead_line VALUES (?, ?)"));
    line.bind(1).bind(QStringLiteral("بسمه تعالی")).exec();
    line.bind(2)
        .bind(QStringLiteral(
            "دبیرخانه شبکه کتابخانه‌های دانشگاهی کشور"))
        .exec();
}

void SyntheticGenerator::writePeople()
{
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO person (family_name, given_name, gender, "
                                    "academic_title, affiliation, position, email, phone, notes, "
                                    "active, family_key, given_key, search_key) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)"));
    for (int i = 0; i < m_size.people; ++i) {
        const bool woman = m_random.chance(50);
        const QString family = m_random.pick(m_words.familyNames);
        const QString given = m_random.pick(woman ? m_words.womenNames : m_words.menNames);
        const int titleDice = m_random.between(0, 99);
        const AcademicTitle title = titleDice < 35   ? AcademicTitle::Doctor
                                    : titleDice < 45 ? AcademicTitle::Engineer
                                                     : AcademicTitle::None;
        insert.bind(family).bind(given).bind(woman ? Gender::Female : Gender::Male).bind(title);
        insert.bind(m_random.pick(m_words.affiliations)).bind(m_random.pick(m_words.positions));
        insert.bind(QStringLiteral("member%1@library.example.ac.ir").arg(i + 1));
        insert.bind(QStringLiteral("021-%1").arg(6600000 + i * 37 % 99991))
            .bind(m_random.chance(92));
        insert.bind(SearchKeys::of(family)).bind(SearchKeys::of(given));
        insert.bind(SearchKeys::ofPerson(family, given)).exec();
        m_people.append(insert.lastInsertId());
    }
}

void SyntheticGenerator::writeBodies()
{
    Statement insert(m_database, QStringLiteral("INSERT INTO body (name, kind, active, "
                                                "search_key) VALUES (?, ?, 1, ?)"));
    const qsizetype topics = m_words.groupTopics.size();
    for (int i = 0; i < m_size.bodies; ++i) {
        BodyPlan body;
        if (i == 0) {
            body.name = QStringLiteral("کمیته راهبری");
            body.kind = BodyKind::SteeringCommittee;
            body.seriesName = QStringLiteral("جلسه کمیته راهبری");
        } else if (i == m_size.bodies - 1 && m_size.bodies >= 10) {
            body.name = QStringLiteral("هیئت داوران جایزه کتابدار سال");
            body.kind = BodyKind::Other;
            body.seriesName = QStringLiteral("جلسه ") + body.name;
        } else {
            const qsizetype topic = (i - 1) % topics;
            const qsizetype round = (i - 1) / topics;
            body.name = QStringLiteral("کارگروه ") + m_words.groupTopics[topic];
            if (round > 0)
                body.name += QStringLiteral(" منطقه ") +
                             m_words.regions[(round - 1) % m_words.regions.size()];
            body.seriesName = QStringLiteral("نشست ") + body.name;
        }
        // Half the groups are as old as the range; the others start within its first half.
        body.start =
            i < m_size.bodies / 2
                ? m_firstDay
                : randomDay(m_firstDay, m_firstDay.addDays(m_firstDay.daysTo(m_lastDay) / 2));
        body.end = m_lastDay;
        insert.bind(body.name).bind(body.kind).bind(SearchKeys::of(body.name)).exec();
        body.id = insert.lastInsertId();
        m_bodies.append(body);
    }
    // One working group in twelve merged into another in the later years; it keeps its history.
    Statement merge(m_database, QStringLiteral("UPDATE body SET merged_into = ?, merged_on = ?, "
                                               "active = 0 WHERE id = ?"));
    const int merges = (m_size.bodies - 1) / 12;
    for (int m = 0; m < merges; ++m) {
        const qsizetype from = 1 + 2 * m;
        const qsizetype into = from + 1;
        if (into >= m_bodies.size() || m_bodies[into].kind != BodyKind::WorkingGroup)
            break;
        BodyPlan& merged = m_bodies[from];
        const QDate earliest = std::max(merged.start, m_bodies[into].start).addDays(365);
        if (earliest >= m_lastDay.addDays(-180))
            continue;
        merged.mergedOn = randomDay(earliest, m_lastDay.addDays(-180));
        merged.end = merged.mergedOn;
        merge.bind(m_bodies[into].id).bind(merged.mergedOn).bind(merged.id).exec();
    }
}

void SyntheticGenerator::writeMemberships()
{
    Statement insert(m_database, QStringLiteral("INSERT INTO membership (person_id, body_id, "
                                                "role, from_date, until_date) "
                                                "VALUES (?, ?, ?, ?, ?)"));
    const int perMeeting = std::max(1, m_size.attendance / std::max(1, m_size.meetings));
    const int maxSeats = std::max(1, int(m_people.size()) / 2);
    for (BodyPlan& body : m_bodies) {
        const int seats = body.kind == BodyKind::SteeringCommittee
                              ? std::clamp(perMeeting / 2, 3, 9)
                              : m_random.between(perMeeting * 3 / 4, perMeeting * 5 / 4);
        QList<Id> used;
        for (int seat = 0; seat < std::min(std::max(seats, 2), maxSeats); ++seat) {
            const MembershipRole role = seat == 0   ? MembershipRole::Lead
                                        : seat == 1 ? MembershipRole::Deputy
                                        : seat == 2 ? MembershipRole::Secretary
                                                    : MembershipRole::Member;
            // The seat passes from person to person every few years.
            for (QDate from = body.start; from <= body.end;) {
                Id person = m_random.pick(m_people);
                for (int tries = 0; used.contains(person) && tries < 20; ++tries)
                    person = m_random.pick(m_people);
                used.append(person);
                QDate until = from.addDays(m_random.between(2 * 365, 6 * 365));
                if (until >= body.end)
                    until = body.mergedOn; // null: still a member
                insert.bind(person).bind(body.id).bind(role).bind(from).bind(until).exec();
                body.seats.append(Seat{person, role, from, until});
                if (until.isNull() || until >= body.end)
                    break;
                from = until.addDays(1);
            }
        }
    }
}

void SyntheticGenerator::writeSeries()
{
    Statement insert(m_database, QStringLiteral("INSERT INTO meeting_series (name, body_id, "
                                                "search_key) VALUES (?, ?, ?)"));
    for (BodyPlan& body : m_bodies) {
        insert.bind(body.seriesName).bind(std::optional<Id>(body.id));
        insert.bind(SearchKeys::of(body.seriesName)).exec();
        body.seriesId = insert.lastInsertId();
    }
    if (m_bodies.size() > 2) {
        const QString name = QStringLiteral("نشست راهبران کارگروه‌ها");
        insert.bind(name).bind(std::optional<Id>()).bind(SearchKeys::of(name)).exec();
        m_leadsSeries = insert.lastInsertId();
    }
}

void SyntheticGenerator::planMeetings()
{
    // Meetings per series follow how long it ran; the committee meets twice as often.
    QList<double> weights;
    for (const BodyPlan& body : m_bodies) {
        const double often = body.kind == BodyKind::SteeringCommittee ? 2.0
                             : body.kind == BodyKind::Other           ? 0.5
                                                                      : 1.0;
        weights.append(often * double(body.start.daysTo(body.end) + 1));
    }
    if (m_leadsSeries != 0)
        weights.append(0.6 * double(m_firstDay.daysTo(m_lastDay) + 1));
    const QList<int> counts =
        apportion(m_size.meetings, weights, QList<int>(weights.size(), m_size.meetings));
    for (qsizetype series = 0; series < counts.size(); ++series) {
        const bool leads = series == m_bodies.size();
        const QDate from = leads ? m_firstDay : m_bodies[series].start;
        const QDate to = leads ? m_lastDay : m_bodies[series].end;
        QList<QDate> days;
        for (int i = 0; i < counts[series]; ++i)
            days.append(randomDay(from, to));
        std::sort(days.begin(), days.end());
        for (int i = 0; i < days.size(); ++i) {
            MeetingPlan plan;
            plan.body = leads ? -1 : series;
            plan.seriesId = leads ? m_leadsSeries : m_bodies[series].seriesId;
            plan.number = i + 1;
            plan.date = days[i];
            m_meetings.append(plan);
        }
    }
    // Stored in the order they were held, as a secretary would have entered them.
    std::stable_sort(m_meetings.begin(), m_meetings.end(),
                     [](const MeetingPlan& a, const MeetingPlan& b) { return a.date < b.date; });
}

void SyntheticGenerator::writeMeetings()
{
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO meeting (series_id, number, title, mode, venue, "
                                    "online_link, date, start_time, end_time, chair_id, "
                                    "secretary_id, status, summary, search_key) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<Id, qsizetype> lastOfSeries;
    for (qsizetype i = 0; i < m_meetings.size(); ++i) {
        MeetingPlan& plan = m_meetings[i];
        Meeting meeting;
        const QString seriesName = plan.body >= 0
                                       ? m_bodies[plan.body].name
                                       : QStringLiteral("راهبران کارگروه‌ها");
        meeting.title =
            persian::ordinalAdjective(plan.number) + QStringLiteral(" جلسه ") + seriesName;
        const int modeDice = m_random.between(0, 99);
        meeting.mode = modeDice < 50   ? MeetingMode::InPerson
                       : modeDice < 85 ? MeetingMode::Online
                                       : MeetingMode::Hybrid;
        if (meeting.mode == MeetingMode::InPerson) {
            meeting.venue = m_random.pick(m_words.venues);
        } else {
            meeting.venue = m_random.pick(m_words.platforms);
            meeting.onlineLink = QStringLiteral("https://vc.library.example.ac.ir/room/%1")
                                     .arg(m_random.between(100, 999));
        }
        meeting.start = QTime(m_random.between(8, 16), m_random.chance(50) ? 0 : 30);
        meeting.end = meeting.start.addSecs(60 * 15 * m_random.between(4, 12));
        if (plan.body >= 0) {
            for (const Seat& seat : m_bodies[plan.body].seats) {
                const bool current =
                    seat.from <= plan.date && (seat.until.isNull() || plan.date <= seat.until);
                if (current && seat.role == MembershipRole::Lead)
                    meeting.chairId = seat.personId;
                if (current && seat.role == MembershipRole::Secretary)
                    meeting.secretaryId = seat.personId;
            }
        }
        meeting.status = plan.date > m_lastDay.addDays(-20) ? MeetingStatus::Planned
                         : m_random.chance(70)              ? MeetingStatus::MinutesApproved
                                                            : MeetingStatus::Held;
        if (m_random.chance(30))
            meeting.summary = QStringLiteral("در پایان، نظرات درباره ") +
                              m_random.pick(m_words.subjects) +
                              QStringLiteral(" جمع‌بندی شد.");
        insert.bind(plan.seriesId).bind(plan.number).bind(meeting.title).bind(meeting.mode);
        insert.bind(meeting.venue).bind(meeting.onlineLink).bind(plan.date).bind(meeting.start);
        insert.bind(meeting.end).bind(meeting.chairId).bind(meeting.secretaryId);
        insert.bind(meeting.status).bind(meeting.summary).bind(SearchKeys::ofMeeting(meeting));
        insert.exec();
        plan.id = insert.lastInsertId();
        if (const auto last = lastOfSeries.constFind(plan.seriesId); last != lastOfSeries.cend())
            m_meetings[*last].nextInSeries = plan.id;
        lastOfSeries.insert(plan.seriesId, i);
    }
}

QList<Attendee> SyntheticGenerator::candidatesOf(const MeetingPlan& meeting) const
{
    QList<Attendee> candidates;
    auto seatsOn = [&](const BodyPlan& body, bool leadsOnly) {
        for (const Seat& seat : body.seats) {
            const bool current =
                seat.from <= meeting.date && (seat.until.isNull() || meeting.date <= seat.until);
            if (!current || (leadsOnly && seat.role != MembershipRole::Lead))
                continue;
            if (std::any_of(candidates.cbegin(), candidates.cend(),
                            [&](const Attendee& a) { return a.personId == seat.personId; }))
                continue;
            const AttendanceRole role =
                body.kind == BodyKind::SteeringCommittee ? AttendanceRole::SteeringCommittee
                : seat.role == MembershipRole::Lead      ? AttendanceRole::Lead
                : seat.role == MembershipRole::Secretary ? AttendanceRole::Secretary
                                                         : AttendanceRole::Member;
            candidates.append(Attendee{seat.personId, role, body.id, true});
        }
    };
    if (meeting.body >= 0) {
        seatsOn(m_bodies[meeting.body], false);
    } else {
        // The leads' meetings: every working group's lead, and the committee.
        for (const BodyPlan& body : m_bodies) {
            if (body.kind == BodyKind::WorkingGroup)
                seatsOn(body, true);
        }
        if (!m_bodies.isEmpty())
            seatsOn(m_bodies.first(), false);
    }
    return candidates;
}

QList<Attendee> SyntheticGenerator::attendeesOf(const MeetingPlan& meeting, int count)
{
    QList<Attendee> attendees = candidatesOf(meeting);
    if (attendees.size() > count)
        attendees.resize(count);
    // Invited guests fill the room up to the count.
    while (attendees.size() < count) {
        const Id guest = m_random.pick(m_people);
        if (std::none_of(attendees.cbegin(), attendees.cend(),
                         [&](const Attendee& a) { return a.personId == guest; }))
            attendees.append(Attendee{guest, AttendanceRole::Guest, std::nullopt, true});
    }
    return attendees;
}

void SyntheticGenerator::writeMeetingRows()
{
    const qsizetype n = m_meetings.size();
    QList<double> attendanceWeights;
    QList<double> rowWeights;
    for (const MeetingPlan& meeting : m_meetings) {
        attendanceWeights.append(std::max<qsizetype>(2, candidatesOf(meeting).size()) *
                                 m_random.real(0.8, 1.2));
        rowWeights.append(m_random.real(0.5, 1.5));
    }
    const QList<int> noCap(n, std::numeric_limits<int>::max());
    const QList<int> attendance =
        apportion(m_size.attendance, attendanceWeights, QList<int>(n, int(m_people.size())));
    const QList<int> contributions = apportion(m_size.contributions, rowWeights, noCap);
    const QList<int> decisions = apportion(m_size.decisions, rowWeights, noCap);
    const QList<int> proposals = apportion(m_size.proposals, rowWeights, noCap);
    const QList<int> actionItems = apportion(m_size.actionItems, rowWeights, noCap);

    RowStatements statements(m_database);
    Statement& attend = statements.attend;
    Statement& agenda = statements.agenda;
    Statement& say = statements.say;
    Statement& propose = statements.propose;
    Statement& support = statements.support;
    for (qsizetype i = 0; i < n; ++i) {
        const MeetingPlan& meeting = m_meetings[i];
        QList<Attendee> attendees = attendeesOf(meeting, attendance[i]);
        for (Attendee& attendee : attendees) {
            const int dice = m_random.between(0, 99);
            const AttendanceStatus status = dice < 80   ? AttendanceStatus::Present
                                            : dice < 88 ? AttendanceStatus::Absent
                                            : dice < 94 ? AttendanceStatus::Excused
                                            : dice < 98 ? AttendanceStatus::Late
                                                        : AttendanceStatus::LeftEarly;
            attendee.present =
                status != AttendanceStatus::Absent && status != AttendanceStatus::Excused;
            attend.bind(meeting.id).bind(attendee.personId).bind(attendee.role).bind(status);
            attend.bind(status == AttendanceStatus::Excused ? m_random.pick(m_words.absenceReasons)
                                                            : QString());
            attend.bind(status == AttendanceStatus::Late ? m_random.between(5, 30) : 0);
            attend.bind(attendee.bodyId).exec();
        }
        QList<Id> items;
        const int agendaCount = m_random.between(1, 3);
        for (int position = 1; position <= agendaCount; ++position) {
            agenda.bind(meeting.id).bind(position);
            agenda.bind(QStringLiteral("بررسی ") + m_random.pick(m_words.subjects));
            agenda.bind(m_random.chance(20)).exec();
            items.append(agenda.lastInsertId());
        }
        for (int position = 1; position <= contributions[i]; ++position) {
            QString text = sentence(m_random.pick(m_words.openings), m_words.speechVerbs);
            for (int more = m_random.between(0, 2); more > 0; --more)
                text += QLatin1Char(' ') +
                        sentence(QStringLiteral("همچنین درباره"), m_words.speechVerbs);
            text = persian::normalizeForStorage(text);
            say.bind(meeting.id).bind(position).bind(someone(attendees));
            say.bind(m_random.chance(60) ? std::optional<Id>(m_random.pick(items)) : std::nullopt);
            say.bind(text).bind(SearchKeys::of(text)).exec();
        }
        QList<Id> meetingProposals;
        for (int position = 1; position <= proposals[i]; ++position) {
            const QString text = sentence(QStringLiteral("پیشنهاد شد"), m_words.proposalVerbs);
            const int dice = m_random.between(0, 99);
            const ProposalStatus status = dice < 50   ? ProposalStatus::Adopted
                                          : dice < 65 ? ProposalStatus::Open
                                          : dice < 75 ? ProposalStatus::Rejected
                                          : dice < 80 ? ProposalStatus::Withdrawn
                                                      : ProposalStatus::Deferred;
            const Id proposer = someone(attendees);
            propose.bind(meeting.id).bind(position).bind(text).bind(proposer).bind(status);
            propose.bind(SearchKeys::of(text)).exec();
            const Id proposal = propose.lastInsertId();
            meetingProposals.append(proposal);
            const int supporters = m_random.between(0, 2);
            for (int supporter = 1; supporter <= supporters; ++supporter) {
                const Id person = someone(attendees);
                if (person != proposer)
                    support.bind(proposal).bind(person).bind(supporter).exec();
            }
        }
        writeDecisions(statements, meeting, attendees, decisions[i], meetingProposals,
                       actionItems[i]);
    }
}

void SyntheticGenerator::writeDecisions(RowStatements& statements, const MeetingPlan& meeting,
                                        const QList<Attendee>& attendees, int count,
                                        const QList<Id>& proposals, int actionItems)
{
    Statement& decide = statements.decide;
    Statement& review = statements.review;
    Statement& act = statements.act;
    // Follow-up long past is mostly done; recent decisions are still open. A decision without
    // a deadline counts as due two months after its meeting.
    auto followUpFor = [&](const QDate& deadline) {
        const QDate due = deadline.isValid() ? deadline : meeting.date.addDays(60);
        if (due < m_lastDay.addDays(-30)) {
            const int dice = m_random.between(0, 99);
            return dice < 97   ? FollowUpState::Done
                   : dice < 98 ? FollowUpState::InProgress
                   : dice < 99 ? FollowUpState::Open
                               : FollowUpState::Overdue;
        }
        return m_random.chance(60) ? FollowUpState::Open : FollowUpState::InProgress;
    };
    QList<std::pair<Id, std::optional<Id>>> decided; // id, responsible
    for (int position = 1; position <= count; ++position) {
        const int dice = m_random.between(0, 99);
        const DecisionStatus status = dice < 80   ? DecisionStatus::Approved
                                      : dice < 92 ? DecisionStatus::Deferred
                                                  : DecisionStatus::Rejected;
        const QDate deadline =
            m_random.chance(75) ? meeting.date.addDays(m_random.between(14, 120)) : QDate();
        QString text = sentence(QStringLiteral("مقرر شد"), m_words.decisionVerbs);
        if (deadline.isValid() && m_random.chance(30)) {
            text.chop(1);
            text += QStringLiteral(" و نتیجه تا ") + jalaliDay(deadline) +
                    QStringLiteral(" اعلام شود.");
        }
        const std::optional<Id> responsible =
            m_random.chance(85) ? std::optional<Id>(someone(attendees)) : std::nullopt;
        const FollowUpState followUp =
            status == DecisionStatus::Rejected ? FollowUpState::Done : followUpFor(deadline);
        decide.bind(meeting.id).bind(position).bind(text).bind(status).bind(responsible);
        decide.bind(deadline).bind(followUp);
        decide.bind(!proposals.isEmpty() && m_random.chance(30)
                        ? std::optional<Id>(m_random.pick(proposals))
                        : std::nullopt);
        decide.bind(SearchKeys::of(text)).exec();
        const Id id = decide.lastInsertId();
        decided.append({id, responsible});
        // A deferred decision comes back at the next meeting of the series.
        if (status == DecisionStatus::Deferred && meeting.nextInSeries != 0)
            review.bind(id).bind(meeting.nextInSeries).exec();
    }
    for (int i = 0; i < actionItems; ++i) {
        const bool fromDecision = !decided.isEmpty() && m_random.chance(80);
        const auto& [decision, responsible] =
            fromDecision ? m_random.pick(decided) : std::pair<Id, std::optional<Id>>{};
        const QDate deadline = meeting.date.addDays(m_random.between(7, 90));
        act.bind(meeting.id).bind(fromDecision ? std::optional<Id>(decision) : std::nullopt);
        act.bind(QStringLiteral("پیگیری ") + m_random.pick(m_words.subjects));
        act.bind(responsible ? responsible : std::optional<Id>(someone(attendees)));
        act.bind(deadline).bind(followUpFor(deadline)).exec();
    }
}

// Holds glibc's heap top while generating: the page cache and the statements free memory at the
// top of the heap over and over, glibc hands it back to the system each time, and every brk()
// flushes the TLB; on the 2-core benchmark machine that was two thirds of the time (18 s of
// system time in a 30 s run). Back to glibc's default afterwards.
class HeapTrimPause
{
public:
    HeapTrimPause()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
    }
    ~HeapTrimPause()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        malloc_trim(0);
#endif
    }
    HeapTrimPause(const HeapTrimPause&) = delete;
    HeapTrimPause& operator=(const HeapTrimPause&) = delete;
};

} // namespace

SyntheticSize SyntheticSize::forYears(int years)
{
    const SyntheticSize tenYears;
    const auto scaled = [years](int tenYearCount) {
        return std::max(1, int(std::lround(double(tenYearCount) * years / 10.0)));
    };
    SyntheticSize size;
    size.years = years;
    size.people = scaled(tenYears.people);
    size.bodies = scaled(tenYears.bodies);
    size.meetings = scaled(tenYears.meetings);
    size.attendance = scaled(tenYears.attendance);
    size.contributions = scaled(tenYears.contributions);
    size.decisions = scaled(tenYears.decisions);
    size.proposals = scaled(tenYears.proposals);
    size.actionItems = scaled(tenYears.actionItems);
    return size;
}

void generateSynthetic(Database& database, const SyntheticSize& size, quint32 seed)
{
    const HeapTrimPause heapTrimPause;
    if (database.engine() == storage::Engine::Postgres) { // a server keeps its own cache
        SyntheticGenerator(database, size, seed).run();
        return;
    }
    // One big transaction touches every index page again and again; with SQLite's default 2 MB
    // cache the spilled pages are read back from the WAL file a million times. A large cache for
    // the duration keeps them in memory.
    Statement cacheSize(database, QStringLiteral("PRAGMA cache_size"));
    cacheSize.exec();
    const qint64 previous = cacheSize.next() ? cacheSize.integer(0) : -2000;
    Statement(database, QStringLiteral("PRAGMA cache_size = -262144")).exec(); // 256 MB
    try {
        SyntheticGenerator(database, size, seed).run();
    } catch (...) {
        Statement(database, QStringLiteral("PRAGMA cache_size = %1").arg(previous)).exec();
        throw;
    }
    Statement(database, QStringLiteral("PRAGMA cache_size = %1").arg(previous)).exec();
}

} // namespace jalaseh::synthetic
