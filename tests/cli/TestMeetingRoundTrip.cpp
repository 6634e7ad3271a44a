#include "CommandRun.h"
#include "TestDatabases.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

// A demo database in a temporary folder, and the id of the seed meeting in it (the one held on
// 1402/01/21 = 2023-04-10), found the way a script would: from `list meetings --format tsv`.
struct DemoDatabase
{
    QTemporaryDir dir;
    QString path = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    QString seedMeetingId;

    DemoDatabase()
    {
        const CommandRun init = runJalaseh(
            {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        for (const QStringList& row : tsvRows(list(QStringLiteral("meetings")))) {
            if (row.at(1) == QLatin1String("2023-04-10"))
                seedMeetingId = row.at(0);
        }
        REQUIRE_FALSE(seedMeetingId.isEmpty());
    }

    QStringList db() const { return {QStringLiteral("--db"), path}; }

    QString list(const QString& what) const
    {
        const CommandRun run =
            runJalaseh(db() + QStringList{QStringLiteral("list"), what, QStringLiteral("--format"),
                                          QStringLiteral("tsv")});
        REQUIRE(run.exitCode == 0);
        return run.out;
    }

    QString exportMeeting(const QString& id) const
    {
        const CommandRun run =
            runJalaseh(db() + QStringList{QStringLiteral("export"), QStringLiteral("meeting"), id,
                                          QStringLiteral("--format"), QStringLiteral("json")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out;
    }
};

QJsonObject parsed(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QStringList strings(const QJsonArray& array, const QString& key)
{
    QStringList values;
    for (const QJsonValue& value : array)
        values.append(value[key].toString());
    return values;
}

} // namespace

TEST_CASE("a meeting exported, imported into another database and exported again is the same",
          "[cli]")
{
    const DemoDatabase demo;
    const QString first = demo.exportMeeting(demo.seedMeetingId);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("seed.json"));
    const CommandRun toFile =
        runJalaseh(demo.db() + QStringList{QStringLiteral("export"), QStringLiteral("meeting"),
                                           demo.seedMeetingId, QStringLiteral("-o"), file});
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.out.isEmpty());
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(written.readAll()) == first);

    const QString other = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("other.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode == 0);
    const CommandRun import = runJalaseh(
        {QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("meeting"), file});
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    const QString newId = import.out.trimmed();
    CHECK(newId.toLongLong() > 0);

    const CommandRun again = runJalaseh({QStringLiteral("--db"), other, QStringLiteral("export"),
                                         QStringLiteral("meeting"), newId});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out == first);
}

TEST_CASE("the exported seed meeting holds everything the seed minutes record", "[cli]")
{
    const DemoDatabase demo;
    const QJsonObject file = parsed(demo.exportMeeting(demo.seedMeetingId));

    CHECK(file[QStringLiteral("series")][QStringLiteral("name")] ==
          QStringLiteral("نشست راهبران کارگروه‌ها"));
    const QJsonObject meeting = file[QStringLiteral("meeting")].toObject();
    CHECK(meeting[QStringLiteral("number")] == 1);
    CHECK(meeting[QStringLiteral("mode")] == QStringLiteral("online"));
    CHECK(meeting[QStringLiteral("venue")] == QStringLiteral("سامانه دانشگاه صنعتی شریف"));
    CHECK(meeting[QStringLiteral("date")] == QStringLiteral("2023-04-10"));
    CHECK(meeting[QStringLiteral("jalaliDate")] == QStringLiteral("1402/01/21"));
    CHECK(meeting[QStringLiteral("start")] == QStringLiteral("12:00"));
    CHECK(meeting[QStringLiteral("end")] == QStringLiteral("13:20"));
    CHECK(meeting[QStringLiteral("status")] == QStringLiteral("held"));

    // 7 leads, 1 guest, 5 of the steering committee present; the 2 leads of the
    // experience-sharing group absent.
    const QJsonArray attendance = file[QStringLiteral("attendance")].toArray();
    QMap<QString, int> present;
    QStringList absentBodies;
    for (const QJsonValue& row : attendance) {
        if (row[QStringLiteral("status")] == QStringLiteral("present"))
            ++present[row[QStringLiteral("role")].toString()];
        else if (row[QStringLiteral("status")] == QStringLiteral("absent"))
            absentBodies.append(row[QStringLiteral("represents")].toString());
    }
    CHECK(present.value(QStringLiteral("lead")) == 7);
    CHECK(present.value(QStringLiteral("guest")) == 1);
    CHECK(present.value(QStringLiteral("steering_committee")) == 5);
    CHECK(absentBodies == QStringList(2, QStringLiteral("کارگروه اشتراک تجربیات")));

    // Everyone has a gender and the doctors their title, for "سرکار خانم دکتر ...".
    for (const QJsonValue& person : file[QStringLiteral("people")].toArray())
        CHECK(person[QStringLiteral("gender")] != QStringLiteral("unspecified"));

    const QJsonArray contributions = file[QStringLiteral("contributions")].toArray();
    CHECK(
        strings(contributions, QStringLiteral("speaker")) ==
        QStringList{QStringLiteral("رقابی"), QStringLiteral("حاجی زین‌العابدینی"),
                    QStringLiteral("طاهری"), QStringLiteral("عاطفی ملکی"), QStringLiteral("غزنوی"),
                    QStringLiteral("فاضل"), QStringLiteral("رقابی"), QStringLiteral("صادقی")});
    CHECK(contributions.at(3)[QStringLiteral("text")].toString().contains(
        QStringLiteral("طرح غدیر")));

    const QJsonArray agenda = file[QStringLiteral("agenda")].toArray();
    REQUIRE(agenda.size() == 2);
    CHECK(agenda.at(0)[QStringLiteral("question")] == true);
    CHECK(agenda.at(1)[QStringLiteral("title")] ==
          QStringLiteral("ادغام کارگروه‌ها"));

    const QJsonArray proposals = file[QStringLiteral("proposals")].toArray();
    CHECK(strings(proposals, QStringLiteral("proposer"))
              .count(QStringLiteral("حاجی زین‌العابدینی")) == 4);
    bool mergeFound = false;
    for (const QJsonValue& proposal : proposals) {
        if (proposal[QStringLiteral("proposer")] == QStringLiteral("عاطفی ملکی")) {
            mergeFound = true;
            CHECK(proposal[QStringLiteral("supporters")].toArray() ==
                  QJsonArray{QStringLiteral("درخوش"), QStringLiteral("فاضل")});
        }
    }
    CHECK(mergeFound);

    const QJsonArray decisions = file[QStringLiteral("decisions")].toArray();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions.at(0)[QStringLiteral("status")] == QStringLiteral("deferred"));
}

