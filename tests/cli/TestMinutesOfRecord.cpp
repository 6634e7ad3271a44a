// Minutes of record on the command line (issue 13): approval freezes the minutes, amendments open
// versions, and a document id checks a copy. On both engines.
#include "CommandRun.h"
#include "PdfText.h"
#include "TestDatabases.h"
#include "core/DocumentId.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Statement.h"
#include "support/QtCatchPrinters.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using jalaseh::Id;

struct Demo
{
    QTemporaryDir dir;
    QString database = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    QString meeting;

    Demo()
    {
        const CommandRun init = runJalaseh(
            {QStringLiteral("--db"), database, QStringLiteral("init"), QStringLiteral("--demo")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        const CommandRun list = run({QStringLiteral("list"), QStringLiteral("meetings"),
                                     QStringLiteral("--format"), QStringLiteral("tsv")});
        for (const QStringList& row : tsvRows(list.out)) {
            if (row.at(1) == QLatin1String("2023-04-10"))
                meeting = row.at(0);
        }
        REQUIRE_FALSE(meeting.isEmpty());
    }

    CommandRun run(const QStringList& arguments) const
    {
        return runJalaseh(QStringList{QStringLiteral("--db"), database} + arguments);
    }

    // The minutes in `style` as text, and as a PDF read back with pdftotext.
    QString text(const QString& style, const QStringList& more = {}) const
    {
        const CommandRun exported =
            run(QStringList{QStringLiteral("export"), QStringLiteral("minutes"), meeting,
                            QStringLiteral("--style"), style, QStringLiteral("--format"),
                            QStringLiteral("txt")} +
                more);
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        return exported.out;
    }
    QString pdf(const QString& name, const QStringList& more = {}) const
    {
        const QString path = dir.filePath(name);
        const CommandRun exported =
            run(QStringList{QStringLiteral("export"), QStringLiteral("minutes"), meeting,
                            QStringLiteral("-o"), path} +
                more);
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        return jalaseh::test::pdfText(path);
    }

    QString approve() const
    {
        const CommandRun approved =
            run({QStringLiteral("approve"), QStringLiteral("minutes"), meeting});
        INFO(approved.err.toStdString());
        REQUIRE(approved.exitCode == 0);
        const QStringList lines = approved.out.trimmed().split(QLatin1Char('\n'));
        const QString id = lines.last();
        CHECK(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"))
                  .match(id)
                  .hasMatch());
        return id;
    }
};

std::unique_ptr<jalaseh::storage::Database> opened(const QString& address)
{
    auto result = jalaseh::storage::Database::open(address);
    INFO(result.message.toStdString());
    REQUIRE(result.database);
    return std::move(result.database);
}

// Changes everything the minutes show that lives outside the meeting: a person renamed, a body
// renamed (the first speaker), and a deferred decision taken up later and followed up. Returns the new family name.
QString changeTheWorld(const QString& address, Id meetingId)
{
    auto database = opened(address);
    const auto record = jalaseh::storage::MeetingRecordRepository(*database).load(meetingId);
    REQUIRE(record);
    REQUIRE_FALSE(record->contributions.isEmpty());
    jalaseh::storage::PersonRepository people(*database);
    auto chair = people.find(record->contributions.first().speakerId);
    REQUIRE(chair);
    chair->familyName = QStringLiteral("نوروزی‌تازه");
    people.update(*chair);
    jalaseh::storage::BodyRepository bodies(*database);
    for (const jalaseh::Body& body : record->bodies) {
        auto renamed = body;
        renamed.name = body.name + QStringLiteral(" نو");
        bodies.update(renamed);
    }
    bool tookUp = false;
    for (jalaseh::Decision decision : record->decisions) {
        if (decision.status == jalaseh::DecisionStatus::Deferred) {
            decision.status = jalaseh::DecisionStatus::Approved;
            decision.followUp = jalaseh::FollowUpState::Done;
            jalaseh::storage::DecisionRepository(*database).update(decision);
            tookUp = true;
        }
    }
    CHECK(tookUp);
    return chair->familyName;
}

} // namespace

TEST_CASE("approved minutes read the same after people are renamed and decisions taken up", "[cli]")
{
    const Demo demo;
    const QString before = demo.text(QStringLiteral("narrative"));
    const QString id = demo.approve();
    const QString narrativePdf = demo.pdf(QStringLiteral("approved.pdf"));
    const QString formal = demo.text(QStringLiteral("formal"));
    REQUIRE_FALSE(narrativePdf.isEmpty());
    CHECK(before.contains(QStringLiteral("موکول")));

    const QString newName = changeTheWorld(demo.database, demo.meeting.toLongLong());

    CHECK(demo.pdf(QStringLiteral("later.pdf")) == narrativePdf);
    CHECK(demo.text(QStringLiteral("formal")) == formal);
    CHECK_FALSE(demo.text(QStringLiteral("narrative")).contains(newName));
    // Approving again is refused; the id stays what it was.
    const CommandRun again =
        demo.run({QStringLiteral("approve"), QStringLiteral("minutes"), demo.meeting});
    CHECK(again.exitCode == 1);

    // An amendment renders the meeting as it stands, and is approved with an id of its own.
    const CommandRun amended =
        demo.run({QStringLiteral("amend"), QStringLiteral("minutes"), demo.meeting,
                  QStringLiteral("--reason"), QStringLiteral("نام رئیس جلسه اصلاح شد")});
    INFO(amended.err.toStdString());
    REQUIRE(amended.exitCode == 0);
    CHECK(demo.text(QStringLiteral("narrative")).contains(newName));
    const QString secondId = demo.approve();
    CHECK(secondId != id);
    CHECK(demo.text(QStringLiteral("narrative")).contains(newName));
    CHECK(demo.text(QStringLiteral("formal"), {QStringLiteral("--version"), QStringLiteral("1")}) ==
          formal);
    CHECK(demo.pdf(QStringLiteral("first.pdf"),
                   {QStringLiteral("--version"), QStringLiteral("1")}) == narrativePdf);

    const CommandRun versions =
        demo.run({QStringLiteral("list"), QStringLiteral("versions"), demo.meeting,
                  QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(versions.exitCode == 0);
    const auto rows = tsvRows(versions.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).at(0) == QLatin1String("1"));
    CHECK(rows.at(0).at(1) == QLatin1String("approved"));
    CHECK(rows.at(0).at(4) == id);
    CHECK(rows.at(1).at(4) == secondId);
    CHECK(rows.at(1).at(5) == QStringLiteral("نام رئیس جلسه اصلاح شد"));

    const CommandRun missing =
        demo.run({QStringLiteral("export"), QStringLiteral("minutes"), demo.meeting,
                  QStringLiteral("--version"), QStringLiteral("3")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("list versions")));
}

TEST_CASE("approved minutes carry their document id on every page and in every format, with a QR "
          "code",
          "[cli]")
{
    const Demo demo;
    const QString id = demo.approve();
    const QString address = QStringLiteral("https://example.org/verify?id=");
    {
        auto database = opened(demo.database);
        jalaseh::storage::SettingsRepository settings(*database);
        jalaseh::Organisation organisation = settings.organisation();
        organisation.verificationAddress = address;
        settings.setOrganisation(organisation);
    }
    const QString path = demo.dir.filePath(QStringLiteral("formal.pdf"));
    const CommandRun exported =
        demo.run({QStringLiteral("export"), QStringLiteral("minutes"), demo.meeting,
                  QStringLiteral("--style"), QStringLiteral("formal"), QStringLiteral("-o"), path});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const int pages = jalaseh::test::pdfPageCount(path);
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        CAPTURE(page);
        const QString text = jalaseh::test::pdfPageText(path, page);
        CHECK(text.contains(id));
        CHECK(text.contains(QStringLiteral("شناسه سند")));
    }
    for (const QString& format : {QStringLiteral("txt"), QStringLiteral("html")}) {
        const CommandRun other = demo.run({QStringLiteral("export"), QStringLiteral("minutes"),
                                           demo.meeting, QStringLiteral("--format"), format});
        CHECK(other.out.contains(QStringLiteral("شناسه سند")));
        CHECK(other.out.contains(id));
    }
    // Exporting again gives the same id: it is the approved version's, not the export's.
    CHECK(demo.text(QStringLiteral("narrative")).contains(id));

    // The QR code, read as a phone would read the page: the address with the id.
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(zbarimg.isEmpty()); // scripts/install-deps.sh installs zbar-tools
    REQUIRE_FALSE(pdftoppm.isEmpty());
    for (int page : {1, pages}) {
        const QString image = demo.dir.filePath(QStringLiteral("page-%1").arg(page));
        REQUIRE(QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("200"),
                                             QStringLiteral("-f"), QString::number(page),
                                             QStringLiteral("-l"), QString::number(page),
                                             QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                             path, image}) == 0);
        QProcess scan;
        scan.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                             image + QStringLiteral(".png")});
        REQUIRE(scan.waitForFinished(60000));
        CHECK(QString::fromUtf8(scan.readAllStandardOutput()).trimmed() == address + id);
    }
}

