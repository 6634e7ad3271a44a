#include "CommandRun.h"
#include "TestDatabases.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>

namespace {

using Edit = std::function<void(QJsonObject&)>;

// Sets `file[section][key]` to `value`.
Edit set(const QString& section, const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& file) {
        QJsonObject object = file[section].toObject();
        object[key] = value;
        file[section] = object;
    };
}

// Sets `file[list][index][key]` to `value`; an undefined value removes the key.
Edit setRow(const QString& list, int index, const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& file) {
        QJsonArray rows = file[list].toArray();
        QJsonObject row = rows.at(index).toObject();
        if (value.isUndefined())
            row.remove(key);
        else
            row[key] = value;
        rows[index] = row;
        file[list] = rows;
    };
}

Edit removeField(const QString& section, const QString& key)
{
    return [=](QJsonObject& file) {
        QJsonObject object = file[section].toObject();
        object.remove(key);
        file[section] = object;
    };
}

// A demo database, and the seed meeting exported from it with its number changed to a free one,
// so that the file as it is imports; each case then breaks one thing in it.
struct ImportFixture
{
    QTemporaryDir dir;
    QString path = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    QJsonObject validFile;

    ImportFixture()
    {
        REQUIRE(runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init"),
                            QStringLiteral("--demo")})
                    .exitCode == 0);
        const CommandRun list = runJalaseh({QStringLiteral("--db"), path, QStringLiteral("list"),
                                            QStringLiteral("meetings"), QStringLiteral("--format"),
                                            QStringLiteral("tsv")});
        QString seedId;
        for (const QStringList& row : tsvRows(list.out)) {
            if (row.at(1) == QLatin1String("2023-04-10"))
                seedId = row.at(0);
        }
        const CommandRun exported =
            runJalaseh({QStringLiteral("--db"), path, QStringLiteral("export"),
                        QStringLiteral("meeting"), seedId});
        REQUIRE(exported.exitCode == 0);
        validFile = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        set(QStringLiteral("meeting"), QStringLiteral("number"), 9)(validFile);
    }

    QString write(const QByteArray& bytes)
    {
        const QString file = dir.filePath(QStringLiteral("meeting.json"));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        return file;
    }

    CommandRun import(const QByteArray& bytes)
    {
        return runJalaseh({QStringLiteral("--db"), path, QStringLiteral("import"),
                           QStringLiteral("meeting"), write(bytes)});
    }
};

QByteArray edited(QJsonObject file, const QList<Edit>& edits)
{
    for (const Edit& edit : edits)
        edit(file);
    return QJsonDocument(file).toJson();
}

} // namespace

TEST_CASE("a broken meeting file is refused at its field, and the database is unchanged", "[cli]")
{
    ImportFixture fixture;
    const QJsonObject& valid = fixture.validFile;
    const QString meeting = QStringLiteral("meeting");
    const QString attendance = QStringLiteral("attendance");

    struct Case
    {
        const char* what;
        QByteArray file;
        QString expected;
    };
    const QList<Case> cases{
        {"not JSON at all", "<html>minutes</html>", QStringLiteral("The file is not valid JSON")},
        {"missing field", edited(valid, {removeField(meeting, QStringLiteral("date"))}),
         QStringLiteral("meeting.date: is missing; it is required")},
        {"wrong type",
         edited(valid, {set(meeting, QStringLiteral("number"), QStringLiteral("نهم"))}),
         QStringLiteral("meeting.number: should be a whole number, not the text \"نهم\"")},
        {"unknown person",
         edited(valid, {setRow(attendance, 3, QStringLiteral("person"), QStringLiteral("رضایی"))}),
         QStringLiteral("attendance[3].person: \"رضایی\" is not among the file's people")},
        {"unknown enum value",
         edited(valid, {setRow(attendance, 0, QStringLiteral("status"), QStringLiteral("here"))}),
         QStringLiteral("attendance[0].status: \"here\" is not one of the allowed values: present, "
                        "absent, excused, late, left_early")},
        {"end before start",
         edited(valid, {set(meeting, QStringLiteral("end"), QStringLiteral("11:00"))}),
         QStringLiteral("meeting.end: 11:00 is before the start 12:00")},
        {"invalid date",
         edited(valid, {set(meeting, QStringLiteral("date"), QStringLiteral("1402-13-01")),
                        removeField(meeting, QStringLiteral("jalaliDate"))}),
         QStringLiteral("meeting.date: \"1402-13-01\" is not a date (expected YYYY-MM-DD")},
        {"duplicate meeting number", edited(valid, {set(meeting, QStringLiteral("number"), 1)}),
         QStringLiteral(
             "meeting.number: the series \"نشست راهبران کارگروه‌ها\" already "
             "has "
             "a "
             "meeting number 1")},
    };
    for (const Case& broken : cases) {
        INFO(broken.what);
        const QString before = databaseContents(fixture.path);
        const CommandRun run = fixture.import(broken.file);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(
            run.err.contains(QStringLiteral("was not imported, and the database was not changed")));
        CHECK(run.err.contains(QStringLiteral("  ") + broken.expected));
        CHECK(databaseContents(fixture.path) == before);
    }

    // The unbroken file imports, so each refusal above was for the one thing broken.
    const CommandRun good = fixture.import(QJsonDocument(valid).toJson());
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
}

