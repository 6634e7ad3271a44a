#include "JsonDuplicateKeys.h"
#include "JsonFields.h"
#include "MeetingJson.h"
#include "PersonReference.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "persian/Normalize.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QRegularExpression>
#include <climits>
#include <limits>

// Reading a meeting file (the writer is MeetingJson.cpp). The reader checks everything a file can
// get wrong by hand or by a faulty tool, and reports each problem at its field.
namespace jalaseh::exchange {
namespace {

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString indexPath(const QString& list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(list).arg(index);
}

constexpr int mostProblemsReported = 50;
constexpr int longestMeetingMinutes = 24 * 60;

class MeetingJsonReader
{
public:
    MeetingFile read(const QByteArray& bytes)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            fail(QCoreApplication::translate(
                     "MeetingJson",
                     "The file is not valid JSON: %1 (at byte %2). A meeting file is what "
                     "`jalaseh export meeting` writes.")
                     .arg(error.errorString())
                     .arg(error.offset));
        } else if (!document.isObject()) {
            fail(QCoreApplication::translate(
                     "MeetingJson",
                     "The file holds JSON but not a meeting: it should be one object {...} with "
                     "\"format\": \"%1\".")
                     .arg(QLatin1String(meetingFormatName)));
        } else if (const auto duplicate = firstDuplicateKey(bytes)) {
            m_file.problems.append(
                {*duplicate,
                 QCoreApplication::translate(
                     "MeetingJson", "appears twice in the same object; keep the one you mean and "
                                    "remove the other.")});
        } else {
            readFile(document.object());
        }
        limitProblems();
        return std::move(m_file);
    }

private:
    void fail(const QString& message) { m_file.problems.append({QString(), message}); }

    void limitProblems()
    {
        auto& problems = m_file.problems;
        if (problems.size() <= mostProblemsReported)
            return;
        const qsizetype more = problems.size() - mostProblemsReported;
        problems.resize(mostProblemsReported);
        fail(QCoreApplication::translate("MeetingJson", "... and %1 more problems.").arg(more));
    }

    void readFile(const QJsonObject& root)
    {
        JsonFields file(root, QString(), m_file.problems,
                        {QStringLiteral("format"), QStringLiteral("version"),
                         QStringLiteral("series"), QStringLiteral("meeting"),
                         QStringLiteral("people"), QStringLiteral("bodies"),
                         QStringLiteral("attendance"), QStringLiteral("agenda"),
                         QStringLiteral("contributions"), QStringLiteral("proposals"),
                         QStringLiteral("decisions"), QStringLiteral("actionItems"),
                         QStringLiteral("attachments")});
        if (!readFormat(file))
            return;
        readPeople(file.array(QStringLiteral("people")));
        readBodies(file.array(QStringLiteral("bodies")));
        if (const auto series = file.object(QStringLiteral("series"), JsonFields::Required))
            readSeries(*series);
        // Rows refer to agenda items, proposals and decisions by number, so every list is counted
        // before any reference to it is checked.
        const QJsonArray agenda = file.array(QStringLiteral("agenda"));
        const QJsonArray proposals = file.array(QStringLiteral("proposals"));
        const QJsonArray decisions = file.array(QStringLiteral("decisions"));
        m_agendaCount = int(agenda.size());
        m_proposalCount = int(proposals.size());
        m_decisionCount = int(decisions.size());
        if (const auto meeting = file.object(QStringLiteral("meeting"), JsonFields::Required))
            readMeeting(*meeting);
        readAttendance(file.array(QStringLiteral("attendance")));
        readAgenda(agenda);
        readContributions(file.array(QStringLiteral("contributions")));
        readProposals(proposals);
        readDecisions(decisions);
        readActionItems(file.array(QStringLiteral("actionItems")));
        readAttachments(file.array(QStringLiteral("attachments")));
    }