TEST_CASE("verify tells a genuine id from a mistyped and an unknown one", "[cli]")
{
    const Demo demo;
    const QString id = demo.approve();

    const CommandRun genuine = demo.run({QStringLiteral("verify"), id.toLower()});
    INFO(genuine.err.toStdString());
    CHECK(genuine.exitCode == 0);
    CHECK(genuine.out.contains(id));
    CHECK(genuine.out.contains(QStringLiteral("id ") + demo.meeting));
    CHECK(QRegularExpression(QStringLiteral("[0-9a-f]{64}")).match(genuine.out).hasMatch());

    // One character changed: the check character catches it.
    QString mistyped = id;
    mistyped[0] = mistyped.at(0) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    const CommandRun wrong = demo.run({QStringLiteral("verify"), mistyped});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("mistyped")));

    // A well-formed id that this database never gave.
    const QString unknown = jalaseh::DocumentId::fromFingerprint(
        QCryptographicHash::hash("not minutes", QCryptographicHash::Sha256));
    const CommandRun stranger = demo.run({QStringLiteral("verify"), unknown});
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.err.contains(QStringLiteral("No approved minutes")));
    CHECK(wrong.err != stranger.err);

    const CommandRun garbage = demo.run({QStringLiteral("verify"), QStringLiteral("hello")});
    CHECK(garbage.exitCode == 1);
    CHECK(garbage.err.contains(QStringLiteral("not a document id")));
}

