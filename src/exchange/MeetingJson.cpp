#include "MeetingJson.h"

#include "PersonReference.h"
#include "persian/JalaliDate.h"

#include <QJsonArray>
#include <QJsonObject>

// Writing a meeting file. Reading is in MeetingJsonReader.cpp; the two must agree on every key,
// which the round-trip tests check.
namespace jalaseh::exchange {
namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
QString clockTime(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

// "1402/01/21", Latin digits so that the file stays plain ASCII where it can; empty when the
// calendar cannot say.
QString jalaliDate(const QDate& date)
{
    const auto jalali = persian::JalaliDate::fromGregorian(date);
    if (!jalali.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(jalali.year(), 4, 10, QLatin1Char('0'))
        .arg(jalali.month(), 2, 10, QLatin1Char('0'))
        .arg(jalali.day(), 2, 10, QLatin1Char('0'));
}

void putText(QJsonObject& object, const QString& key, const QString& text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

void putDate(QJsonObject& object, const QString& key, const QDate& date)
{
    if (date.isValid())
        object.insert(key, isoDate(date));
}

// Position (1, 2, ...) of the row with `id` in `rows`, for references between rows of the file.
template <typename Row>
int numberOf(const QList<Row>& rows, Id id)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id)
            return int(i) + 1;
    }
    return 0;
}

class MeetingJsonWriter
{
public:
    explicit MeetingJsonWriter(const MeetingRecord& record)
        : m_record(record)
    {
        collectPeople();
        collectBodies();
    }

    QJsonObject write() const
    {
        QJsonObject file;
        file.insert(QStringLiteral("format"), QLatin1String(meetingFormatName));
        file.insert(QStringLiteral("version"), meetingFormatVersion);
        file.insert(QStringLiteral("series"), series());
        file.insert(QStringLiteral("meeting"), meeting());
        file.insert(QStringLiteral("people"), people());
        file.insert(QStringLiteral("bodies"), bodies());
        file.insert(QStringLiteral("attendance"), attendance());
        file.insert(QStringLiteral("agenda"), agenda());
        file.insert(QStringLiteral("contributions"), contributions());
        file.insert(QStringLiteral("proposals"), proposals());
        file.insert(QStringLiteral("decisions"), decisions());
        file.insert(QStringLiteral("actionItems"), actionItems());
        if (!m_record.attachments.isEmpty())
            file.insert(QStringLiteral("attachments"), attachments());
        return file;
    }

private:
    void notePerson(std::optional<Id> id)
    {
        if (id && !m_personIds.contains(*id))
            m_personIds.append(*id);
    }

    void noteBody(std::optional<Id> id)
    {
        if (id && !m_bodyIds.contains(*id))
            m_bodyIds.append(*id);
    }

    // People in the order the meeting first mentions them, each with the reference rows use.
    void collectPeople()
    {
        notePerson(m_record.meeting.chairId);
        notePerson(m_record.meeting.secretaryId);
        for (const Attendance& row : m_record.attendance)
            notePerson(row.personId);
        for (const Contribution& row : m_record.contributions)
            notePerson(row.speakerId);
        for (const Proposal& row : m_record.proposals) {
            notePerson(row.proposerId);
            for (Id supporter : row.supporterIds)
                notePerson(supporter);
        }
        for (const Decision& row : m_record.decisions)
            notePerson(row.responsibleId);
        for (const ActionItem& row : m_record.actionItems)
            notePerson(row.ownerId);

        QList<Person> known;
        for (Id id : std::as_const(m_personIds)) {
            if (const Person* person = m_record.person(id))
                known.append(*person);
        }
        const QStringList references = referencesFor(known);
        for (qsizetype i = 0; i < known.size(); ++i)
            m_personReference.insert(known.at(i).id, references.at(i));
    }

    void collectBodies()
    {
        noteBody(m_record.series.bodyId);
        for (const Attendance& row : m_record.attendance)
            noteBody(row.representsBodyId);
    }