    // A file of another kind or a newer version is refused before anything else is read, since
    // the rest of the reader's messages would only confuse.
    bool readFormat(JsonFields& file)
    {
        const QString name = file.plainText(QStringLiteral("format"), JsonFields::Required);
        if (!name.isEmpty() && name != QLatin1String(meetingFormatName)) {
            file.report(QStringLiteral("format"),
                        QCoreApplication::translate(
                            "MeetingJson", "%1 is not a Jalaseh meeting file (expected \"%2\")")
                            .arg(quoted(name), QLatin1String(meetingFormatName)));
            return false;
        }
        const auto version =
            file.integer(QStringLiteral("version"), JsonFields::Required, 1, 1000000);
        if (version && *version > meetingFormatVersion) {
            file.report(QStringLiteral("version"),
                        QCoreApplication::translate(
                            "MeetingJson",
                            "%1 is newer than this Jalaseh reads (up to %2); update Jalaseh to "
                            "import this file")
                            .arg(*version)
                            .arg(meetingFormatVersion));
            return false;
        }
        return !name.isEmpty() && version.has_value();
    }

    void readPeople(const QJsonArray& people)
    {
        for (qsizetype i = 0; i < people.size(); ++i) {
            const QString path = indexPath(QStringLiteral("people"), i);
            Person person;
            person.id = Id(i) + 1;
            if (!people.at(i).isObject()) {
                reportNotAnObject(path, people.at(i));
            } else {
                JsonFields fields(people.at(i).toObject(), path, m_file.problems,
                                  {QStringLiteral("familyName"), QStringLiteral("givenName"),
                                   QStringLiteral("gender"), QStringLiteral("title"),
                                   QStringLiteral("affiliation"), QStringLiteral("position"),
                                   QStringLiteral("email"), QStringLiteral("phone"),
                                   QStringLiteral("notes"), QStringLiteral("active")});
                person.familyName = fields.text(QStringLiteral("familyName"), JsonFields::Required);
                person.givenName = fields.text(QStringLiteral("givenName"));
                person.gender = fields.choice(QStringLiteral("gender"), Gender::Unspecified);
                person.title = fields.choice(QStringLiteral("title"), AcademicTitle::None);
                person.affiliation = fields.text(QStringLiteral("affiliation"));
                person.position = fields.text(QStringLiteral("position"));
                person.email = fields.plainText(QStringLiteral("email"));
                person.phone = fields.plainText(QStringLiteral("phone"));
                person.notes = fields.text(QStringLiteral("notes"));
                person.active = fields.boolean(QStringLiteral("active"), true);
                reportDuplicatePerson(path, person);
            }
            // Kept even when broken, so that the numbering of the rest stays that of the file.
            m_people.append(person);
            m_file.record.people.insert(person.id, person);
        }
    }

    void reportDuplicatePerson(const QString& path, const Person& person)
    {
        if (person.familyName.isEmpty())
            return;
        for (qsizetype j = 0; j < m_people.size(); ++j) {
            if (m_people.at(j).fullName() == person.fullName()) {
                m_file.problems.append(
                    {path, QCoreApplication::translate(
                               "MeetingJson",
                               "%1 is listed twice among the people (also people[%2]); list each "
                               "person once")
                               .arg(quoted(person.fullName()))
                               .arg(j)});
                return;
            }
        }
    }

