#include "MinutesContext.h"

#include "Isolation.h"
#include "MinutesPhrases.h"
#include "MinutesSentences.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "persian/Phrasing.h"

#include <QImage>

namespace jalaseh::report {
namespace {

using kainjow::mustache::data;
using kainjow::mustache::list;

// Sets `key` only for a non-empty value, so that {{#key}}...{{/key}} hides what is not there
// (mustache treats an empty string as present).
void put(data& target, const std::string& key, const QString& value)
{
    if (!value.isEmpty())
        target.set(key, value.toStdString());
}

void putList(data& target, const std::string& key, const list& items)
{
    target.set(key, items);
    target.set("has_" + key, !items.empty());
}

QString number(qsizetype value)
{
    return persian::formatNumber(value);
}

data organisationData(const Organisation& organisation)
{
    data result;
    put(result, "name", organisation.name.trimmed());
    list lines;
    for (const QString& line : organisation.letterheadLines) {
        if (line.trimmed().isEmpty())
            continue;
        data item;
        put(item, "line", line.trimmed());
        lines.push_back(item);
    }
    putList(result, "letterhead", lines);
    // The logo travels inside the document as a data URL, so the HTML file stands alone and
    // QTextDocument reads it without a resource lookup. Bytes that are no image are left out.
    if (!organisation.logoPng.isEmpty() && !QImage::fromData(organisation.logoPng).isNull())
        put(result, "logo",
            QStringLiteral("data:image/png;base64,") +
                QString::fromLatin1(organisation.logoPng.toBase64()));
    return result;
}

data meetingData(const MeetingRecord& record, const MinutesSentences& sentences)
{
    const Meeting& meeting = record.meeting;
    data result;
    put(result, "series", record.series.name.trimmed());
    put(result, "title", meeting.title.trimmed());
    put(result, "noun", sentences.meetingNoun());
    if (meeting.number > 0) {
        put(result, "number", number(meeting.number));
        put(result, "ordinal", persian::ordinalAdjective(meeting.number));
    }
    put(result, "mode", persian::meetingModeName(meeting.mode));
    put(result, "venue", meeting.venue.trimmed());
    put(result, "link", meeting.onlineLink.trimmed());
    put(result, "place", sentences.place());
    if (meeting.date.isValid()) {
        put(result, "date", persian::formatDate(meeting.date));
        put(result, "date_long", persian::formatDateLong(meeting.date));
        put(result, "weekday", persian::JalaliDate::weekdayName(meeting.date.dayOfWeek()));
    }
    if (meeting.start.isValid()) {
        put(result, "start", persian::formatTime(meeting.start));
        put(result, "time_range", persian::timeRange(meeting.start, meeting.end));
    }
    if (meeting.end.isValid())
        put(result, "end", persian::formatTime(meeting.end));
    if (meeting.chairId)
        put(result, "chair", sentences.name(*meeting.chairId));
    if (meeting.secretaryId)
        put(result, "secretary", sentences.name(*meeting.secretaryId));
    // Mustache has no "or": the formal header's officers row shows when either is known.
    result.set("has_officers", !sentences.name(meeting.chairId.value_or(0)).isEmpty() ||
                                   !sentences.name(meeting.secretaryId.value_or(0)).isEmpty());
    put(result, "summary", meeting.summary.trimmed());
    return result;
}

QString roleOf(const MeetingRecord& record, const Attendance& attendance)
{
    const Body* represents =
        attendance.representsBodyId ? record.body(*attendance.representsBodyId) : nullptr;
    return phrases::attendanceRole(attendance.role, represents);
}

data personRow(const MeetingRecord& record, const MinutesSentences& sentences,
               const Attendance& attendance, qsizetype index)
{
    data row;
    put(row, "index", number(index));
    put(row, "name", sentences.name(attendance.personId));
    put(row, "role", roleOf(record, attendance));
    if (const Person* person = record.person(attendance.personId)) {
        put(row, "given_name", person->givenName.trimmed());
        put(row, "family_name", person->familyName.trimmed());
        put(row, "affiliation", person->affiliation.trimmed());
        put(row, "position", person->position.trimmed());
    }
    put(row, "status", phrases::attendanceStatus(attendance.status));
    if (attendance.status == AttendanceStatus::Late)
        put(row, "note", phrases::lateBy(attendance.minutesLate));
    else if (attendance.status == AttendanceStatus::LeftEarly)
        put(row, "note", phrases::attendanceStatus(attendance.status));
    put(row, "reason", attendance.reason.trimmed());
    return row;
}

void addAttendance(data& context, const MeetingRecord& record, const MinutesSentences& sentences,
                   const MinutesSections& sections)
{
    list present;
    list absent;
    list invitees;
    for (const Attendance& attendance : record.attendance) {
        if (!record.person(attendance.personId))
            continue;
        invitees.push_back(
            personRow(record, sentences, attendance, qsizetype(invitees.size()) + 1));
        if (attendance.wasThere())
            present.push_back(
                personRow(record, sentences, attendance, qsizetype(present.size()) + 1));
        else if (sections.absentees)
            absent.push_back(
                personRow(record, sentences, attendance, qsizetype(absent.size()) + 1));
    }
    putList(context, "present", present);
    putList(context, "absent", absent);
    putList(context, "invitees", invitees);
    // Signature lines are for the people who were there.
    putList(context, "signatures", sections.signatures ? present : list());

    put(context, "presence", sentences.presence());
    list lateness;
    for (const QString& sentence : sentences.lateness()) {
        data item;
        put(item, "text", sentence);
        lateness.push_back(item);
    }
    putList(context, "lateness", lateness);
    if (sections.absentees) {
        put(context, "absence", sentences.absence());
        put(context, "excused", sentences.excused());
    }
}

// The meeting's attached files by name and size («پیوست‌ها»); none when the export leaves them
// out.
void addAttachments(data& context, const MeetingRecord& record, bool shown)
{
    list attachments;
    if (shown) {
        for (const Attachment& attachment : record.attachments) {
            data row;
            put(row, "index", number(qsizetype(attachments.size()) + 1));
            put(row, "name", attachment.name.trimmed());
            put(row, "size", phrases::fileSize(attachment.size));
            attachments.push_back(row);
        }
    }
    putList(context, "attachments", attachments);
}

void addAgenda(data& context, const MeetingRecord& record)
{
    list agenda;
    for (const AgendaItem& item : record.agenda) {
        data row;
        put(row, "index", number(qsizetype(agenda.size()) + 1));
        put(row, "title", item.title.trimmed());
        put(row, "description", item.description.trimmed());
        row.set("is_question", item.isQuestion);
        agenda.push_back(row);
    }
    putList(context, "agenda", agenda);
}

bool isQuestion(const MeetingRecord& record, const std::optional<Id>& agendaItemId)
{
    if (!agendaItemId)
        return false;
    for (const AgendaItem& item : record.agenda) {
        if (item.id == *agendaItemId)
            return item.isQuestion;
    }
    return false;
}

QString agendaTitle(const MeetingRecord& record, const std::optional<Id>& agendaItemId)
{
    for (const AgendaItem& item : record.agenda) {
        if (agendaItemId && item.id == *agendaItemId)
            return item.title.trimmed();
    }
    return {};
}

// The contributions in order, each as a row and as the narrative's paragraph. The questions put
// to the room open the part of the discussion that answers them, as in the seed; when no
// contribution answers them, they close the discussion.
void addDiscussion(data& context, const MeetingRecord& record, const MinutesSentences& sentences,
                   bool included)
{
    list contributions;
    list discussion;
    bool questionsAsked = false;
    // When the questions open the discussion, the first speaker answers them: "در ادامه".
    int connectiveShift = 0;
    const auto paragraph = [](const QString& text) {
        data item;
        put(item, "text", text);
        return item;
    };
    for (qsizetype i = 0; i < record.contributions.size(); ++i) {
        const Contribution& contribution = record.contributions[i];
        if (!questionsAsked && isQuestion(record, contribution.agendaItemId)) {
            const QString questions = sentences.questions(i == 0);
            if (!questions.isEmpty()) {
                discussion.push_back(paragraph(questions));
                if (i == 0)
                    connectiveShift = 1;
            }
            questionsAsked = true;
        }
        data row;
        put(row, "index", number(i + 1));
        put(row, "speaker", sentences.name(contribution.speakerId));
        put(row, "text", contribution.text.trimmed());
        put(row, "topic", agendaTitle(record, contribution.agendaItemId));
        const QString sentence = sentences.contribution(int(i) + connectiveShift, contribution);
        put(row, "sentence", sentence);
        contributions.push_back(row);
        discussion.push_back(paragraph(sentence));
    }
    if (!questionsAsked) {
        const QString questions = sentences.questions(record.contributions.isEmpty());
        if (!questions.isEmpty())
            discussion.push_back(paragraph(questions));
    }
    if (!included) {
        contributions.clear();
        discussion.clear();
    }
    putList(context, "contributions", contributions);
    putList(context, "discussion", discussion);
}

void addProposals(data& context, const MeetingRecord& record, const MinutesSentences& sentences,
                  bool included)
{
    list proposals;
    for (const Proposal& proposal : included ? record.proposals : QList<Proposal>()) {
        data row;
        put(row, "index", number(qsizetype(proposals.size()) + 1));
        put(row, "text", proposal.text.trimmed());
        if (proposal.proposerId)
            put(row, "proposer", sentences.name(*proposal.proposerId));
        put(row, "supporters", sentences.names(proposal.supporterIds));
        put(row, "status", phrases::proposalStatus(proposal.status));
        put(row, "line", sentences.proposal(proposal));
        proposals.push_back(row);
    }
    putList(context, "proposals", proposals);
}

data decisionRow(const Decision& decision, const MinutesSentences& sentences, qsizetype index)
{
    data row;
    put(row, "index", number(index));
    put(row, "text", decision.text.trimmed());
    if (decision.responsibleId)
        put(row, "responsible", sentences.name(*decision.responsibleId));
    if (decision.deadline.isValid())
        put(row, "deadline", persian::formatDate(decision.deadline));
    put(row, "status", phrases::decisionStatus(decision.status));
    put(row, "follow_up", phrases::followUpState(decision.followUp));
    put(row, "line", sentences.decision(decision));
    return row;
}

void addDecisions(data& context, const MeetingRecord& record, const MinutesSentences& sentences)
{
    list approved;
    list rejected;
    list deferred;
    for (const Decision& decision : record.decisions) {
        list& into = decision.status == DecisionStatus::Approved   ? approved
                     : decision.status == DecisionStatus::Rejected ? rejected
                                                                   : deferred;
        into.push_back(decisionRow(decision, sentences, qsizetype(into.size()) + 1));
    }
    putList(context, "decisions", approved);
    putList(context, "rejected", rejected);
    putList(context, "deferred", deferred);
    list carried;
    for (const Decision& decision : record.carriedOver)
        carried.push_back(decisionRow(decision, sentences, qsizetype(carried.size()) + 1));
    putList(context, "carried_over", carried);
    put(context, "closing", sentences.closing());

    list actions;
    for (const ActionItem& action : record.actionItems) {
        data row;
        put(row, "index", number(qsizetype(actions.size()) + 1));
        put(row, "task", action.task.trimmed());
        if (action.ownerId)
            put(row, "owner", sentences.name(*action.ownerId));
        if (action.deadline.isValid())
            put(row, "deadline", persian::formatDate(action.deadline));
        put(row, "state", phrases::followUpState(action.state));
        actions.push_back(row);
    }
    putList(context, "actions", actions);
}

void addNextMeeting(data& context, const MinutesSentences& sentences,
                    const std::optional<Meeting>& next)
{
    if (!next)
        return;
    data result;
    put(result, "sentence", sentences.nextMeeting(*next));
    if (next->date.isValid()) {
        put(result, "date", persian::formatDate(next->date));
        put(result, "weekday", persian::JalaliDate::weekdayName(next->date.dayOfWeek()));
    }
    if (next->start.isValid())
        put(result, "time_range", persian::timeRange(next->start, next->end));
    put(result, "place",
        next->venue.trimmed().isEmpty() ? next->onlineLink.trimmed() : next->venue.trimmed());
    context.set("next_meeting", result);
}

QString titleFor(MinutesStyle style, const MeetingRecord& record)
{
    switch (style) {
    case MinutesStyle::Narrative: {
        const QString series = record.series.name.trimmed();
        return series.isEmpty() ? QStringLiteral("گزارش جلسه") : QStringLiteral("گزارش ") + series;
    }
    case MinutesStyle::Formal:
        return QStringLiteral("صورتجلسه");
    case MinutesStyle::Invitation:
        return QStringLiteral("دعوتنامه");
    }
    return {};
}

} // namespace

MinutesContext::MinutesContext(const MeetingRecord& typedRecord,
                               const Organisation& typedOrganisation, MinutesStyle style,
                               const MinutesOptions& options)
{
    // Every sentence is made of the isolated fields, so that a direction control typed into one
    // acts inside it alone (Isolation.h).
    const MeetingRecord record = Isolation::isolatedFields(typedRecord);
    const Organisation organisation = Isolation::isolatedFields(typedOrganisation);
    m_title = titleFor(style, record);
    const MinutesSentences sentences(record, organisation);
    kainjow::mustache::data document;
    put(document, "title", m_title);
    put(document, "style", styleKey(style));
    m_data.set("document", document);
    m_data.set("organisation", organisationData(organisation));
    m_data.set("meeting", meetingData(record, sentences));
    put(m_data, "opening", sentences.opening());
    put(m_data, "invitation", sentences.invitation());
    // The parts an export leaves out are never set, so that every template (the user's too)
    // drops them with their headings: the built-in ones show a heading only with has_X.
    // `invitees` keeps everyone: it is the invitation's list, and the invitation has no parts.
    const MinutesSections sections =
        style == MinutesStyle::Invitation ? MinutesSections() : options.sections;
    addAttendance(m_data, record, sentences, sections);
    addAgenda(m_data, record);
    addDiscussion(m_data, record, sentences, sections.contributions);
    addProposals(m_data, record, sentences, sections.proposals);
    addDecisions(m_data, record, sentences);
    addAttachments(m_data, record, sections.attachments);
    std::optional<Meeting> next = options.nextMeeting;
    if (next) {
        next->venue = Isolation::isolated(next->venue);
        next->onlineLink = Isolation::isolated(next->onlineLink);
    }
    addNextMeeting(m_data, sentences, next);
}

} // namespace jalaseh::report