    // A person the record does not hold still gets a reference, which the reader then refuses
    // with a message naming it, rather than a file that silently loses the row.
    QString personReference(Id id) const
    {
        return m_personReference.value(id, QStringLiteral("#%1").arg(id));
    }

    void putPerson(QJsonObject& object, const QString& key, std::optional<Id> id) const
    {
        if (id)
            object.insert(key, personReference(*id));
    }

    QString bodyName(Id id) const
    {
        const Body* body = m_record.body(id);
        return body ? body->name : QStringLiteral("#%1").arg(id);
    }

    QJsonObject series() const
    {
        QJsonObject object;
        object.insert(QStringLiteral("name"), m_record.series.name);
        if (m_record.series.bodyId)
            object.insert(QStringLiteral("body"), bodyName(*m_record.series.bodyId));
        return object;
    }

    QJsonObject meeting() const
    {
        const Meeting& meeting = m_record.meeting;
        QJsonObject object;
        object.insert(QStringLiteral("number"), meeting.number);
        putText(object, QStringLiteral("title"), meeting.title);
        object.insert(QStringLiteral("mode"), storageKey(meeting.mode));
        putText(object, QStringLiteral("venue"), meeting.venue);
        putText(object, QStringLiteral("link"), meeting.onlineLink);
        putDate(object, QStringLiteral("date"), meeting.date);
        putText(object, QStringLiteral("jalaliDate"), jalaliDate(meeting.date));
        if (meeting.start.isValid())
            object.insert(QStringLiteral("start"), clockTime(meeting.start));
        if (meeting.end.isValid())
            object.insert(QStringLiteral("end"), clockTime(meeting.end));
        putPerson(object, QStringLiteral("chair"), meeting.chairId);
        putPerson(object, QStringLiteral("secretary"), meeting.secretaryId);
        object.insert(QStringLiteral("status"), storageKey(meeting.status));
        putText(object, QStringLiteral("summary"), meeting.summary);
        return object;
    }

    QJsonArray people() const
    {
        QJsonArray array;
        for (Id id : m_personIds) {
            const Person* person = m_record.person(id);
            if (!person)
                continue;
            QJsonObject object;
            object.insert(QStringLiteral("familyName"), person->familyName);
            putText(object, QStringLiteral("givenName"), person->givenName);
            object.insert(QStringLiteral("gender"), storageKey(person->gender));
            object.insert(QStringLiteral("title"), storageKey(person->title));
            putText(object, QStringLiteral("affiliation"), person->affiliation);
            putText(object, QStringLiteral("position"), person->position);
            putText(object, QStringLiteral("email"), person->email);
            putText(object, QStringLiteral("phone"), person->phone);
            putText(object, QStringLiteral("notes"), person->notes);
            if (!person->active)
                object.insert(QStringLiteral("active"), false);
            array.append(object);
        }
        return array;
    }

    QJsonArray bodies() const
    {
        QJsonArray array;
        for (Id id : m_bodyIds) {
            const Body* body = m_record.body(id);
            if (!body)
                continue;
            QJsonObject object;
            object.insert(QStringLiteral("name"), body->name);
            object.insert(QStringLiteral("kind"), storageKey(body->kind));
            putText(object, QStringLiteral("description"), body->description);
            array.append(object);
        }
        return array;
    }

    QJsonArray attendance() const
    {
        QJsonArray array;
        for (const Attendance& row : m_record.attendance) {
            QJsonObject object;
            object.insert(QStringLiteral("person"), personReference(row.personId));
            object.insert(QStringLiteral("role"), storageKey(row.role));
            object.insert(QStringLiteral("status"), storageKey(row.status));
            putText(object, QStringLiteral("reason"), row.reason);
            if (row.minutesLate != 0)
                object.insert(QStringLiteral("minutesLate"), row.minutesLate);
            if (row.representsBodyId)
                object.insert(QStringLiteral("represents"), bodyName(*row.representsBodyId));
            array.append(object);
        }
        return array;
    }

