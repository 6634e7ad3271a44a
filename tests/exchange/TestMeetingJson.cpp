#include "exchange/JsonFields.h"
#include "exchange/MeetingJson.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

using namespace jalaseh;
using namespace jalaseh::exchange;

namespace {

Person person(Id id, const QString& family, const QString& given, Gender gender,
              AcademicTitle title = AcademicTitle::None)
{
    Person p;
    p.id = id;
    p.familyName = family;
    p.givenName = given;
    p.gender = gender;
    p.title = title;
    return p;
}

// A small record with ids as a database would give them (not 1, 2, 3...), so that the file's
// own numbering is really exercised.
MeetingRecord smallRecord()
{
    MeetingRecord record;
    record.people.insert(41, person(41, QStringLiteral("رقابی"), QStringLiteral("سهیلا"),
                                    Gender::Female, AcademicTitle::Doctor));
    record.people.insert(17, person(17, QStringLiteral("طاهری"), QStringLiteral("محمد"),
                                    Gender::Male, AcademicTitle::Doctor));
    record.people.insert(
        9, person(9, QStringLiteral("صادقی"), QStringLiteral("لیلا"), Gender::Female));
    record.people.insert(10,
                         person(10, QStringLiteral("صادقی"), QStringLiteral("رضا"), Gender::Male));
    record.people[9].email = QStringLiteral("l.sadeghi@example.org");
    Body committee;
    committee.id = 7;
    committee.name = QStringLiteral("کمیته راهبری");
    committee.kind = BodyKind::SteeringCommittee;
    Body group;
    group.id = 8;
    group.name = QStringLiteral("کارگروه اشتراک تجربیات");
    record.bodies.insert(committee.id, committee);
    record.bodies.insert(group.id, group);

    record.series = {3, QStringLiteral("نشست راهبران کارگروه‌ها"), Id(7)};
    Meeting& meeting = record.meeting;
    meeting.id = 99;
    meeting.seriesId = 3;
    meeting.number = 1;
    meeting.mode = MeetingMode::Online;
    meeting.venue = QStringLiteral("سامانه دانشگاه صنعتی شریف");
    meeting.date = QDate(2023, 4, 10);
    meeting.start = QTime(12, 0);
    meeting.end = QTime(13, 20);
    meeting.status = MeetingStatus::Held;
    meeting.secretaryId = 41;

    record.attendance = {
        {1, 99, 17, AttendanceRole::Lead, AttendanceStatus::Present, {}, 0, Id(8)},
        {2, 99, 41, AttendanceRole::SteeringCommittee, AttendanceStatus::Late, {}, 10, Id(7)},
        {3, 99, 9, AttendanceRole::Lead, AttendanceStatus::Absent, QStringLiteral("سفر"), 0, {}},
        {4, 99, 10, AttendanceRole::Guest, AttendanceStatus::Present, {}, 0, {}},
    };
    record.agenda = {{55, 99, 0, QStringLiteral("نحوه ادامه کار با وزارتخانه"), {}, true},
                     {56, 99, 1, QStringLiteral("ادغام کارگروه‌ها"), {}, true}};
    record.contributions = {{70, 99, 0, 41, {}, QStringLiteral("گزارشی ارائه نمودند.")},
                            {71, 99, 1, 17, Id(56), QStringLiteral("تاکید کردند.")}};
    record.proposals = {{80,
                         99,
                         0,
                         QStringLiteral("ادغام کارگروه‌ها"),
                         Id(17),
                         {9, 41},
                         ProposalStatus::Open,
                         Id(56)}};
    Decision decision;
    decision.id = 90;
    decision.meetingId = 99;
    decision.text = QStringLiteral("تصمیم‌گیری در خصوص فعالیت‌ها");
    decision.status = DecisionStatus::Deferred;
    decision.responsibleId = 10;
    decision.deadline = QDate(2023, 5, 21);
    decision.proposalId = 80;
    record.decisions = {decision};
    ActionItem action;
    action.id = 100;
    action.meetingId = 99;
    action.decisionId = 90;
    action.task = QStringLiteral("تهیه فهرست");
    action.ownerId = 9;
    action.state = FollowUpState::InProgress;
    record.actionItems = {action};
    return record;
}

QJsonObject exported()
{
    return toJson(smallRecord()).object();
}

QByteArray text(const QJsonObject& file)
{
    return QJsonDocument(file).toJson();
}

QStringList problemsOf(const QByteArray& bytes)
{
    return toStrings(readMeetingJson(bytes).problems);
}

// Replaces the value at a path such as {"attendance", 1, "status"} in a copy of `file`.
QJsonValue replaced(const QJsonValue& value, QVariantList path, const QJsonValue& newValue)
{
    if (path.isEmpty())
        return newValue;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = value.toArray();
        array[step.toInt()] = replaced(array.at(step.toInt()), path, newValue);
        return array;
    }
    QJsonObject object = value.toObject();
    if (newValue.isUndefined() && path.isEmpty())
        object.remove(step.toString());
    else
        object[step.toString()] = replaced(object.value(step.toString()), path, newValue);
    return object;
}