TEST_CASE("the demo database has bodies with members, and meetings beyond the seed", "[cli]")
{
    const DemoDatabase demo;
    const auto meetings = tsvRows(demo.list(QStringLiteral("meetings")));
    CHECK(meetings.size() >= 3);
    // Newest first.
    CHECK(meetings.first().at(1) > meetings.last().at(1));

    const auto bodies = tsvRows(demo.list(QStringLiteral("bodies")));
    bool committee = false;
    bool merged = false;
    for (const QStringList& body : bodies) {
        committee = committee || body.at(2) == QLatin1String("steering_committee");
        merged = merged || !body.at(3).isEmpty();
    }
    CHECK(committee);
    CHECK(merged);

    const auto decisions = tsvRows(demo.list(QStringLiteral("decisions")));
    int approvedWithOwnerAndDeadline = 0;
    for (const QStringList& decision : decisions) {
        if (decision.at(5) == QLatin1String("approved") && !decision.at(7).isEmpty() &&
            !decision.at(8).isEmpty())
            ++approvedWithOwnerAndDeadline;
    }
    CHECK(approvedWithOwnerAndDeadline >= 2);

    const auto people = tsvRows(demo.list(QStringLiteral("people")));
    CHECK(people.size() >= 15);
}

TEST_CASE("the readable lists show Jalali dates in Persian digits", "[cli]")
{
    const DemoDatabase demo;
    const CommandRun run =
        runJalaseh(demo.db() + QStringList{QStringLiteral("list"), QStringLiteral("meetings")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("۱۴۰۲/۰۱/۲۱")));
    CHECK(run.out.contains(QStringLiteral("نشست راهبران کارگروه‌ها")));
    CHECK_FALSE(run.out.contains(QStringLiteral("2023-04-10")));
}

