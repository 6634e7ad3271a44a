#include "MinutesSentences.h"

#include "MinutesPhrases.h"
#include "persian/JalaliDate.h"
#include "persian/Normalize.h"

#include <array>

namespace jalaseh::report {
namespace {

const QChar space(u' ');
const QString listComma = QStringLiteral("، ");

bool endsSentence(const QString& text)
{
    static const QString enders = QStringLiteral(".!?؟…");
    return !text.isEmpty() && enders.contains(text.back());
}

// A fragment to be embedded in a longer sentence: without its own final full stop.
QString fragment(const QString& text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QChar(u'.')))
        trimmed.chop(1);
    return trimmed.trimmed();
}

QString joinWords(const QStringList& words)
{
    QStringList kept;
    for (const QString& word : words) {
        if (!word.isEmpty())
            kept.append(word);
    }
    return kept.join(space);
}

persian::NamedPerson toNamed(const Person& person)
{
    return {person.gender, person.title, person.familyName, person.givenName};
}

} // namespace

QString endSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || endsSentence(trimmed))
        return trimmed;
    return trimmed + QChar(u'.');
}

MinutesSentences::MinutesSentences(const MeetingRecord& record, const Organisation& organisation)
    : m_record(record)
    , m_organisation(organisation)
{
}

QString MinutesSentences::meetingNoun() const
{
    return m_record.series.name.trimmed().startsWith(QStringLiteral("نشست"))
               ? QStringLiteral("نشست")
               : QStringLiteral("جلسه");
}

QString MinutesSentences::place() const
{
    const Meeting& meeting = m_record.meeting;
    return meeting.venue.trimmed().isEmpty() ? meeting.onlineLink.trimmed()
                                             : meeting.venue.trimmed();
}

QString MinutesSentences::dateAndTime(const Meeting& meeting) const
{
    QStringList parts;
    if (meeting.start.isValid())
        parts.append(persian::timeRange(meeting.start, meeting.end));
    if (meeting.date.isValid()) {
        parts.append(persian::JalaliDate::weekdayName(meeting.date.dayOfWeek()));
        parts.append(persian::formatDate(meeting.date));
    }
    return joinWords(parts);
}

// "اولین نشست مجازی راهبران کارگروه‌های شبکه کتابخانه‌های
// دانشگاهی کشور": the ordinal and the mode go around the series' own noun, and the organisation
// follows the series by an ezafe.
static QString meetingSubject(const MeetingRecord& record, const Organisation& organisation,
                              const QString& noun)
{
    const QString series = record.series.name.trimmed();
    QString rest = series;
    if (series.startsWith(noun + space))
        rest = series.mid(noun.size() + 1).trimmed();
    else if (series == noun)
        rest.clear();
    const QString network = organisation.name.trimmed();
    if (!network.isEmpty() && !series.contains(network))
        rest = rest.isEmpty() ? network : persian::ezafe(rest) + space + network;
    const QString ordinal =
        record.meeting.number > 0 ? persian::ordinalAdjective(record.meeting.number) : QString();
    return joinWords({ordinal, noun, persian::meetingModeName(record.meeting.mode), rest});
}

QString MinutesSentences::opening() const
{
    const QString subject = meetingSubject(m_record, m_organisation, meetingNoun());
    const QString when = dateAndTime(m_record.meeting);
    const QString where = place().isEmpty() ? QString() : QStringLiteral("در ") + place();
    const QString verb = m_record.meeting.status == MeetingStatus::Planned
                             ? QStringLiteral("برگزار خواهد شد.")
                             : QStringLiteral("برگزار شد.");
    QString sentence = subject;
    if (!when.isEmpty())
        sentence += listComma + when;
    return joinWords({sentence, where, verb});
}

QList<persian::NamedPerson> MinutesSentences::namedPeople(const QList<Id>& personIds) const
{
    QList<persian::NamedPerson> people;
    for (Id id : personIds) {
        if (const Person* person = m_record.person(id))
            people.append(toNamed(*person));
    }
    return people;
}

