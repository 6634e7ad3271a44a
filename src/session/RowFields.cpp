#include "session/RowFields.h"

#include <QCoreApplication>

namespace jalaseh::session {

#define FIELD(Row, member, label)                                                                  \
    RowField<Row>                                                                                  \
    {                                                                                              \
        label, [](const Row& a, const Row& b) { return a.member == b.member; },                    \
            [](Row& to, const Row& from) {                                                         \
                to.member = from.member;                                                           \
            }                                                                                      \
    }

#define ROW_FIELDS(Row, noun, ...)                                                                 \
    template <>                                                                                    \
    const QList<RowField<Row>>& rowFields<Row>()                                                   \
    {                                                                                              \
        static const QList<RowField<Row>> fields{__VA_ARGS__};                                     \
        return fields;                                                                             \
    }                                                                                              \
    template <>                                                                                    \
    QString rowNoun<Row>()                                                                         \
    {                                                                                              \
        return QCoreApplication::translate("RowFields", noun);                                     \
    }

ROW_FIELDS(Person, QT_TRANSLATE_NOOP("RowFields", "this person"),
           FIELD(Person, familyName, QT_TRANSLATE_NOOP("RowFields", "family name")),
           FIELD(Person, givenName, QT_TRANSLATE_NOOP("RowFields", "given name")),
           FIELD(Person, gender, QT_TRANSLATE_NOOP("RowFields", "gender")),
           FIELD(Person, title, QT_TRANSLATE_NOOP("RowFields", "title")),
           FIELD(Person, affiliation, QT_TRANSLATE_NOOP("RowFields", "affiliation")),
           FIELD(Person, position, QT_TRANSLATE_NOOP("RowFields", "position")),
           FIELD(Person, email, QT_TRANSLATE_NOOP("RowFields", "email")),
           FIELD(Person, phone, QT_TRANSLATE_NOOP("RowFields", "phone")),
           FIELD(Person, notes, QT_TRANSLATE_NOOP("RowFields", "notes")),
           FIELD(Person, active, QT_TRANSLATE_NOOP("RowFields", "active")))

ROW_FIELDS(Body, QT_TRANSLATE_NOOP("RowFields", "this body"),
           FIELD(Body, name, QT_TRANSLATE_NOOP("RowFields", "name")),
           FIELD(Body, kind, QT_TRANSLATE_NOOP("RowFields", "kind")),
           FIELD(Body, description, QT_TRANSLATE_NOOP("RowFields", "description")),
           FIELD(Body, mergedIntoId, QT_TRANSLATE_NOOP("RowFields", "merged into")),
           FIELD(Body, mergedOn, QT_TRANSLATE_NOOP("RowFields", "merged on")),
           FIELD(Body, active, QT_TRANSLATE_NOOP("RowFields", "active")))

ROW_FIELDS(Membership, QT_TRANSLATE_NOOP("RowFields", "this membership"),
           FIELD(Membership, personId, QT_TRANSLATE_NOOP("RowFields", "person")),
           FIELD(Membership, bodyId, QT_TRANSLATE_NOOP("RowFields", "body")),
           FIELD(Membership, role, QT_TRANSLATE_NOOP("RowFields", "role")),
           FIELD(Membership, from, QT_TRANSLATE_NOOP("RowFields", "from")),
           FIELD(Membership, until, QT_TRANSLATE_NOOP("RowFields", "until")))

ROW_FIELDS(MeetingSeries, QT_TRANSLATE_NOOP("RowFields", "this meeting series"),
           FIELD(MeetingSeries, name, QT_TRANSLATE_NOOP("RowFields", "name")),
           FIELD(MeetingSeries, bodyId, QT_TRANSLATE_NOOP("RowFields", "body")))

ROW_FIELDS(Meeting, QT_TRANSLATE_NOOP("RowFields", "this meeting"),
           FIELD(Meeting, seriesId, QT_TRANSLATE_NOOP("RowFields", "series")),
           FIELD(Meeting, number, QT_TRANSLATE_NOOP("RowFields", "number")),
           FIELD(Meeting, title, QT_TRANSLATE_NOOP("RowFields", "title")),
           FIELD(Meeting, mode, QT_TRANSLATE_NOOP("RowFields", "mode")),
           FIELD(Meeting, venue, QT_TRANSLATE_NOOP("RowFields", "venue")),
           FIELD(Meeting, onlineLink, QT_TRANSLATE_NOOP("RowFields", "online link")),
           FIELD(Meeting, date, QT_TRANSLATE_NOOP("RowFields", "date")),
           FIELD(Meeting, start, QT_TRANSLATE_NOOP("RowFields", "start")),
           FIELD(Meeting, end, QT_TRANSLATE_NOOP("RowFields", "end")),
           FIELD(Meeting, chairId, QT_TRANSLATE_NOOP("RowFields", "chair")),
           FIELD(Meeting, secretaryId, QT_TRANSLATE_NOOP("RowFields", "secretary")),
           FIELD(Meeting, status, QT_TRANSLATE_NOOP("RowFields", "status")),
           FIELD(Meeting, summary, QT_TRANSLATE_NOOP("RowFields", "summary")))

ROW_FIELDS(Attendance, QT_TRANSLATE_NOOP("RowFields", "this attendance"),
           FIELD(Attendance, personId, QT_TRANSLATE_NOOP("RowFields", "person")),
           FIELD(Attendance, role, QT_TRANSLATE_NOOP("RowFields", "role")),
           FIELD(Attendance, status, QT_TRANSLATE_NOOP("RowFields", "status")),
           FIELD(Attendance, reason, QT_TRANSLATE_NOOP("RowFields", "reason")),
           FIELD(Attendance, minutesLate, QT_TRANSLATE_NOOP("RowFields", "minutes late")),
           FIELD(Attendance, representsBodyId, QT_TRANSLATE_NOOP("RowFields", "represents")))

ROW_FIELDS(AgendaItem, QT_TRANSLATE_NOOP("RowFields", "this agenda item"),
           FIELD(AgendaItem, title, QT_TRANSLATE_NOOP("RowFields", "title")),
           FIELD(AgendaItem, description, QT_TRANSLATE_NOOP("RowFields", "description")),
           FIELD(AgendaItem, isQuestion, QT_TRANSLATE_NOOP("RowFields", "question")))

ROW_FIELDS(Contribution, QT_TRANSLATE_NOOP("RowFields", "this contribution"),
           FIELD(Contribution, speakerId, QT_TRANSLATE_NOOP("RowFields", "speaker")),
           FIELD(Contribution, agendaItemId, QT_TRANSLATE_NOOP("RowFields", "agenda item")),
           FIELD(Contribution, text, QT_TRANSLATE_NOOP("RowFields", "text")))

ROW_FIELDS(Proposal, QT_TRANSLATE_NOOP("RowFields", "this proposal"),
           FIELD(Proposal, text, QT_TRANSLATE_NOOP("RowFields", "text")),
           FIELD(Proposal, proposerId, QT_TRANSLATE_NOOP("RowFields", "proposer")),
           FIELD(Proposal, supporterIds, QT_TRANSLATE_NOOP("RowFields", "supporters")),
           FIELD(Proposal, status, QT_TRANSLATE_NOOP("RowFields", "status")),
           FIELD(Proposal, agendaItemId, QT_TRANSLATE_NOOP("RowFields", "agenda item")))

ROW_FIELDS(Decision, QT_TRANSLATE_NOOP("RowFields", "this decision"),
           FIELD(Decision, text, QT_TRANSLATE_NOOP("RowFields", "text")),
           FIELD(Decision, status, QT_TRANSLATE_NOOP("RowFields", "status")),
           FIELD(Decision, responsibleId, QT_TRANSLATE_NOOP("RowFields", "responsible")),
           FIELD(Decision, deadline, QT_TRANSLATE_NOOP("RowFields", "deadline")),
           FIELD(Decision, followUp, QT_TRANSLATE_NOOP("RowFields", "follow-up")),
           FIELD(Decision, proposalId, QT_TRANSLATE_NOOP("RowFields", "proposal")),
           FIELD(Decision, reviewedInMeetingIds, QT_TRANSLATE_NOOP("RowFields", "reviews")))

ROW_FIELDS(ActionItem, QT_TRANSLATE_NOOP("RowFields", "this action item"),
           FIELD(ActionItem, decisionId, QT_TRANSLATE_NOOP("RowFields", "decision")),
           FIELD(ActionItem, task, QT_TRANSLATE_NOOP("RowFields", "task")),
           FIELD(ActionItem, ownerId, QT_TRANSLATE_NOOP("RowFields", "owner")),
           FIELD(ActionItem, deadline, QT_TRANSLATE_NOOP("RowFields", "deadline")),
           FIELD(ActionItem, state, QT_TRANSLATE_NOOP("RowFields", "follow-up")))

} // namespace jalaseh::session