    QJsonArray agenda() const
    {
        QJsonArray array;
        for (const AgendaItem& row : m_record.agenda) {
            QJsonObject object;
            object.insert(QStringLiteral("title"), row.title);
            putText(object, QStringLiteral("description"), row.description);
            object.insert(QStringLiteral("question"), row.isQuestion);
            array.append(object);
        }
        return array;
    }

    void putAgendaItem(QJsonObject& object, std::optional<Id> agendaItemId) const
    {
        if (const int number = agendaItemId ? numberOf(m_record.agenda, *agendaItemId) : 0)
            object.insert(QStringLiteral("agendaItem"), number);
    }

    QJsonArray contributions() const
    {
        QJsonArray array;
        for (const Contribution& row : m_record.contributions) {
            QJsonObject object;
            object.insert(QStringLiteral("speaker"), personReference(row.speakerId));
            putAgendaItem(object, row.agendaItemId);
            object.insert(QStringLiteral("text"), row.text);
            array.append(object);
        }
        return array;
    }

    QJsonArray proposals() const
    {
        QJsonArray array;
        for (const Proposal& row : m_record.proposals) {
            QJsonObject object;
            object.insert(QStringLiteral("text"), row.text);
            putPerson(object, QStringLiteral("proposer"), row.proposerId);
            QJsonArray supporters;
            for (Id supporter : row.supporterIds)
                supporters.append(personReference(supporter));
            object.insert(QStringLiteral("supporters"), supporters);
            object.insert(QStringLiteral("status"), storageKey(row.status));
            putAgendaItem(object, row.agendaItemId);
            array.append(object);
        }
        return array;
    }

    QJsonArray decisions() const
    {
        QJsonArray array;
        for (const Decision& row : m_record.decisions) {
            QJsonObject object;
            object.insert(QStringLiteral("text"), row.text);
            object.insert(QStringLiteral("status"), storageKey(row.status));
            putPerson(object, QStringLiteral("responsible"), row.responsibleId);
            putDate(object, QStringLiteral("deadline"), row.deadline);
            object.insert(QStringLiteral("followUp"), storageKey(row.followUp));
            if (const int number =
                    row.proposalId ? numberOf(m_record.proposals, *row.proposalId) : 0)
                object.insert(QStringLiteral("proposal"), number);
            array.append(object);
        }
        return array;
    }

    QJsonArray actionItems() const
    {
        QJsonArray array;
        for (const ActionItem& row : m_record.actionItems) {
            QJsonObject object;
            object.insert(QStringLiteral("task"), row.task);
            putPerson(object, QStringLiteral("owner"), row.ownerId);
            putDate(object, QStringLiteral("deadline"), row.deadline);
            object.insert(QStringLiteral("state"), storageKey(row.state));
            if (const int number =
                    row.decisionId ? numberOf(m_record.decisions, *row.decisionId) : 0)
                object.insert(QStringLiteral("decision"), number);
            array.append(object);
        }
        return array;
    }

    // Each file whole, in base64 (version 3): a meeting file stays one file.
    QJsonArray attachments() const
    {
        QJsonArray array;
        for (const Attachment& row : m_record.attachments) {
            QJsonObject object;
            object.insert(QStringLiteral("name"), row.name);
            object.insert(QStringLiteral("size"), double(row.content.size()));
            putText(object, QStringLiteral("mediaType"), row.mediaType);
            object.insert(QStringLiteral("sha256"), attachmentHash(row.content));
            object.insert(QStringLiteral("content"), QString::fromLatin1(row.content.toBase64()));
            array.append(object);
        }
        return array;
    }

    const MeetingRecord& m_record;
    QList<Id> m_personIds;
    QHash<Id, QString> m_personReference;
    QList<Id> m_bodyIds;
};

} // namespace

QJsonDocument toJson(const MeetingRecord& record)
{
    return QJsonDocument(MeetingJsonWriter(record).write());
}

QByteArray toJsonText(const MeetingRecord& record)
{
    return toJson(record).toJson(QJsonDocument::Indented);
}

} // namespace jalaseh::exchange