QString MinutesSentences::name(Id personId) const
{
    const Person* person = m_record.person(personId);
    return person ? persian::honorificName(toNamed(*person)) : QString();
}

QString MinutesSentences::names(const QList<Id>& personIds) const
{
    const auto people = namedPeople(personIds);
    return people.isEmpty() ? QString() : persian::honorificGroup(people);
}

QString MinutesSentences::presentGroup(AttendanceRole role, const QList<Id>& people) const
{
    const bool many = people.size() > 1;
    const QString group = names(people);
    const auto inParentheses = [&group](const QString& label) -> QString {
        return label + QStringLiteral(" (") + group + QChar(u')');
    };
    switch (role) {
    case AttendanceRole::Lead:
        return inParentheses(many ? QStringLiteral("راهبران کارگروه‌ها")
                                  : QStringLiteral("راهبر کارگروه"));
    case AttendanceRole::Member: {
        const Body* body =
            m_record.series.bodyId ? m_record.body(*m_record.series.bodyId) : nullptr;
        const QString label = many ? QStringLiteral("اعضای") : QStringLiteral("عضو");
        return inParentheses(body ? label + space + body->name
                                  : (many ? QStringLiteral("اعضا") : label));
    }
    case AttendanceRole::SteeringCommittee:
        return inParentheses(many ? QStringLiteral("اعضای کمیته راهبری")
                                  : QStringLiteral("عضو کمیته راهبری"));
    case AttendanceRole::Guest:
        return group + (many ? QStringLiteral(" به عنوان مهمانان مدعو")
                             : QStringLiteral(" به عنوان مهمان مدعو"));
    case AttendanceRole::Chair:
        return group + QStringLiteral(" به عنوان رئیس جلسه");
    case AttendanceRole::Secretary:
        return group + QStringLiteral(" به عنوان دبیر جلسه");
    }
    return group;
}

QString MinutesSentences::presence() const
{
    // The seed's order: the leads, then guests, then the steering committee; chair and
    // secretary last so that "علاوه بر" always opens with a group.
    constexpr std::array order{AttendanceRole::Lead,  AttendanceRole::Member,
                               AttendanceRole::Guest, AttendanceRole::SteeringCommittee,
                               AttendanceRole::Chair, AttendanceRole::Secretary};
    QStringList groups;
    for (AttendanceRole role : order) {
        QList<Id> people;
        for (const Attendance& attendance : m_record.attendance) {
            if (attendance.role == role && attendance.wasThere() &&
                m_record.person(attendance.personId))
                people.append(attendance.personId);
        }
        if (!people.isEmpty())
            groups.append(presentGroup(role, people));
    }
    if (groups.isEmpty())
        return {};
    const QString opening = QStringLiteral("در این ") + meetingNoun() + listComma;
    if (groups.size() == 1)
        return opening + groups.first() + QStringLiteral(" حضور داشتند.");
    const QString first = groups.takeFirst();
    return opening + QStringLiteral("علاوه بر ") + first + listComma + persian::joinList(groups) +
           QStringLiteral(" حضور داشتند.");
}

QStringList MinutesSentences::lateness() const
{
    QStringList sentences;
    for (const Attendance& attendance : m_record.attendance) {
        const QString who = name(attendance.personId);
        if (who.isEmpty())
            continue;
        if (attendance.status == AttendanceStatus::Late)
            sentences.append(joinWords({who, phrases::lateBy(attendance.minutesLate),
                                        QStringLiteral("به جلسه پیوستند.")}));
        else if (attendance.status == AttendanceStatus::LeftEarly)
            sentences.append(who + QStringLiteral(" جلسه را پیش از پایان ترک کردند."));
    }
    return sentences;
}