TEST_CASE("an approved meeting refuses every edit, in the repositories and in plain SQL", "[cli]")
{
    const Demo demo;
    demo.approve();
    auto database = opened(demo.database);
    const Id meetingId = demo.meeting.toLongLong();
    jalaseh::storage::MeetingRepository meetings(*database);
    auto meeting = meetings.find(meetingId);
    REQUIRE(meeting);
    meeting->title = QStringLiteral("عنوان دیگر");
    CHECK_THROWS_AS(meetings.update(*meeting), jalaseh::storage::AccessRefused);
    CHECK_THROWS_AS(meetings.remove(meetingId), jalaseh::storage::AccessRefused);
    // What a program that goes round Jalaseh would do: the schema refuses it too.
    for (const QString& sql :
         {QStringLiteral("UPDATE contribution SET text = 'x' WHERE meeting_id = ?"),
          QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?"),
          QStringLiteral("UPDATE decision SET text = 'x' WHERE meeting_id = ?"),
          QStringLiteral("UPDATE minutes_version SET snapshot = 'x' WHERE meeting_id = ?"),
          QStringLiteral("DELETE FROM minutes_version WHERE meeting_id = ?")}) {
        CAPTURE(sql);
        try {
            jalaseh::storage::Statement(*database, sql).bind(meetingId).exec();
            FAIL("not refused");
        } catch (const jalaseh::storage::AccessRefused& refused) {
            CHECK(refused.userMessage().contains(QStringLiteral("approved")));
        }
    }
    // Following up is not editing the minutes.
    const auto record = jalaseh::storage::MeetingRecordRepository(*database).load(meetingId);
    REQUIRE_FALSE(record->decisions.isEmpty());
    jalaseh::storage::DecisionRepository(*database).setFollowUp(record->decisions.first().id,
                                                                jalaseh::FollowUpState::InProgress);
}