QByteArray with(const QVariantList& path, const QJsonValue& newValue)
{
    return text(replaced(exported(), path, newValue).toObject());
}

QByteArray without(const QVariantList& path)
{
    return with(path, QJsonValue(QJsonValue::Undefined));
}

} // namespace

TEST_CASE("a meeting written to JSON reads back as the same meeting", "[exchange]")
{
    const MeetingRecord original = smallRecord();
    const MeetingFile file = readMeetingJson(toJsonText(original));
    INFO(toStrings(file.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(file.ok());
    const MeetingRecord& read = file.record;

    CHECK(read.series.name == original.series.name);
    REQUIRE(read.series.bodyId.has_value());
    CHECK(read.body(*read.series.bodyId)->name == QStringLiteral("کمیته راهبری"));
    CHECK(read.meeting.number == 1);
    CHECK(read.meeting.mode == MeetingMode::Online);
    CHECK(read.meeting.date == QDate(2023, 4, 10));
    CHECK(read.meeting.start == QTime(12, 0));
    CHECK(read.meeting.end == QTime(13, 20));
    CHECK(read.meeting.status == MeetingStatus::Held);
    REQUIRE(read.meeting.secretaryId.has_value());
    CHECK(read.person(*read.meeting.secretaryId)->familyName == QStringLiteral("رقابی"));

    REQUIRE(read.people.size() == 4);
    REQUIRE(read.attendance.size() == 4);
    for (qsizetype i = 0; i < read.attendance.size(); ++i) {
        const Attendance& a = read.attendance.at(i);
        const Attendance& b = original.attendance.at(i);
        const Person* readPerson = read.person(a.personId);
        REQUIRE(readPerson);
        Person expected = *original.person(b.personId);
        expected.id = readPerson->id;
        CHECK(*readPerson == expected);
        CHECK(a.role == b.role);
        CHECK(a.status == b.status);
        CHECK(a.reason == b.reason);
        CHECK(a.minutesLate == b.minutesLate);
        CHECK(a.representsBodyId.has_value() == b.representsBodyId.has_value());
    }
    REQUIRE(read.contributions.size() == 2);
    CHECK(!read.contributions.at(0).agendaItemId.has_value());
    REQUIRE(read.contributions.at(1).agendaItemId.has_value());
    CHECK(read.contributions.at(1).agendaItemId == read.agenda.at(1).id);
    REQUIRE(read.proposals.size() == 1);
    CHECK(read.proposals.at(0).supporterIds.size() == 2);
    REQUIRE(read.decisions.size() == 1);
    CHECK(read.decisions.at(0).status == DecisionStatus::Deferred);
    CHECK(read.decisions.at(0).deadline == QDate(2023, 5, 21));
    CHECK(read.decisions.at(0).proposalId == read.proposals.at(0).id);
    CHECK(read.person(*read.decisions.at(0).responsibleId)->givenName == QStringLiteral("رضا"));
    REQUIRE(read.actionItems.size() == 1);
    CHECK(read.actionItems.at(0).decisionId == read.decisions.at(0).id);
    CHECK(read.actionItems.at(0).state == FollowUpState::InProgress);

    // Written again, the record read back gives the very same bytes.
    CHECK(toJsonText(read) == toJsonText(original));
}

TEST_CASE("people are referred to by family name unless two share it", "[exchange]")
{
    const QJsonObject file = exported();
    const QJsonArray attendance = file.value(QStringLiteral("attendance")).toArray();
    CHECK(attendance.at(0)[QStringLiteral("person")].toString() == QStringLiteral("طاهری"));
    CHECK(attendance.at(2)[QStringLiteral("person")].toString() == QStringLiteral("لیلا صادقی"));
    CHECK(attendance.at(3)[QStringLiteral("person")].toString() == QStringLiteral("رضا صادقی"));
    // The first person is the one the meeting names first (its secretary).
    CHECK(file.value(QStringLiteral("people")).toArray().at(0)[QStringLiteral("familyName")] ==
          QStringLiteral("رقابی"));
    CHECK(file.value(QStringLiteral("format")) == QStringLiteral("jalaseh-meeting"));
    CHECK(file.value(QStringLiteral("version")) == exchange::meetingFormatVersion);
}

TEST_CASE("a file that is not a meeting file is refused with one clear sentence", "[exchange]")
{
    const QStringList notJson = problemsOf("this is not json {");
    REQUIRE(notJson.size() == 1);
    CHECK(notJson.first().startsWith(QStringLiteral("The file is not valid JSON")));

    CHECK(problemsOf("[1, 2]").first().contains(QStringLiteral("not a meeting")));
    CHECK(problemsOf("").size() == 1);

    const QStringList otherFormat =
        problemsOf(with({QStringLiteral("format")}, QStringLiteral("x")));
    REQUIRE(otherFormat.size() == 1);
    CHECK(otherFormat.first().startsWith(
        QStringLiteral("format: \"x\" is not a Jalaseh meeting file")));

    const QStringList newer = problemsOf(with({QStringLiteral("version")}, 4));
    REQUIRE(newer.size() == 1);
    CHECK(newer.first().startsWith(QStringLiteral("version: 4 is newer than this Jalaseh reads")));
}

TEST_CASE("every problem in a meeting file names its field", "[exchange]")
{
    using Case = std::pair<QByteArray, QString>;
    const auto attendance = QStringLiteral("attendance");
    const auto meeting = QStringLiteral("meeting");
    const auto [file, expected] = GENERATE_COPY(values<Case>({
        {without({QStringLiteral("meeting"), QStringLiteral("date")}),
         QStringLiteral("meeting.date: is missing; it is required")},
        {with({meeting, QStringLiteral("date")}, QStringLiteral("1402-13-01")),
         QStringLiteral("meeting.date: \"1402-13-01\" is not a date (expected YYYY-MM-DD")},
        {with({meeting, QStringLiteral("date")}, QStringLiteral("2023-02-30")),
         QStringLiteral("meeting.date: \"2023-02-30\" is not a date")},
        {with({meeting, QStringLiteral("end")}, QStringLiteral("11:00")),
         QStringLiteral("meeting.end: 11:00 is before the start 12:00")},
        {with({meeting, QStringLiteral("start")}, QStringLiteral("25:00")),
         QStringLiteral("meeting.start: \"25:00\" is not a time of day")},
        {with({meeting, QStringLiteral("number")}, QStringLiteral("one")),
         QStringLiteral("meeting.number: should be a whole number, not the text \"one\"")},
        {with({meeting, QStringLiteral("number")}, 1.5),
         QStringLiteral("meeting.number: should be a whole number, not the number 1.5")},
        {with({meeting, QStringLiteral("number")}, 0),
         QStringLiteral("meeting.number: 0 is out of range")},
        {with({meeting, QStringLiteral("mode")}, QStringLiteral("video")),
         QStringLiteral("meeting.mode: \"video\" is not one of the allowed values: in_person, "
                        "online, hybrid")},
        {with({meeting, QStringLiteral("jalaliDate")}, QStringLiteral("1402/01/22")),
         QStringLiteral("meeting.jalaliDate: \"1402/01/22\" is not the same day as date "
                        "2023-04-10")},
        {with({meeting, QStringLiteral("jalaliDate")}, QStringLiteral("1402/12/30")),
         QStringLiteral("meeting.jalaliDate: \"1402/12/30\" is not a Jalali date (۱۴۰۲ کبیسه "
                        "نیست؛ اسفند ۲۹ روز دارد)")},
        {with({meeting, QStringLiteral("jalaliDate")}, QStringLiteral("02/01/21")),
         QStringLiteral("meeting.jalaliDate: \"02/01/21\" is not a Jalali date (")},
        {with({attendance, 3, QStringLiteral("person")}, QStringLiteral("رضایی")),
         QStringLiteral("attendance[3].person: \"رضایی\" is not among the file's people")},
        {with({attendance, 3, QStringLiteral("person")}, QStringLiteral("صادقی")),
         QStringLiteral("attendance[3].person: \"صادقی\" could be any of 2 people")},
        {with({attendance, 3, QStringLiteral("person")}, QStringLiteral("طاهری")),
         QStringLiteral("attendance[3].person: \"محمد طاهری\" is listed twice in the attendance")},
        {with({attendance, 0, QStringLiteral("status")}, QStringLiteral("here")),
         QStringLiteral("attendance[0].status: \"here\" is not one of the allowed values: "
                        "present, absent, excused, late, left_early")},
        {with({attendance, 0, QStringLiteral("minutesLate")}, 5),
         QStringLiteral("attendance[0].minutesLate: only someone who came late")},
        {with({attendance, 0, QStringLiteral("represents")}, QStringLiteral("کارگروه ناموجود")),
         QStringLiteral("attendance[0].represents: \"کارگروه ناموجود\" is not among the file's "
                        "bodies")},
        {with({attendance, 0, QStringLiteral("rol")}, QStringLiteral("lead")),
         QStringLiteral("attendance[0].rol: is not a field of this format")},
        {with({attendance, 1}, QStringLiteral("رقابی")),
         QStringLiteral("attendance[1]: should be an object {...}, not the text \"رقابی\"")},
        {with({QStringLiteral("agenda"), 0, QStringLiteral("title")}, QStringLiteral("  ")),
         QStringLiteral("agenda[0].title: is empty")},
        {with({QStringLiteral("people"), 1, QStringLiteral("gender")}, 3),
         QStringLiteral("people[1].gender: should be text, not the number 3")},
        {with({QStringLiteral("contributions"), 1, QStringLiteral("agendaItem")}, 3),
         QStringLiteral("contributions[1].agendaItem: there is no agenda item 3 in the file (it "
                        "has 2")},
        {with({QStringLiteral("proposals"), 0, QStringLiteral("supporters")},
              QJsonArray{QStringLiteral("رقابی"), QStringLiteral("رقابی")}),
         QStringLiteral("proposals[0].supporters[1]: \"رقابی\" is already named")},
        {with({QStringLiteral("decisions"), 0, QStringLiteral("deadline")},
              QStringLiteral("1402/03/01")),
         QStringLiteral("decisions[0].deadline: \"1402/03/01\" is not a date")},
        {with({QStringLiteral("actionItems"), 0, QStringLiteral("decision")}, 2),
         QStringLiteral("actionItems[0].decision: there is no decision 2 in the file")},
        {with({QStringLiteral("series")}, QStringLiteral("نشست")),
         QStringLiteral("series: should be an object {...}, not the text \"نشست\"")},
        {without({QStringLiteral("meeting")}),
         QStringLiteral("meeting: is missing; it is required")},
    }));
    const QStringList problems = problemsOf(file);
    CAPTURE(expected);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(expected));
}

TEST_CASE("the Jalali date of a file is read as a typed one: any digits and separators",
          "[exchange]")
{
    const auto written = GENERATE(QStringLiteral("۱۴۰۲-۱-۲۱"), QStringLiteral("1402.01.21"),
                                  QStringLiteral("١٤٠٢/٠١/٢١"), QStringLiteral("1402/1/21"));
    CAPTURE(written);
    CHECK(problemsOf(with({QStringLiteral("meeting"), QStringLiteral("jalaliDate")}, written))
              .isEmpty());
}

TEST_CASE("a person without a family name is refused, and so are references to them", "[exchange]")
{
    const QStringList problems =
        problemsOf(without({QStringLiteral("people"), 0, QStringLiteral("familyName")}));
    REQUIRE(problems.size() > 1);
    CHECK(problems.first() == QStringLiteral("people[0].familyName: is missing; it is required"));
    CHECK(problems.at(1).startsWith(QStringLiteral("meeting.secretary: \"رقابی\" is not among")));
}

TEST_CASE("a file with many problems reports each, up to a limit", "[exchange]")
{
    QJsonObject file = exported();
    QJsonArray attendance;
    for (int i = 0; i < 80; ++i)
        attendance.append(
            QJsonObject{{QStringLiteral("person"), QStringLiteral("ناشناس %1").arg(i)},
                        {QStringLiteral("role"), QStringLiteral("lead")},
                        {QStringLiteral("status"), QStringLiteral("present")}});
    file[QStringLiteral("attendance")] = attendance;
    const QStringList problems = problemsOf(text(file));
    REQUIRE(problems.size() == 51);
    CHECK(problems.first().startsWith(QStringLiteral("attendance[0].person")));
    CHECK(problems.last() == QStringLiteral("... and 30 more problems."));
}

TEST_CASE("text read from a file is normalised for storage", "[exchange]")
{
    // Arabic kaf and yeh as the seed's author typed them; the reference must still match.
    const QByteArray file =
        with({QStringLiteral("people"), 0, QStringLiteral("familyName")}, QStringLiteral("رقابي"));
    const MeetingFile read = readMeetingJson(file);
    INFO(toStrings(read.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(read.ok());
    CHECK(read.record.people.value(1).familyName == QStringLiteral("رقابی"));
}

TEST_CASE("the demo meetings are valid meeting files", "[exchange]")
{
    const QDir demo(QStringLiteral(JALASEH_SOURCE_DIR "/resources/demo"));
    const QStringList names = demo.entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(names.size() >= 3);
    for (const QString& name : names) {
        QFile file(demo.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const MeetingFile read = readMeetingJson(file.readAll());
        INFO(name.toStdString() << ": "
                                << toStrings(read.problems).join(QLatin1Char('\n')).toStdString());
        CHECK(read.ok());
    }
}

namespace {

// Every value of a JSON tree, each replaced in turn by values of every type.
void replaceEachValue(const QJsonValue& value, const QVariantList& path,
                      const std::function<void(const QVariantList&)>& visit)
{
    visit(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            replaceEachValue(it.value(), path + QVariantList{it.key()}, visit);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            replaceEachValue(array.at(i), path + QVariantList{i}, visit);
    }
}

} // namespace

TEST_CASE("any value of any type anywhere is reported, never a crash", "[exchange]")
{
    const QList<QJsonValue> strangeValues{
        QJsonValue(),
        QJsonValue(true),
        QJsonValue(-1),
        QJsonValue(1e300),
        QJsonValue(0.5),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral("<b>&amp;</b>")),
        QJsonValue(QString(10000, QChar(0x0643))),
        QJsonArray{1, QStringLiteral("x")},
        QJsonObject{{QStringLiteral("a"), 1}},
    };
    int files = 0;
    int refused = 0;
    replaceEachValue(exported(), {}, [&](const QVariantList& path) {
        if (path.isEmpty())
            return;
        for (const QJsonValue& strange : strangeValues) {
            const MeetingFile read = readMeetingJson(with(path, strange));
            ++files;
            if (!read.ok()) {
                ++refused;
                for (const FileProblem& problem : read.problems)
                    CHECK_FALSE(problem.message.isEmpty());
                continue;
            }
            // Whatever was accepted writes out as a file that reads back the same.
            const MeetingFile again = readMeetingJson(toJsonText(read.record));
            CHECK(again.ok());
            CHECK(toJsonText(again.record) == toJsonText(read.record));
        }
    });
    CHECK(files > 1000);
    CHECK(refused > files / 2);
}

TEST_CASE("damaged bytes are refused, never a crash", "[exchange]")
{
    const QByteArray valid = toJsonText(smallRecord());
    quint32 state = 12345; // a fixed sequence, so that a failure can be repeated
    auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 2000; ++round) {
        QByteArray damaged = valid;
        const int cuts = 1 + int(next(4));
        for (int i = 0; i < cuts && !damaged.isEmpty(); ++i) {
            const int at = int(next(quint32(damaged.size())));
            switch (next(4)) {
            case 0:
                damaged.remove(at, 1 + int(next(8)));
                break;
            case 1:
                damaged.insert(at, "{[\",:]}\\\xd9\x00"[next(10)]);
                break;
            case 2:
                damaged[at] = char(next(256));
                break;
            default:
                damaged.truncate(at);
            }
        }
        const MeetingFile read = readMeetingJson(damaged);
        if (read.ok())
            CHECK(readMeetingJson(toJsonText(read.record)).ok());
    }
}

TEST_CASE("a key written twice in one object is refused at its path, not silently dropped",
          "[exchange]")
{
    // Qt's parser would keep the second "number"; the user may have meant the first.
    QByteArray twice = text(exported());
    twice.replace("\"number\":", "\"number\": 7,\n        \"number\":");
    const QStringList problems = problemsOf(twice);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(QStringLiteral("meeting.number: appears twice")));

    // In a list's row the path names the row; an escaped key equals its plain spelling.
    QByteArray inRow = text(exported());
    const qsizetype secondRow = inRow.indexOf("\"person\"", inRow.indexOf("\"attendance\""));
    inRow.insert(inRow.indexOf("\"person\"", secondRow + 1), "\"\\u0070erson\": \"x\", ");
    const QStringList rowProblems = problemsOf(inRow);
    REQUIRE(rowProblems.size() == 1);
    CHECK(rowProblems.first().startsWith(QStringLiteral("attendance[1].person: appears twice")));

    // Equal keys in different objects, or equal strings as values, are fine.
    CHECK(problemsOf(text(exported())).isEmpty());
}

TEST_CASE("a text field longer than a field may hold is refused by name", "[exchange]")
{
    const QString huge(JsonFields::longestField + 1, QChar(u'ا'));
    const QStringList problems =
        problemsOf(with({QStringLiteral("contributions"), 0, QStringLiteral("text")}, huge));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(QStringLiteral("contributions[0].text: is 100001 characters "
                                                     "long; a field may hold at most 100000")));
    const QString longest(JsonFields::longestField, QChar(u'ا'));
    CHECK(problemsOf(with({QStringLiteral("contributions"), 0, QStringLiteral("text")}, longest))
              .isEmpty());
}