QString MinutesSentences::absence() const
{
    // Absent leads are named by the working group they lead, as the seed does; everyone else by
    // name. Groups keep the order in which they first appear.
    QList<std::optional<Id>> groupBodies;
    QList<QList<Id>> groupPeople;
    int count = 0;
    for (const Attendance& attendance : m_record.attendance) {
        if (attendance.status != AttendanceStatus::Absent || !m_record.person(attendance.personId))
            continue;
        std::optional<Id> body;
        if (attendance.role == AttendanceRole::Lead && attendance.representsBodyId &&
            m_record.body(*attendance.representsBodyId))
            body = attendance.representsBodyId;
        auto at = groupBodies.indexOf(body);
        if (at < 0) {
            groupBodies.append(body);
            groupPeople.append(QList<Id>());
            at = groupBodies.size() - 1;
        }
        groupPeople[at].append(attendance.personId);
        ++count;
    }
    if (count == 0)
        return {};
    QStringList groups;
    for (qsizetype i = 0; i < groupBodies.size(); ++i) {
        const QString people = names(groupPeople[i]);
        if (!groupBodies[i]) {
            groups.append(people);
            continue;
        }
        const QString label =
            groupPeople[i].size() > 1 ? QStringLiteral("راهبران ") : QStringLiteral("راهبر ");
        groups.append(label + m_record.body(*groupBodies[i])->name + QStringLiteral(" (") + people +
                      QChar(u')'));
    }
    if (count == 1)
        return groups.first() + QStringLiteral(" در این جلسه غایب بودند.");
    return persian::joinList(groups) + QStringLiteral("، غایبین این جلسه بودند.");
}

QString MinutesSentences::excused() const
{
    // People excused for the same reason share one clause, as the secretariat writes it
    // ("الف و ب به دلیل مأموریت"); reasons keep the order in which they first appear.
    struct Reason
    {
        QString phrase; // "به دلیل مأموریت", or empty
        QList<Id> people;
    };
    QList<Reason> reasons;
    QStringList keys;
    for (const Attendance& attendance : m_record.attendance) {
        if (attendance.status != AttendanceStatus::Excused || name(attendance.personId).isEmpty())
            continue;
        const QString reason = fragment(attendance.reason);
        QString phrase = reason;
        QString key = reason;
        for (const QString& lead : {QStringLiteral("به دلیل"), QStringLiteral("به علت")}) {
            if (reason.startsWith(lead + space))
                key = reason.mid(lead.size() + 1);
        }
        if (!reason.isEmpty() && key == reason)
            phrase = QStringLiteral("به دلیل ") + reason;
        key = persian::searchKey(key);
        qsizetype at = keys.indexOf(key);
        if (at < 0) {
            keys.append(key);
            reasons.append({phrase, {}});
            at = reasons.size() - 1;
        }
        reasons[at].people.append(attendance.personId);
    }
    if (reasons.isEmpty())
        return {};
    QStringList clauses;
    for (const Reason& reason : reasons)
        clauses.append(joinWords({names(reason.people), reason.phrase}));
    return persian::joinList(clauses) + QStringLiteral(" از حضور در جلسه معذور بودند.");
}

QString MinutesSentences::questions(bool opensTheDiscussion) const
{
    QStringList titles;
    for (const AgendaItem& item : m_record.agenda) {
        if (item.isQuestion && !fragment(item.title).isEmpty())
            titles.append(fragment(item.title));
    }
    if (titles.isEmpty())
        return {};
    const QString topic = titles.size() == 1
                              ? QString(QStringLiteral("موضوع ") + titles.first())
                              : QString(persian::cardinalWords(int(titles.size())) +
                                        QStringLiteral(" محور اصلی ") + persian::joinList(titles));
    const QString lead =
        opensTheDiscussion ? QStringLiteral("در ابتدا") : QStringLiteral("در ادامه");
    return joinWords({lead, QStringLiteral("در رابطه با"), topic, QStringLiteral("نظرخواهی شد.")});
}