TEST_CASE("a meeting file never carries an approval into another database", "[cli]")
{
    const Demo demo;
    demo.approve();
    const QString file = demo.dir.filePath(QStringLiteral("meeting.json"));
    REQUIRE(demo.run({QStringLiteral("export"), QStringLiteral("meeting"), demo.meeting,
                      QStringLiteral("-o"), file})
                .exitCode == 0);
    const QString other =
        jalaseh::test::freshDatabaseAddress(demo.dir, QStringLiteral("o.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode == 0);
    const CommandRun imported = runJalaseh(
        {QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("meeting"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString id = imported.out.trimmed().split(QLatin1Char('\n')).last().section(u' ', -1);
    bool isNumber = false;
    const Id importedId = id.toLongLong(&isNumber);
    REQUIRE(isNumber);
    const CommandRun versions = runJalaseh({QStringLiteral("--db"), other, QStringLiteral("list"),
                                            QStringLiteral("versions"), id,
                                            QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(versions.exitCode == 0);
    CHECK(tsvRows(versions.out).isEmpty());
    // A draft of record: it may be edited, and approved here.
    auto database = opened(other);
    jalaseh::storage::MeetingRepository meetings(*database);
    auto meeting = meetings.find(importedId);
    REQUIRE(meeting);
    meeting->title = QStringLiteral("عنوان تازه");
    meetings.update(*meeting);
}

TEST_CASE("export minutes --without leaves parts out, and approved minutes say so", "[cli]")
{
    const Demo demo;
    // Before approval: the parts go, with their headings, and no note is added.
    const QString whole = demo.text(QStringLiteral("formal"));
    REQUIRE(whole.contains(QStringLiteral("غایبان:")));
    REQUIRE(whole.contains(QStringLiteral("پیشنهادها:")));
    const QString draft = demo.text(QStringLiteral("formal"),
                                    {QStringLiteral("--without"), QStringLiteral("absentees")});
    CHECK_FALSE(draft.contains(QStringLiteral("غایبان:")));
    CHECK(draft.contains(QStringLiteral("پیشنهادها:")));
    CHECK_FALSE(draft.contains(QStringLiteral("نیامده است")));

    const QString id = demo.approve();
    const QString abridged = demo.text(QStringLiteral("formal"),
                                       {QStringLiteral("--without"), QStringLiteral("proposals")});
    CHECK_FALSE(abridged.contains(QStringLiteral("پیشنهادها:")));
    CHECK(abridged.contains(QStringLiteral("شناسه سند: ") + id));
    CHECK(abridged.contains(QStringLiteral(
        "بخش‌هایی از صورتجلسه تأییدشده که در این نسخه نیامده است: پیشنهادها.")));

    const QString withoutId =
        demo.pdf(QStringLiteral("no-id.pdf"),
                 {QStringLiteral("--without"), QStringLiteral("document-id,Signatures"),
                  QStringLiteral("--style"), QStringLiteral("formal")});
    CHECK_FALSE(withoutId.contains(id));
    CHECK(jalaseh::test::foldForComparison(withoutId).contains(
        jalaseh::test::foldForComparison(QStringLiteral("این نسخه بدون شناسه سند"))));
    // The signatures' heading is gone; the words stay once, in the note naming what is left out.
    CHECK(jalaseh::test::foldForComparison(withoutId).count(
              jalaseh::test::foldForComparison(QStringLiteral("امضای حاضران"))) == 1);
    CHECK(jalaseh::test::foldForComparison(withoutId).contains(
        jalaseh::test::foldForComparison(QStringLiteral("در این نسخه نیامده است"))));

    // What is not a part is refused, with the parts there are.
    const CommandRun unknown =
        demo.run({QStringLiteral("export"), QStringLiteral("minutes"), demo.meeting,
                  QStringLiteral("--without"), QStringLiteral("proposals,votes")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("\"votes\"")));
    CHECK(unknown.err.contains(QStringLiteral("absentees, contributions, proposals, signatures, "
                                              "attachments, document-id")));
    CHECK(unknown.out.isEmpty());
}