TEST_CASE("importing into a database that knows the people reuses them", "[cli]")
{
    const DemoDatabase demo;
    QJsonObject file = parsed(demo.exportMeeting(demo.seedMeetingId));
    QJsonObject meeting = file[QStringLiteral("meeting")].toObject();
    meeting[QStringLiteral("number")] = 7;
    file[QStringLiteral("meeting")] = meeting;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seventh.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(file).toJson());
    out.close();

    const auto peopleBefore = tsvRows(demo.list(QStringLiteral("people")));
    const auto bodiesBefore = tsvRows(demo.list(QStringLiteral("bodies")));
    const CommandRun import = runJalaseh(
        demo.db() + QStringList{QStringLiteral("import"), QStringLiteral("meeting"), path});
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    CHECK(tsvRows(demo.list(QStringLiteral("people"))) == peopleBefore);
    CHECK(tsvRows(demo.list(QStringLiteral("bodies"))) == bodiesBefore);
    CHECK(tsvRows(demo.list(QStringLiteral("meetings"))).size() == 4);
}

TEST_CASE("search finds text however it is typed, with the meeting and its date", "[cli]")
{
    const DemoDatabase demo;
    // Arabic kaf and yeh, no zero-width non-joiner: as the seed's author typed.
    const CommandRun run = runJalaseh(
        demo.db() + QStringList{QStringLiteral("search"), QStringLiteral("ادغام كارگروهها"),
                                QStringLiteral("--format"), QStringLiteral("tsv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto hits = tsvRows(run.out);
    REQUIRE_FALSE(hits.isEmpty());
    bool seedProposal = false;
    for (const QStringList& hit : hits) {
        // A meeting is found by its summary too, but shown by its title.
        if (hit.at(0) != QLatin1String("meeting"))
            CHECK(hit.at(4).contains(QStringLiteral("ادغام کارگروه‌ها")));
        seedProposal = seedProposal ||
                       (hit.at(0) == QLatin1String("proposal") && hit.at(2) == demo.seedMeetingId &&
                        hit.at(3) == QLatin1String("2023-04-10"));
    }
    CHECK(seedProposal);

    const CommandRun table =
        runJalaseh(demo.db() + QStringList{QStringLiteral("search"), QStringLiteral("واتساپ")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("۱۴۰۲/۰۱/۲۱")));

    const CommandRun nothing =
        runJalaseh(demo.db() + QStringList{QStringLiteral("search"), QStringLiteral("زرافه")});
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out.isEmpty());
    CHECK(nothing.err.contains(QStringLiteral("Nothing contains")));
}

TEST_CASE("search \"كارگروه\" with the Arabic kaf finds the seed meeting itself", "[cli]")
{
    const DemoDatabase demo;
    const CommandRun run =
        runJalaseh(demo.db() + QStringList{QStringLiteral("search"), QStringLiteral("كارگروه"),
                                           QStringLiteral("--format"), QStringLiteral("tsv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    bool seedMeeting = false;
    int seedHits = 0;
    for (const QStringList& hit : tsvRows(run.out)) {
        if (hit.at(2) == demo.seedMeetingId)
            ++seedHits;
        seedMeeting = seedMeeting ||
                      (hit.at(0) == QLatin1String("meeting") && hit.at(2) == demo.seedMeetingId);
    }
    CHECK(seedMeeting);
    // Its contributions and proposals that speak of working groups, typed either way, too.
    CHECK(seedHits >= 5);
}

TEST_CASE("the example in docs/meeting-json.md is what export writes for the seed meeting", "[cli]")
{
    QFile documentation(QStringLiteral(JALASEH_SOURCE_DIR "/docs/meeting-json.md"));
    REQUIRE(documentation.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(documentation.readAll());
    const QString fence = QStringLiteral("```json\n");
    const qsizetype start = text.lastIndexOf(fence);
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("```"), start + fence.size());
    REQUIRE(end > start);
    const QString example = text.mid(start + fence.size(), end - start - fence.size());

    const DemoDatabase demo;
    CHECK(demo.exportMeeting(demo.seedMeetingId) == example);
}
