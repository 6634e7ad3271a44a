#include "MinutesSnapshot.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jalaseh::documents {
namespace {

// Writing: every field of every row, named as in the database; absent references are null.
QJsonValue id(std::optional<Id> value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const QTime& value)
{
    return value.isValid() ? QJsonValue(value.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

QJsonArray ids(const QList<Id>& values)
{
    QJsonArray array;
    for (Id value : values)
        array.append(double(value));
    return array;
}

QJsonObject meetingJson(const Meeting& m)
{
    return {{QStringLiteral("id"), double(m.id)},
            {QStringLiteral("series_id"), double(m.seriesId)},
            {QStringLiteral("number"), m.number},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("mode"), storageKey(m.mode)},
            {QStringLiteral("venue"), m.venue},
            {QStringLiteral("online_link"), m.onlineLink},
            {QStringLiteral("date"), date(m.date)},
            {QStringLiteral("start"), time(m.start)},
            {QStringLiteral("end"), time(m.end)},
            {QStringLiteral("chair_id"), id(m.chairId)},
            {QStringLiteral("secretary_id"), id(m.secretaryId)},
            {QStringLiteral("status"), storageKey(m.status)},
            {QStringLiteral("summary"), m.summary}};
}

QJsonObject decisionJson(const Decision& d)
{
    return {{QStringLiteral("id"), double(d.id)},
            {QStringLiteral("meeting_id"), double(d.meetingId)},
            {QStringLiteral("position"), d.position},
            {QStringLiteral("text"), d.text},
            {QStringLiteral("status"), storageKey(d.status)},
            {QStringLiteral("responsible_id"), id(d.responsibleId)},
            {QStringLiteral("deadline"), date(d.deadline)},
            {QStringLiteral("follow_up"), storageKey(d.followUp)},
            {QStringLiteral("proposal_id"), id(d.proposalId)},
            {QStringLiteral("reviewed_in"), ids(d.reviewedInMeetingIds)}};
}

template <typename Row, typename Write>
QJsonArray rows(const QList<Row>& list, Write write)
{
    QJsonArray array;
    for (const Row& row : list)
        array.append(write(row));
    return array;
}

// People and bodies by ascending id: a hash has no order of its own.
template <typename Row, typename Write>
QJsonArray byId(const QHash<Id, Row>& hash, Write write)
{
    QList<Id> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray array;
    for (Id key : keys)
        array.append(write(hash.value(key)));
    return array;
}

QJsonObject recordJson(const MeetingRecord& r)
{
    QJsonObject json;
    json[QStringLiteral("meeting")] = meetingJson(r.meeting);
    json[QStringLiteral("series")] = QJsonObject{{QStringLiteral("id"), double(r.series.id)},
                                                 {QStringLiteral("name"), r.series.name},
                                                 {QStringLiteral("body_id"), id(r.series.bodyId)}};
    json[QStringLiteral("attendance")] = rows(r.attendance, [](const Attendance& a) {
        return QJsonObject{{QStringLiteral("id"), double(a.id)},
                           {QStringLiteral("person_id"), double(a.personId)},
                           {QStringLiteral("role"), storageKey(a.role)},
                           {QStringLiteral("status"), storageKey(a.status)},
                           {QStringLiteral("reason"), a.reason},
                           {QStringLiteral("minutes_late"), a.minutesLate},
                           {QStringLiteral("represents_body_id"), id(a.representsBodyId)}};
    });
    json[QStringLiteral("agenda")] = rows(r.agenda, [](const AgendaItem& a) {
        return QJsonObject{{QStringLiteral("id"), double(a.id)},
                           {QStringLiteral("position"), a.position},
                           {QStringLiteral("title"), a.title},
                           {QStringLiteral("description"), a.description},
                           {QStringLiteral("is_question"), a.isQuestion}};
    });
    json[QStringLiteral("contributions")] = rows(r.contributions, [](const Contribution& c) {
        return QJsonObject{{QStringLiteral("id"), double(c.id)},
                           {QStringLiteral("position"), c.position},
                           {QStringLiteral("speaker_id"), double(c.speakerId)},
                           {QStringLiteral("agenda_item_id"), id(c.agendaItemId)},
                           {QStringLiteral("text"), c.text}};
    });
    json[QStringLiteral("proposals")] = rows(r.proposals, [](const Proposal& p) {
        return QJsonObject{{QStringLiteral("id"), double(p.id)},
                           {QStringLiteral("position"), p.position},
                           {QStringLiteral("text"), p.text},
                           {QStringLiteral("proposer_id"), id(p.proposerId)},
                           {QStringLiteral("supporter_ids"), ids(p.supporterIds)},
                           {QStringLiteral("status"), storageKey(p.status)},
                           {QStringLiteral("agenda_item_id"), id(p.agendaItemId)}};
    });
    json[QStringLiteral("decisions")] = rows(r.decisions, decisionJson);
    json[QStringLiteral("carried_over")] = rows(r.carriedOver, decisionJson);
    json[QStringLiteral("action_items")] = rows(r.actionItems, [](const ActionItem& a) {
        return QJsonObject{{QStringLiteral("id"), double(a.id)},
                           {QStringLiteral("decision_id"), id(a.decisionId)},
                           {QStringLiteral("task"), a.task},
                           {QStringLiteral("owner_id"), id(a.ownerId)},
                           {QStringLiteral("deadline"), date(a.deadline)},
                           {QStringLiteral("state"), storageKey(a.state)}};
    });
    // Only when there are any: snapshots made before attachments keep their bytes, and so their
    // fingerprints. The files' names, sizes and hashes, never their bytes (they stay in the
    // database, frozen with the minutes).
    if (!r.attachments.isEmpty())
        json[QStringLiteral("attachments")] = rows(r.attachments, [](const Attachment& a) {
            return QJsonObject{{QStringLiteral("id"), double(a.id)},
                               {QStringLiteral("name"), a.name},
                               {QStringLiteral("size"), double(a.size)},
                               {QStringLiteral("media_type"), a.mediaType},
                               {QStringLiteral("sha256"), a.sha256}};
        });
    json[QStringLiteral("people")] = byId(r.people, [](const Person& p) {
        return QJsonObject{{QStringLiteral("id"), double(p.id)},
                           {QStringLiteral("family_name"), p.familyName},
                           {QStringLiteral("given_name"), p.givenName},
                           {QStringLiteral("gender"), storageKey(p.gender)},
                           {QStringLiteral("academic_title"), storageKey(p.title)},
                           {QStringLiteral("affiliation"), p.affiliation},
                           {QStringLiteral("position"), p.position},
                           {QStringLiteral("email"), p.email},
                           {QStringLiteral("phone"), p.phone},
                           {QStringLiteral("notes"), p.notes},
                           {QStringLiteral("active"), p.active}};
    });
    json[QStringLiteral("bodies")] = byId(r.bodies, [](const Body& b) {
        return QJsonObject{{QStringLiteral("id"), double(b.id)},
                           {QStringLiteral("name"), b.name},
                           {QStringLiteral("kind"), storageKey(b.kind)},
                           {QStringLiteral("description"), b.description},
                           {QStringLiteral("merged_into"), id(b.mergedIntoId)},
                           {QStringLiteral("merged_on"), date(b.mergedOn)},
                           {QStringLiteral("active"), b.active}};
    });
    return json;
}

// Reading: a snapshot is only ever written by toSnapshot, so reading trusts its shape, but a
// missing or mistyped field still reads as a sensible empty value rather than crashing.
Id idOf(const QJsonValue& value)
{
    return Id(value.toDouble());
}

std::optional<Id> optionalId(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return idOf(value);
}

QDate dateOf(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QTime timeOf(const QJsonValue& value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QList<Id> idsOf(const QJsonValue& value)
{
    QList<Id> list;
    for (const QJsonValue& item : value.toArray())
        list.append(idOf(item));
    return list;
}

template <typename Enum>
Enum choice(const QJsonValue& value, Enum fallback)
{
    return enumFromStorageKey<Enum>(value.toString()).value_or(fallback);
}

Meeting meetingOf(const QJsonObject& o)
{
    Meeting m;
    m.id = idOf(o[QStringLiteral("id")]);
    m.seriesId = idOf(o[QStringLiteral("series_id")]);
    m.number = o[QStringLiteral("number")].toInt();
    m.title = o[QStringLiteral("title")].toString();
    m.mode = choice(o[QStringLiteral("mode")], MeetingMode::InPerson);
    m.venue = o[QStringLiteral("venue")].toString();
    m.onlineLink = o[QStringLiteral("online_link")].toString();
    m.date = dateOf(o[QStringLiteral("date")]);
    m.start = timeOf(o[QStringLiteral("start")]);
    m.end = timeOf(o[QStringLiteral("end")]);
    m.chairId = optionalId(o[QStringLiteral("chair_id")]);
    m.secretaryId = optionalId(o[QStringLiteral("secretary_id")]);
    m.status = choice(o[QStringLiteral("status")], MeetingStatus::Held);
    m.summary = o[QStringLiteral("summary")].toString();
    return m;
}

Decision decisionOf(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    Decision d;
    d.id = idOf(o[QStringLiteral("id")]);
    d.meetingId = idOf(o[QStringLiteral("meeting_id")]);
    d.position = o[QStringLiteral("position")].toInt();
    d.text = o[QStringLiteral("text")].toString();
    d.status = choice(o[QStringLiteral("status")], DecisionStatus::Approved);
    d.responsibleId = optionalId(o[QStringLiteral("responsible_id")]);
    d.deadline = dateOf(o[QStringLiteral("deadline")]);
    d.followUp = choice(o[QStringLiteral("follow_up")], FollowUpState::Open);
    d.proposalId = optionalId(o[QStringLiteral("proposal_id")]);
    d.reviewedInMeetingIds = idsOf(o[QStringLiteral("reviewed_in")]);
    return d;
}

MeetingRecord recordOf(const QJsonObject& json)
{
    MeetingRecord r;
    r.meeting = meetingOf(json[QStringLiteral("meeting")].toObject());
    const Id meetingId = r.meeting.id;
    const QJsonObject series = json[QStringLiteral("series")].toObject();
    r.series.id = idOf(series[QStringLiteral("id")]);
    r.series.name = series[QStringLiteral("name")].toString();
    r.series.bodyId = optionalId(series[QStringLiteral("body_id")]);
    for (const QJsonValue& value : json[QStringLiteral("attendance")].toArray()) {
        const QJsonObject o = value.toObject();
        Attendance a;
        a.id = idOf(o[QStringLiteral("id")]);
        a.meetingId = meetingId;
        a.personId = idOf(o[QStringLiteral("person_id")]);
        a.role = choice(o[QStringLiteral("role")], AttendanceRole::Member);
        a.status = choice(o[QStringLiteral("status")], AttendanceStatus::Present);
        a.reason = o[QStringLiteral("reason")].toString();
        a.minutesLate = o[QStringLiteral("minutes_late")].toInt();
        a.representsBodyId = optionalId(o[QStringLiteral("represents_body_id")]);
        r.attendance.append(a);
    }
    for (const QJsonValue& value : json[QStringLiteral("agenda")].toArray()) {
        const QJsonObject o = value.toObject();
        r.agenda.append(AgendaItem{.id = idOf(o[QStringLiteral("id")]),
                                   .meetingId = meetingId,
                                   .position = o[QStringLiteral("position")].toInt(),
                                   .title = o[QStringLiteral("title")].toString(),
                                   .description = o[QStringLiteral("description")].toString(),
                                   .isQuestion = o[QStringLiteral("is_question")].toBool()});
    }
    for (const QJsonValue& value : json[QStringLiteral("contributions")].toArray()) {
        const QJsonObject o = value.toObject();
        r.contributions.append(
            Contribution{.id = idOf(o[QStringLiteral("id")]),
                         .meetingId = meetingId,
                         .position = o[QStringLiteral("position")].toInt(),
                         .speakerId = idOf(o[QStringLiteral("speaker_id")]),
                         .agendaItemId = optionalId(o[QStringLiteral("agenda_item_id")]),
                         .text = o[QStringLiteral("text")].toString()});
    }
    for (const QJsonValue& value : json[QStringLiteral("proposals")].toArray()) {
        const QJsonObject o = value.toObject();
        r.proposals.append(
            Proposal{.id = idOf(o[QStringLiteral("id")]),
                     .meetingId = meetingId,
                     .position = o[QStringLiteral("position")].toInt(),
                     .text = o[QStringLiteral("text")].toString(),
                     .proposerId = optionalId(o[QStringLiteral("proposer_id")]),
                     .supporterIds = idsOf(o[QStringLiteral("supporter_ids")]),
                     .status = choice(o[QStringLiteral("status")], ProposalStatus::Open),
                     .agendaItemId = optionalId(o[QStringLiteral("agenda_item_id")])});
    }
    for (const QJsonValue& value : json[QStringLiteral("decisions")].toArray())
        r.decisions.append(decisionOf(value));
    for (const QJsonValue& value : json[QStringLiteral("carried_over")].toArray())
        r.carriedOver.append(decisionOf(value));
    for (const QJsonValue& value : json[QStringLiteral("action_items")].toArray()) {
        const QJsonObject o = value.toObject();
        r.actionItems.append(
            ActionItem{.id = idOf(o[QStringLiteral("id")]),
                       .meetingId = meetingId,
                       .decisionId = optionalId(o[QStringLiteral("decision_id")]),
                       .task = o[QStringLiteral("task")].toString(),
                       .ownerId = optionalId(o[QStringLiteral("owner_id")]),
                       .deadline = dateOf(o[QStringLiteral("deadline")]),
                       .state = choice(o[QStringLiteral("state")], FollowUpState::Open)});
    }
    for (const QJsonValue& value : json[QStringLiteral("attachments")].toArray()) {
        const QJsonObject o = value.toObject();
        r.attachments.append(Attachment{.id = idOf(o[QStringLiteral("id")]),
                                        .meetingId = meetingId,
                                        .name = o[QStringLiteral("name")].toString(),
                                        .size = qint64(o[QStringLiteral("size")].toDouble()),
                                        .mediaType = o[QStringLiteral("media_type")].toString(),
                                        .sha256 = o[QStringLiteral("sha256")].toString()});
    }
    for (const QJsonValue& value : json[QStringLiteral("people")].toArray()) {
        const QJsonObject o = value.toObject();
        Person p;
        p.id = idOf(o[QStringLiteral("id")]);
        p.familyName = o[QStringLiteral("family_name")].toString();
        p.givenName = o[QStringLiteral("given_name")].toString();
        p.gender = choice(o[QStringLiteral("gender")], Gender::Unspecified);
        p.title = choice(o[QStringLiteral("academic_title")], AcademicTitle::None);
        p.affiliation = o[QStringLiteral("affiliation")].toString();
        p.position = o[QStringLiteral("position")].toString();
        p.email = o[QStringLiteral("email")].toString();
        p.phone = o[QStringLiteral("phone")].toString();
        p.notes = o[QStringLiteral("notes")].toString();
        p.active = o[QStringLiteral("active")].toBool(true);
        r.people.insert(p.id, p);
    }
    for (const QJsonValue& value : json[QStringLiteral("bodies")].toArray()) {
        const QJsonObject o = value.toObject();
        Body b;
        b.id = idOf(o[QStringLiteral("id")]);
        b.name = o[QStringLiteral("name")].toString();
        b.kind = choice(o[QStringLiteral("kind")], BodyKind::WorkingGroup);
        b.description = o[QStringLiteral("description")].toString();
        b.mergedIntoId = optionalId(o[QStringLiteral("merged_into")]);
        b.mergedOn = dateOf(o[QStringLiteral("merged_on")]);
        b.active = o[QStringLiteral("active")].toBool(true);
        r.bodies.insert(b.id, b);
    }
    return r;
}

} // namespace

QByteArray toSnapshot(const SnapshotContent& content)
{
    QJsonArray letterhead;
    for (const QString& line : content.organisation.letterheadLines)
        letterhead.append(line);
    const QJsonObject organisation{
        {QStringLiteral("name"), content.organisation.name},
        {QStringLiteral("letterhead"), letterhead},
        {QStringLiteral("logo_png"), QString::fromLatin1(content.organisation.logoPng.toBase64())}};
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("jalaseh-minutes-snapshot")},
        {QStringLiteral("format_version"), snapshotFormatVersion},
        {QStringLiteral("version"), content.version},
        {QStringLiteral("amend_reason"), content.amendReason},
        {QStringLiteral("record"), recordJson(content.record)},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("next_meeting"),
         content.nextMeeting ? QJsonValue(meetingJson(*content.nextMeeting)) : QJsonValue()}};
    // QJsonObject keeps its keys sorted, and compact output adds no spaces: canonical.
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<SnapshotContent> fromSnapshot(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject json = document.object();
    if (error.error != QJsonParseError::NoError ||
        json[QStringLiteral("format")].toString() != QLatin1String("jalaseh-minutes-snapshot") ||
        json[QStringLiteral("format_version")].toInt() != snapshotFormatVersion)
        return std::nullopt;
    SnapshotContent content;
    content.version = json[QStringLiteral("version")].toInt(1);
    content.amendReason = json[QStringLiteral("amend_reason")].toString();
    content.record = recordOf(json[QStringLiteral("record")].toObject());
    const QJsonObject organisation = json[QStringLiteral("organisation")].toObject();
    content.organisation.name = organisation[QStringLiteral("name")].toString();
    for (const QJsonValue& line : organisation[QStringLiteral("letterhead")].toArray())
        content.organisation.letterheadLines.append(line.toString());
    content.organisation.logoPng =
        QByteArray::fromBase64(organisation[QStringLiteral("logo_png")].toString().toLatin1());
    const QJsonValue next = json[QStringLiteral("next_meeting")];
    if (next.isObject())
        content.nextMeeting = meetingOf(next.toObject());
    return content;
}

QByteArray fingerprintOf(const QByteArray& snapshot)
{
    return QCryptographicHash::hash(snapshot, QCryptographicHash::Sha256);
}

} // namespace jalaseh::documents