TEST_CASE("a refused import leaves no new people, bodies or series behind", "[cli]")
{
    ImportFixture fixture;
    // New people, a new body and a new series would all be created before the meeting... if the
    // meeting could be stored. Here the number clashes, so everything is rolled back.
    QJsonObject file = fixture.validFile;
    set(QStringLiteral("meeting"), QStringLiteral("number"), 1)(file);
    QJsonArray people = file[QStringLiteral("people")].toArray();
    people.append(QJsonObject{{QStringLiteral("familyName"), QStringLiteral("تازه‌وارد")},
                              {QStringLiteral("givenName"), QStringLiteral("سارا")}});
    file[QStringLiteral("people")] = people;
    QJsonArray bodies = file[QStringLiteral("bodies")].toArray();
    bodies.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("کارگروه تازه")},
                              {QStringLiteral("kind"), QStringLiteral("working_group")}});
    file[QStringLiteral("bodies")] = bodies;
    QJsonArray attendance = file[QStringLiteral("attendance")].toArray();
    attendance.append(QJsonObject{{QStringLiteral("person"), QStringLiteral("تازه‌وارد")},
                                  {QStringLiteral("role"), QStringLiteral("guest")},
                                  {QStringLiteral("status"), QStringLiteral("present")},
                                  {QStringLiteral("represents"), QStringLiteral("کارگروه تازه")}});
    file[QStringLiteral("attendance")] = attendance;

    const QString before = databaseContents(fixture.path);
    const CommandRun run = fixture.import(QJsonDocument(file).toJson());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("meeting.number")));
    CHECK(databaseContents(fixture.path) == before);

    // With a series of its own, the same file goes in whole: the meeting, the new person, body
    // and series.
    set(QStringLiteral("series"), QStringLiteral("name"),
        QStringLiteral("جلسات کارگروه تازه"))(file);
    const CommandRun accepted = fixture.import(QJsonDocument(file).toJson());
    INFO(accepted.err.toStdString());
    REQUIRE(accepted.exitCode == 0);
    const CommandRun found = runJalaseh(
        {QStringLiteral("--db"), fixture.path, QStringLiteral("search"),
         QStringLiteral("تازه‌وارد"), QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(found.out.contains(QStringLiteral("person\t")));
}

TEST_CASE("a file with many problems lists each on its own line", "[cli]")
{
    ImportFixture fixture;
    const QByteArray file =
        edited(fixture.validFile,
               {set(QStringLiteral("meeting"), QStringLiteral("mode"), QStringLiteral("video")),
                setRow(QStringLiteral("contributions"), 2, QStringLiteral("speaker"),
                       QStringLiteral("ناشناس")),
                setRow(QStringLiteral("decisions"), 0, QStringLiteral("deadline"),
                       QStringLiteral("1402/03/01"))});
    const CommandRun run = fixture.import(file);
    CHECK(run.exitCode == 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(1).startsWith(QStringLiteral("  meeting.mode: ")));
    CHECK(lines.at(2).startsWith(QStringLiteral("  contributions[2].speaker: ")));
    CHECK(lines.at(3).startsWith(QStringLiteral("  decisions[0].deadline: ")));
}
