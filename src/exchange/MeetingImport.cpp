#include "MeetingImport.h"

#include "persian/Normalize.h"
#include "storage/AttachmentRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>

namespace jalaseh::exchange {
namespace {

using storage::Database;

// Writes one checked meeting file into the database. The file's own ids (1, 2, ... per list) are
// mapped to the database's as people, bodies and the series are matched or created.
class MeetingImport
{
public:
    MeetingImport(Database& database, const MeetingFile& file)
        : m_database(database)
        , m_file(file)
    {
    }

    ImportResult run()
    {
        storage::Transaction transaction(m_database);
        if (auto tooLarge = attachmentOverLimit())
            return {0, {*tooLarge}};
        matchBodies();
        const Id seriesId = matchSeries();
        if (auto clash = numberClash(seriesId))
            return {0, {*clash}}; // the transaction rolls back what was created so far
        matchPeople();
        MeetingRecord record = mappedRecord(seriesId);
        const Id meetingId = storage::MeetingRecordRepository(m_database).insert(record);
        transaction.commit();
        return {meetingId, {}};
    }

private:
    // The limit is this database's: a file from another may carry larger attachments.
    std::optional<FileProblem> attachmentOverLimit() const
    {
        const qint64 limit = storage::SettingsRepository(m_database).attachmentLimit();
        const QList<Attachment>& attachments = m_file.record.attachments;
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            if (attachments[i].size > limit)
                return FileProblem{QStringLiteral("attachments[%1]").arg(i),
                                   storage::AttachmentRepository::tooLargeMessage(
                                       attachments[i].name, attachments[i].size, limit)};
        }
        return std::nullopt;
    }

    void matchBodies()
    {
        storage::BodyRepository bodies(m_database);
        for (const Body& fileBody : m_file.record.bodies) {
            if (const auto existing = bodies.findByName(fileBody.name)) {
                m_bodyIds.insert(fileBody.id, existing->id);
                continue;
            }
            Body body = fileBody;
            body.id = 0;
            m_bodyIds.insert(fileBody.id, bodies.insert(body));
        }
    }

    Id matchSeries()
    {
        storage::MeetingSeriesRepository series(m_database);
        if (const auto existing = series.findByName(m_file.record.series.name))
            return existing->id;
        MeetingSeries created = m_file.record.series;
        created.id = 0;
        created.bodyId = mappedBody(created.bodyId);
        return series.insert(created);
    }

    std::optional<FileProblem> numberClash(Id seriesId) const
    {
        const int number = m_file.record.meeting.number;
        for (const Meeting& meeting : storage::MeetingRepository(m_database).ofSeries(seriesId)) {
            if (meeting.number != number)
                continue;
            const int next = storage::MeetingSeriesRepository(m_database).nextNumber(seriesId);
            return FileProblem{
                QStringLiteral("meeting.number"),
                QCoreApplication::translate(
                    "MeetingJson",
                    "the series \"%1\" already has a meeting number %2 (held on %3, id %4); give "
                    "this meeting the next free number, %5, or import it into another database")
                    .arg(m_file.record.series.name)
                    .arg(number)
                    .arg(meeting.date.toString(Qt::ISODate))
                    .arg(meeting.id)
                    .arg(next)};
        }
        return std::nullopt;
    }

    // A person of the file is the database's person of the same name (as persian::searchKey
    // sees names); someone new is added. Of several namesakes, the one whose given name is the
    // same is taken, else the first, so that importing the same file twice never duplicates.
    void matchPeople()
    {
        storage::PersonRepository people(m_database);
        for (const Person& filePerson : m_file.record.people) {
            const QList<Person> found =
                people.findByName(filePerson.familyName, filePerson.givenName);
            const QString givenKey = persian::searchKey(filePerson.givenName);
            std::optional<Id> match;
            for (const Person& candidate : found) {
                if (persian::searchKey(candidate.givenName) == givenKey) {
                    match = candidate.id;
                    break;
                }
            }
            if (!match && !found.isEmpty())
                match = found.first().id;
            if (!match) {
                Person person = filePerson;
                person.id = 0;
                match = people.insert(person);
            }
            m_personIds.insert(filePerson.id, *match);
        }
    }

    std::optional<Id> mappedPerson(std::optional<Id> fileId) const
    {
        if (!fileId)
            return std::nullopt;
        return m_personIds.value(*fileId);
    }

    std::optional<Id> mappedBody(std::optional<Id> fileId) const
    {
        if (!fileId)
            return std::nullopt;
        return m_bodyIds.value(*fileId);
    }

    // The record with database ids for people, bodies and the series. Rows keep the file's ids
    // for agenda items, proposals and decisions, which the record repository maps as it inserts.
    MeetingRecord mappedRecord(Id seriesId) const
    {
        MeetingRecord record = m_file.record;
        record.series.id = seriesId;
        record.meeting.seriesId = seriesId;
        record.meeting.chairId = mappedPerson(record.meeting.chairId);
        record.meeting.secretaryId = mappedPerson(record.meeting.secretaryId);
        for (Attendance& row : record.attendance) {
            row.personId = m_personIds.value(row.personId);
            row.representsBodyId = mappedBody(row.representsBodyId);
        }
        for (Contribution& row : record.contributions)
            row.speakerId = m_personIds.value(row.speakerId);
        for (Proposal& row : record.proposals) {
            row.proposerId = mappedPerson(row.proposerId);
            for (Id& supporter : row.supporterIds)
                supporter = m_personIds.value(supporter);
        }
        for (Decision& row : record.decisions)
            row.responsibleId = mappedPerson(row.responsibleId);
        for (ActionItem& row : record.actionItems)
            row.ownerId = mappedPerson(row.ownerId);

        record.people.clear();
        for (auto it = m_file.record.people.cbegin(); it != m_file.record.people.cend(); ++it) {
            Person person = it.value();
            person.id = m_personIds.value(it.key());
            record.people.insert(person.id, person);
        }
        record.bodies.clear();
        for (auto it = m_file.record.bodies.cbegin(); it != m_file.record.bodies.cend(); ++it) {
            Body body = it.value();
            body.id = m_bodyIds.value(it.key());
            record.bodies.insert(body.id, body);
        }
        return record;
    }

    Database& m_database;
    const MeetingFile& m_file;
    QHash<Id, Id> m_personIds; // file id -> database id
    QHash<Id, Id> m_bodyIds;
};

} // namespace

ImportResult importMeeting(Database& database, const MeetingFile& file)
{
    if (!file.ok())
        return {0, file.problems};
    // Two people importing at once: a server may give one transaction up (TransactionCollision);
    // each attempt starts afresh from what the database holds.
    return storage::retryCollisions(database, [&] { return MeetingImport(database, file).run(); });
}

ImportResult importMeeting(Database& database, const QByteArray& bytes)
{
    return importMeeting(database, readMeetingJson(bytes));
}

} // namespace jalaseh::exchange