    void readBodies(const QJsonArray& bodies)
    {
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QString path = indexPath(QStringLiteral("bodies"), i);
            Body body;
            body.id = Id(i) + 1;
            if (!bodies.at(i).isObject()) {
                reportNotAnObject(path, bodies.at(i));
            } else {
                JsonFields fields(bodies.at(i).toObject(), path, m_file.problems,
                                  {QStringLiteral("name"), QStringLiteral("kind"),
                                   QStringLiteral("description")});
                body.name = fields.text(QStringLiteral("name"), JsonFields::Required);
                body.kind = fields.choice(QStringLiteral("kind"), BodyKind::WorkingGroup,
                                          JsonFields::Required);
                body.description = fields.text(QStringLiteral("description"));
                if (!body.name.isEmpty() && bodyNumber(body.name) != 0)
                    m_file.problems.append(
                        {path, QCoreApplication::translate(
                                   "MeetingJson",
                                   "%1 is listed twice among the bodies; list each body once")
                                   .arg(quoted(body.name))});
            }
            m_bodies.append(body);
            m_file.record.bodies.insert(body.id, body);
        }
    }

    void readSeries(const QJsonObject& object)
    {
        JsonFields fields(object, QStringLiteral("series"), m_file.problems,
                          {QStringLiteral("name"), QStringLiteral("body")});
        m_file.record.series.name = fields.text(QStringLiteral("name"), JsonFields::Required);
        m_file.record.series.bodyId = bodyReference(fields, QStringLiteral("body"));
    }

    void readMeeting(const QJsonObject& object)
    {
        JsonFields fields(object, QStringLiteral("meeting"), m_file.problems,
                          {QStringLiteral("number"), QStringLiteral("title"),
                           QStringLiteral("mode"), QStringLiteral("venue"), QStringLiteral("link"),
                           QStringLiteral("date"), QStringLiteral("jalaliDate"),
                           QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("chair"),
                           QStringLiteral("secretary"), QStringLiteral("status"),
                           QStringLiteral("summary")});
        Meeting& meeting = m_file.record.meeting;
        meeting.number =
            fields.integer(QStringLiteral("number"), JsonFields::Required, 1, 1000000).value_or(0);
        meeting.title = fields.text(QStringLiteral("title"));
        meeting.mode =
            fields.choice(QStringLiteral("mode"), MeetingMode::InPerson, JsonFields::Required);
        meeting.venue = fields.text(QStringLiteral("venue"));
        meeting.onlineLink = fields.plainText(QStringLiteral("link"));
        meeting.date = fields.date(QStringLiteral("date"), JsonFields::Required);
        checkJalaliDate(fields, meeting.date);
        meeting.start = fields.time(QStringLiteral("start"));
        meeting.end = fields.time(QStringLiteral("end"));
        if (meeting.start.isValid() && meeting.end.isValid() && meeting.end <= meeting.start) {
            const QString end = meeting.end.toString(QStringLiteral("HH:mm"));
            const QString start = meeting.start.toString(QStringLiteral("HH:mm"));
            fields.report(QStringLiteral("end"),
                          meeting.end == meeting.start
                              ? QCoreApplication::translate(
                                    "MeetingJson",
                                    "%1 is the same as the start; a meeting ends after it starts")
                                    .arg(end)
                              : QCoreApplication::translate(
                                    "MeetingJson",
                                    "%1 is before the start %2; a meeting ends after it starts")
                                    .arg(end, start));
        }
        meeting.chairId = personReference(fields, QStringLiteral("chair"));
        meeting.secretaryId = personReference(fields, QStringLiteral("secretary"));
        meeting.status =
            fields.choice(QStringLiteral("status"), MeetingStatus::Planned, JsonFields::Required);
        meeting.summary = fields.text(QStringLiteral("summary"));
    }

    // The Jalali date is there for people reading the file; when given, it must be the same day.
    void checkJalaliDate(JsonFields& fields, const QDate& date)
    {
        const QString written = fields.plainText(QStringLiteral("jalaliDate"));
        if (written.isEmpty())
            return;
        // The same reading as a date typed in the application: any digits and separators, and
        // a day that does not exist refused with its reason ("۱۴۰۲ کبیسه نیست؛ ...").
        const persian::Parsed<QDate> parsed = persian::parseDate(written);
        if (!parsed.ok()) {
            fields.report(QStringLiteral("jalaliDate"),
                          QCoreApplication::translate("MeetingJson",
                                                      "%1 is not a Jalali date (%2); write it as "
                                                      "YYYY/MM/DD, such as 1402/01/21")
                              .arg(quoted(written), parsed.error));
            return;
        }
        if (!date.isValid())
            return; // nothing to compare with; the date field's own problem is reported
        const auto actual = persian::JalaliDate::fromGregorian(date);
        if (parsed.value != date)
            fields.report(QStringLiteral("jalaliDate"),
                          QCoreApplication::translate(
                              "MeetingJson",
                              "%1 is not the same day as date %2 (which is %3/%4/%5); correct one "
                              "of them, or leave jalaliDate out")
                              .arg(quoted(written), date.toString(Qt::ISODate))
                              .arg(actual.year())
                              .arg(actual.month(), 2, 10, QLatin1Char('0'))
                              .arg(actual.day(), 2, 10, QLatin1Char('0')));
    }

    void readAttendance(const QJsonArray& rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = indexPath(QStringLiteral("attendance"), i);
            if (!rows.at(i).isObject()) {
                reportNotAnObject(path, rows.at(i));
                continue;
            }
            JsonFields fields(rows.at(i).toObject(), path, m_file.problems,
                              {QStringLiteral("person"), QStringLiteral("role"),
                               QStringLiteral("status"), QStringLiteral("reason"),
                               QStringLiteral("minutesLate"), QStringLiteral("represents")});
            Attendance row;
            row.personId =
                personReference(fields, QStringLiteral("person"), JsonFields::Required).value_or(0);
            row.role =
                fields.choice(QStringLiteral("role"), AttendanceRole::Member, JsonFields::Required);
            row.status = fields.choice(QStringLiteral("status"), AttendanceStatus::Present,
                                       JsonFields::Required);
            row.reason = fields.text(QStringLiteral("reason"));
            row.minutesLate = fields
                                  .integer(QStringLiteral("minutesLate"), JsonFields::Optional, 0,
                                           longestMeetingMinutes)
                                  .value_or(0);
            if (row.minutesLate > 0 && row.status != AttendanceStatus::Late)
                fields.report(QStringLiteral("minutesLate"),
                              QCoreApplication::translate(
                                  "MeetingJson",
                                  "only someone who came late has minutes late (the status is "
                                  "\"%1\"); set the status to \"late\" or remove minutesLate")
                                  .arg(storageKey(row.status)));
            row.representsBodyId = bodyReference(fields, QStringLiteral("represents"));
            for (const Attendance& earlier : std::as_const(m_file.record.attendance)) {
                if (row.personId != 0 && earlier.personId == row.personId)
                    fields.report(QStringLiteral("person"),
                                  QCoreApplication::translate(
                                      "MeetingJson",
                                      "%1 is listed twice in the attendance; list each person once")
                                      .arg(quoted(m_people.at(row.personId - 1).fullName())));
            }
            m_file.record.attendance.append(row);
        }
    }

    void readAgenda(const QJsonArray& rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = indexPath(QStringLiteral("agenda"), i);
            AgendaItem row;
            row.id = Id(i) + 1;
            row.position = int(i) + 1;
            if (!rows.at(i).isObject()) {
                reportNotAnObject(path, rows.at(i));
            } else {
                JsonFields fields(rows.at(i).toObject(), path, m_file.problems,
                                  {QStringLiteral("title"), QStringLiteral("description"),
                                   QStringLiteral("question")});
                row.title = fields.text(QStringLiteral("title"), JsonFields::Required);
                row.description = fields.text(QStringLiteral("description"));
                row.isQuestion = fields.boolean(QStringLiteral("question"), false);
            }
            m_file.record.agenda.append(row);
        }
    }

    void readContributions(const QJsonArray& rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = indexPath(QStringLiteral("contributions"), i);
            if (!rows.at(i).isObject()) {
                reportNotAnObject(path, rows.at(i));
                continue;
            }
            JsonFields fields(
                rows.at(i).toObject(), path, m_file.problems,
                {QStringLiteral("speaker"), QStringLiteral("agendaItem"), QStringLiteral("text")});
            Contribution row;
            row.position = int(i) + 1;
            row.speakerId = personReference(fields, QStringLiteral("speaker"), JsonFields::Required)
                                .value_or(0);
            row.agendaItemId =
                rowReference(fields, QStringLiteral("agendaItem"), m_agendaCount,
                             QCoreApplication::translate("MeetingJson", "agenda item"));
            row.text = fields.text(QStringLiteral("text"), JsonFields::Required);
            m_file.record.contributions.append(row);
        }
    }

    void readProposals(const QJsonArray& rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = indexPath(QStringLiteral("proposals"), i);
            Proposal row;
            row.id = Id(i) + 1;
            row.position = int(i) + 1;
            if (!rows.at(i).isObject()) {
                reportNotAnObject(path, rows.at(i));
            } else {
                JsonFields fields(rows.at(i).toObject(), path, m_file.problems,
                                  {QStringLiteral("text"), QStringLiteral("proposer"),
                                   QStringLiteral("supporters"), QStringLiteral("status"),
                                   QStringLiteral("agendaItem")});
                row.text = fields.text(QStringLiteral("text"), JsonFields::Required);
                row.proposerId = personReference(fields, QStringLiteral("proposer"));
                row.supporterIds = supporters(fields, row.proposerId);
                row.status = fields.choice(QStringLiteral("status"), ProposalStatus::Open);
                row.agendaItemId =
                    rowReference(fields, QStringLiteral("agendaItem"), m_agendaCount,
                                 QCoreApplication::translate("MeetingJson", "agenda item"));
            }
            m_file.record.proposals.append(row);
        }
    }

    QList<Id> supporters(JsonFields& fields, std::optional<Id> proposerId)
    {
        const QJsonArray references = fields.array(QStringLiteral("supporters"));
        QList<Id> ids;
        for (qsizetype i = 0; i < references.size(); ++i) {
            const QString path = indexPath(fields.pathOf(QStringLiteral("supporters")), i);
            const auto id = personReference(path, references.at(i));
            if (!id)
                continue;
            if (ids.contains(*id) || id == proposerId)
                m_file.problems.append(
                    {path, QCoreApplication::translate(
                               "MeetingJson",
                               "%1 is already named as proposer or supporter; name each person "
                               "once")
                               .arg(quoted(references.at(i).toString()))});
            else
                ids.append(*id);
        }
        return ids;
    }

    void readDecisions(const QJsonArray& rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = indexPath(QStringLiteral("decisions"), i);
            Decision row;
            row.id = Id(i) + 1;
            row.position = int(i) + 1;
            if (!rows.at(i).isObject()) {
                reportNotAnObject(path, rows.at(i));
            } else {
                JsonFields fields(rows.at(i).toObject(), path, m_file.problems,
                                  {QStringLiteral("text"), QStringLiteral("status"),
                                   QStringLiteral("responsible"), QStringLiteral("deadline"),
                                   QStringLiteral("followUp"), QStringLiteral("proposal")});
                row.text = fields.text(QStringLiteral("text"), JsonFields::Required);
                row.status = fields.choice(QStringLiteral("status"), DecisionStatus::Approved,
                                           JsonFields::Required);
                row.responsibleId = personReference(fields, QStringLiteral("responsible"));
                row.deadline = fields.date(QStringLiteral("deadline"));
                row.followUp = fields.choice(QStringLiteral("followUp"), FollowUpState::Open);
                row.proposalId =
                    rowReference(fields, QStringLiteral("proposal"), m_proposalCount,
                                 QCoreApplication::translate("MeetingJson", "proposal"));
            }
            m_file.record.decisions.append(row);
        }
    }

    void readActionItems(const QJsonArray& rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = indexPath(QStringLiteral("actionItems"), i);
            if (!rows.at(i).isObject()) {
                reportNotAnObject(path, rows.at(i));
                continue;
            }
            JsonFields fields(rows.at(i).toObject(), path, m_file.problems,
                              {QStringLiteral("task"), QStringLiteral("owner"),
                               QStringLiteral("deadline"), QStringLiteral("state"),
                               QStringLiteral("decision")});
            ActionItem row;
            row.task = fields.text(QStringLiteral("task"), JsonFields::Required);
            row.ownerId = personReference(fields, QStringLiteral("owner"));
            row.deadline = fields.date(QStringLiteral("deadline"));
            row.state = fields.choice(QStringLiteral("state"), FollowUpState::Open);
            row.decisionId = rowReference(fields, QStringLiteral("decision"), m_decisionCount,
                                          QCoreApplication::translate("MeetingJson", "decision"));
            m_file.record.actionItems.append(row);
        }
    }

    // Version 3: each file whole, in base64, with the size and SHA-256 it must have; a file
    // whose bytes do not match is damaged (or was edited by hand) and is refused.
    void readAttachments(const QJsonArray& rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = indexPath(QStringLiteral("attachments"), i);
            if (!rows.at(i).isObject()) {
                reportNotAnObject(path, rows.at(i));
                continue;
            }
            JsonFields fields(rows.at(i).toObject(), path, m_file.problems,
                              {QStringLiteral("name"), QStringLiteral("size"),
                               QStringLiteral("mediaType"), QStringLiteral("sha256"),
                               QStringLiteral("content")});
            Attachment row;
            row.name = fields.text(QStringLiteral("name"), JsonFields::Required);
            const auto size = fields.integer(QStringLiteral("size"), JsonFields::Required, 0,
                                             std::numeric_limits<int>::max());
            row.mediaType = fields.plainText(QStringLiteral("mediaType"));
            const QString sha256 =
                fields.plainText(QStringLiteral("sha256"), JsonFields::Required).toLower();
            const QString content =
                fields.plainText(QStringLiteral("content"), JsonFields::Required);
            const auto decoded = QByteArray::fromBase64Encoding(
                content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                fields.report(QStringLiteral("content"),
                              QCoreApplication::translate(
                                  "MeetingJson", "is not base64 text; the file is damaged"));
                continue;
            }
            row.content = *decoded;
            row.size = row.content.size();
            row.sha256 = attachmentHash(row.content);
            if (size && *size != row.size)
                fields.report(QStringLiteral("size"),
                              QCoreApplication::translate("MeetingJson",
                                                          "says %1 bytes, but the content of "
                                                          "\"%2\" has %3; the file is damaged")
                                  .arg(*size)
                                  .arg(row.name)
                                  .arg(row.size));
            if (!sha256.isEmpty() && sha256 != row.sha256)
                fields.report(QStringLiteral("sha256"),
                              QCoreApplication::translate(
                                  "MeetingJson", "does not match the content of \"%1\" (its "
                                                 "SHA-256 is %2); the file is damaged or was "
                                                 "changed, so it was not imported")
                                  .arg(row.name, row.sha256));
            m_file.record.attachments.append(row);
        }
    }

    void reportNotAnObject(const QString& path, const QJsonValue& value)
    {
        m_file.problems.append(
            {path, QCoreApplication::translate("MeetingJson", "should be an object {...}, not %1")
                       .arg(JsonFields::describe(value))});
    }

    std::optional<Id> personReference(JsonFields& fields, const QString& key,
                                      JsonFields::Need need = JsonFields::Optional)
    {
        const QString reference = fields.text(key, need);
        if (reference.isEmpty())
            return std::nullopt;
        return personReference(fields.pathOf(key), QJsonValue(reference));
    }

    std::optional<Id> personReference(const QString& path, const QJsonValue& value)
    {
        if (!value.isString()) {
            m_file.problems.append({path, QCoreApplication::translate(
                                              "MeetingJson", "should be a person's name, not %1")
                                              .arg(JsonFields::describe(value))});
            return std::nullopt;
        }
        const QString reference = persian::normalizeForStorage(value.toString());
        const PersonMatch match = findPerson(m_people, reference);
        if (match.index >= 0)
            return m_people.at(match.index).id;
        if (match.candidates > 1)
            m_file.problems.append(
                {path, QCoreApplication::translate(
                           "MeetingJson",
                           "%1 could be any of %2 people in the file; write the full name (given "
                           "name, then family name)")
                           .arg(quoted(reference))
                           .arg(match.candidates)});
        else
            m_file.problems.append(
                {path, QCoreApplication::translate(
                           "MeetingJson",
                           "%1 is not among the file's people; add the person to \"people\" or "
                           "correct the name")
                           .arg(quoted(reference))});
        return std::nullopt;
    }

    // 1-based number of the body named `name`, 0 when the file has none of that name.
    int bodyNumber(const QString& name) const
    {
        for (qsizetype i = 0; i < m_bodies.size(); ++i) {
            if (m_bodies.at(i).name == name)
                return int(i) + 1;
        }
        return 0;
    }

    std::optional<Id> bodyReference(JsonFields& fields, const QString& key)
    {
        const QString name = fields.text(key);
        if (name.isEmpty())
            return std::nullopt;
        if (const int number = bodyNumber(name))
            return m_bodies.at(number - 1).id;
        fields.report(key, QCoreApplication::translate(
                               "MeetingJson",
                               "%1 is not among the file's bodies; add it to \"bodies\" or correct "
                               "the name")
                               .arg(quoted(name)));
        return std::nullopt;
    }

    // A reference by number (1, 2, ...) to a row of another list of the file.
    std::optional<Id> rowReference(JsonFields& fields, const QString& key, int count,
                                   const QString& what)
    {
        const auto number = fields.integer(key, JsonFields::Optional, INT_MIN, INT_MAX);
        if (!number)
            return std::nullopt;
        if (*number < 1 || *number > count) {
            fields.report(key, QCoreApplication::translate(
                                   "MeetingJson",
                                   "there is no %1 %2 in the file (it has %3, numbered from 1)")
                                   .arg(what)
                                   .arg(*number)
                                   .arg(count));
            return std::nullopt;
        }
        return Id(*number);
    }

    MeetingFile m_file;
    QList<Person> m_people;
    QList<Body> m_bodies;
    int m_agendaCount = 0;
    int m_proposalCount = 0;
    int m_decisionCount = 0;
};

} // namespace

MeetingFile readMeetingJson(const QByteArray& bytes)
{
    return MeetingJsonReader().read(bytes);
}

} // namespace jalaseh::exchange