QString MinutesSentences::contribution(int index, const Contribution& contribution) const
{
    const QString speaker = name(contribution.speakerId);
    QString connective;
    if (index == 0)
        connective = speaker.isEmpty() ? QStringLiteral("در ابتدا،") : QStringLiteral("در ابتدا");
    else if (index == 1)
        connective = QStringLiteral("در ادامه،");
    return endSentence(joinWords({connective, speaker, contribution.text.trimmed()}));
}

QString MinutesSentences::proposal(const Proposal& proposal) const
{
    QStringList who;
    if (proposal.proposerId && !name(*proposal.proposerId).isEmpty())
        who.append(QStringLiteral("پیشنهاد ") + name(*proposal.proposerId));
    if (!names(proposal.supporterIds).isEmpty())
        who.append(QStringLiteral("با تأیید ") + names(proposal.supporterIds));
    QString line = fragment(proposal.text);
    if (!who.isEmpty())
        line += QStringLiteral(" (") + who.join(listComma) + QChar(u')');
    if (proposal.status != ProposalStatus::Open)
        line += QStringLiteral("؛ ") + phrases::proposalStatus(proposal.status);
    return line;
}

QString MinutesSentences::decision(const Decision& decision) const
{
    QStringList details;
    if (decision.responsibleId && !name(*decision.responsibleId).isEmpty())
        details.append(QStringLiteral("مسئول پیگیری: ") + name(*decision.responsibleId));
    if (decision.deadline.isValid())
        details.append(QStringLiteral("مهلت اجرا: ") + persian::formatDate(decision.deadline));
    QString line = fragment(decision.text);
    if (!details.isEmpty())
        line += QStringLiteral(" (") + details.join(QStringLiteral("؛ ")) + QChar(u')');
    return line;
}

QString MinutesSentences::closing() const
{
    // A summary typed as the whole closing sentence ("در انتها، ... موکول شد.") is taken as it
    // is: neither the opening words nor a deferral it already states are written twice.
    const QString summary = m_record.meeting.summary.trimmed();
    const QString summaryKey = persian::searchKey(summary);
    QStringList deferred;
    for (const Decision& decision : m_record.decisions) {
        const QString text = fragment(decision.text);
        if (decision.status == DecisionStatus::Deferred && !text.isEmpty() &&
            !summaryKey.contains(persian::searchKey(text)))
            deferred.append(text);
    }
    if (deferred.isEmpty() && summary.isEmpty())
        return {};
    const QString leadWords = QStringLiteral("در انتها");
    const bool summaryLeads = summary.startsWith(leadWords);
    const QString lead = leadWords + listComma;
    const QString deferral =
        persian::joinList(deferred) + QStringLiteral(" به جلسات بعدی موکول شد.");
    if (summary.isEmpty())
        return lead + deferral;
    const QString opened = summaryLeads ? summary : lead + summary;
    if (deferred.isEmpty())
        return endSentence(opened);
    return opened + (endsSentence(summary) ? QString(space) : listComma) + deferral;
}

QString MinutesSentences::invitation() const
{
    const QString subject = meetingSubject(m_record, m_organisation, meetingNoun());
    const QString when = dateAndTime(m_record.meeting);
    const QString where = place().isEmpty() ? QString() : QStringLiteral("در ") + place();
    return joinWords(
        {QStringLiteral("بدین‌وسیله از شما دعوت می‌شود در"), subject,
         QStringLiteral("که"), when, where, QStringLiteral("برگزار خواهد شد، حضور به هم رسانید.")});
}

QString MinutesSentences::nextMeeting(const Meeting& next) const
{
    const QString venue =
        next.venue.trimmed().isEmpty() ? next.onlineLink.trimmed() : next.venue.trimmed();
    return joinWords({meetingNoun(), QStringLiteral("بعد"), dateAndTime(next),
                      venue.isEmpty() ? QString() : QStringLiteral("در ") + venue,
                      QStringLiteral("برگزار خواهد شد.")});
}

} // namespace jalaseh::report
