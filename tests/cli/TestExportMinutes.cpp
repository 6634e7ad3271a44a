// `jalaseh export minutes` on the demo database, as a script would run it.
#include "CommandRun.h"
#include "OdtPackage.h"
#include "PdfText.h"
#include "TestDatabases.h"
#include "storage/Database.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct DemoMinutes
{
    QTemporaryDir dir;
    QString database = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    QString seedMeetingId;

    DemoMinutes()
    {
        const CommandRun init = runJalaseh(
            {QStringLiteral("--db"), database, QStringLiteral("init"), QStringLiteral("--demo")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        const CommandRun list = runJalaseh({QStringLiteral("--db"), database,
                                            QStringLiteral("list"), QStringLiteral("meetings"),
                                            QStringLiteral("--format"), QStringLiteral("tsv")});
        REQUIRE(list.exitCode == 0);
        for (const QStringList& row : tsvRows(list.out)) {
            if (row.at(1) == QLatin1String("2023-04-10"))
                seedMeetingId = row.at(0);
        }
        REQUIRE_FALSE(seedMeetingId.isEmpty());
    }

    CommandRun exportMinutes(const QStringList& options) const
    {
        return runJalaseh(QStringList{QStringLiteral("--db"), database, QStringLiteral("export"),
                                      QStringLiteral("minutes"), seedMeetingId} +
                          options);
    }
};

} // namespace

TEST_CASE("export minutes writes the seed meeting in both styles and all four formats", "[cli]")
{
    const DemoMinutes demo;
    for (const QString& style : {QStringLiteral("narrative"), QStringLiteral("formal")}) {
        for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("odt"),
                                      QStringLiteral("html"), QStringLiteral("txt")}) {
            CAPTURE(style, format);
            const QString path = demo.dir.filePath(style + QLatin1Char('.') + format);
            const CommandRun run =
                demo.exportMinutes({QStringLiteral("--style"), style, QStringLiteral("--format"),
                                    format, QStringLiteral("-o"), path});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            CHECK(QFile(path).size() > 500);
        }
    }
    const QString pdf = jalaseh::test::pdfText(demo.dir.filePath(QStringLiteral("narrative.pdf")));
    QString missing;
    CHECK(jalaseh::test::containsInOrder(
        pdf,
        {QStringLiteral("اولین"), QStringLiteral("مجازی"), QStringLiteral("از ساعت ۱۲ الی ۱۳:۲۰"),
         QStringLiteral("دوشنبه ۱۴۰۲/۰۱/۲۱"), QStringLiteral("سامانه دانشگاه صنعتی شریف"),
         QStringLiteral("به جلسات بعدی موکول شد")},
        &missing));
    CHECK(missing == QString());
    CHECK(jalaseh::test::zipMember(demo.dir.filePath(QStringLiteral("formal.odt")),
                                   QStringLiteral("mimetype")) ==
          "application/vnd.oasis.opendocument.text");
}

TEST_CASE("export minutes prints text and HTML, and takes the format from the file name", "[cli]")
{
    const DemoMinutes demo;
    const CommandRun text =
        demo.exportMinutes({QStringLiteral("--style"), QStringLiteral("invitation")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("دعوتنامه")));
    const CommandRun html =
        demo.exportMinutes({QStringLiteral("--format"), QStringLiteral("html")});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));

    const QString path = demo.dir.filePath(QStringLiteral("by-suffix.pdf"));
    REQUIRE(demo.exportMinutes({QStringLiteral("-o"), path}).exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

TEST_CASE("export minutes refuses what it cannot do with a sentence", "[cli]")
{
    const DemoMinutes demo;
    const CommandRun badStyle =
        demo.exportMinutes({QStringLiteral("--style"), QStringLiteral("poem")});
    CHECK(badStyle.exitCode == 1);
    CHECK(badStyle.err.contains(QStringLiteral("narrative, formal, invitation")));
    const CommandRun badFormat =
        demo.exportMinutes({QStringLiteral("--format"), QStringLiteral("docx")});
    CHECK(badFormat.exitCode == 1);
    CHECK(badFormat.err.contains(QStringLiteral("pdf, odt, html, txt")));
    const CommandRun pdfToTerminal =
        demo.exportMinutes({QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(pdfToTerminal.exitCode == 1);
    CHECK(pdfToTerminal.err.contains(QStringLiteral("-o")));
    const CommandRun noMeeting =
        runJalaseh({QStringLiteral("--db"), demo.database, QStringLiteral("export"),
                    QStringLiteral("minutes"), QStringLiteral("99999")});
    CHECK(noMeeting.exitCode == 1);
    CHECK(noMeeting.err.contains(QStringLiteral("99999")));
    const CommandRun unwritable = demo.exportMinutes(
        {QStringLiteral("-o"), QStringLiteral("/nonexistent-folder/minutes.pdf")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("/nonexistent-folder/minutes.pdf")));
}

TEST_CASE("export minutes says what opening the database did, and why it could not", "[cli]")
{
    const DemoMinutes demo;
    {
        // The database as the previous version of Jalaseh left it (schema 5).
        auto opened = jalaseh::storage::Database::open(demo.database);
        REQUIRE(opened.database);
        QSqlQuery query(opened.database->connection());
        const auto run = [&](const QString& sql) {
            const bool ran = query.exec(sql);
            INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(ran);
        };
        QSqlDatabase connection = opened.database->connection();
        jalaseh::test::undoSchemaStepsFrom9(connection, jalaseh::test::onPostgres());
        // What the steps after 5 made goes, so that updating makes it again.
        for (const char* table :
             {"person", "body", "membership", "meeting_series", "meeting", "attendance",
              "agenda_item", "contribution", "proposal", "decision", "action_item"}) {
            for (const char* column : {"version", "changed_by", "changed_at"})
                run(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                        .arg(QLatin1StringView(table), QLatin1StringView(column)));
        }
        if (jalaseh::test::onPostgres()) {
            run(QStringLiteral("DROP FUNCTION jalaseh_announce() CASCADE"));
            run(QStringLiteral("DROP TABLE jalaseh_login CASCADE"));
            run(QStringLiteral("UPDATE jalaseh_schema SET version = 5"));
        } else {
            run(QStringLiteral("PRAGMA user_version = 5"));
        }
    }
    const CommandRun updated =
        demo.exportMinutes({QStringLiteral("--format"), QStringLiteral("txt")});
    INFO(updated.err.toStdString());
    CHECK(updated.exitCode == 0);
    CHECK(updated.out.contains(QStringLiteral("درخوش")));
    CHECK(updated.err.contains(QStringLiteral("was updated to this version of Jalaseh")));
    // A server keeps no copy of its old tables; a file does, and the note names it.
    CHECK(updated.err.contains(QStringLiteral("-migration.jalaseh")) ==
          !jalaseh::test::onPostgres());
    CHECK_FALSE(updated.err.contains(QStringLiteral("kept as .")));

    const CommandRun again =
        demo.exportMinutes({QStringLiteral("--format"), QStringLiteral("txt")});
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty());

    QTemporaryDir empty;
    const QString missing = empty.filePath(QStringLiteral("missing.jalaseh"));
    const CommandRun noDatabase = runJalaseh(
        {QStringLiteral("--db"), missing, QStringLiteral("export"), QStringLiteral("minutes"),
         QStringLiteral("1"), QStringLiteral("-o"), empty.filePath(QStringLiteral("m.pdf"))});
    CHECK(noDatabase.exitCode == 1);
    CHECK(noDatabase.err.contains(missing));
    CHECK_FALSE(QFile::exists(empty.filePath(QStringLiteral("m.pdf"))));
}

TEST_CASE("the demo database's seed meeting reads back from its PDF fact by fact, in the seed's "
          "order",
          "[cli]")
{
    const DemoMinutes demo;
    const QString path = demo.dir.filePath(QStringLiteral("seed.pdf"));
    const CommandRun run = demo.exportMinutes(
        {QStringLiteral("--style"), QStringLiteral("narrative"), QStringLiteral("-o"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = jalaseh::test::pdfText(path);
    REQUIRE_FALSE(text.isEmpty());

    // Every fact of ../shared/seed/README.md's table, as the seed writes it (with the ZWNJ it
    // omits), in the order the seed gives them.
    const QStringList facts = {
        QStringLiteral("گزارش نشست راهبران کارگروه‌ها"),
        QStringLiteral(
            "اولین نشست مجازی راهبران کارگروه‌های شبکه کتابخانه‌های دانشگاهی کشور"),
        QStringLiteral("از ساعت ۱۲ الی ۱۳:۲۰ دوشنبه ۱۴۰۲/۰۱/۲۱"),
        QStringLiteral("در سامانه دانشگاه صنعتی شریف برگزار شد"),
        QStringLiteral(
            "علاوه بر راهبران کارگروه‌ها (سرکار خانم‌ها دکتر درخوش، عبدالله‌پور، صادقی "
            "و جناب آقایان دکتر طاهری، دکتر امینی‌نسب، عاطفی ملکی، حسینی)"),
        QStringLiteral(
            "جناب آقای دکتر حاجی زین‌العابدینی به عنوان مهمان مدعو"),
        QStringLiteral(
            "اعضای کمیته راهبری (سرکار خانم‌ها دکتر غزنوی، دکتر رقابی، عتیقه‌چیان، "
            "فاضل و فرجامی) حضور داشتند"),
        QStringLiteral("راهبران کارگروه اشتراک تجربیات (سرکار خانم کاظمی و جناب آقای دکتر "
                       "نوروزی)، غایبین این جلسه بودند"),
        QStringLiteral(
            "در ابتدا سرکار خانم دکتر رقابی گزارشی از فعالیت‌های کمیته راهبری"),
        QStringLiteral(
            "در ادامه، جناب آقای دکتر حاجی زین‌العابدینی در خصوص اهمیت ایجاد ارتباط"),
        QStringLiteral("جناب آقای دکتر طاهری با اشاره به تجربه کارهای ناتمام پیشین"),
        QStringLiteral(
            "جناب آقای عاطفی ملکی در خصوص لایه‌های قدرت در وزارتخانه"),
        QStringLiteral("در ادامه در رابطه با دو محور اصلی نحوه ادامه کار با وزارتخانه و ادغام "
                       "کارگروه‌ها نظرخواهی شد"),
        QStringLiteral(
            "سرکار خانم دکتر غزنوی در خصوص طراحی و تعیین کارگروه‌ها"),
        QStringLiteral("سرکار خانم فاضل با توجه به مشغولیت کتابداران"),
        QStringLiteral(
            "سرکار خانم دکتر رقابی عدم فعالیت کارگروه‌ها در سطح مورد انتظار"),
        QStringLiteral("سرکار خانم صادقی نیز متقاضی تغییر کانال ارتباطی از واتساپ"),
        QStringLiteral(
            "ادغام کارگروه‌ها (پیشنهاد جناب آقای عاطفی ملکی، با تأیید سرکار خانم‌ها "
            "دکتر درخوش و فاضل)"),
        QStringLiteral(
            "در انتها، ضمن جمع‌بندی موارد ذکر شده، تصمیم‌گیری در خصوص فعالیت‌ها به "
            "جلسات بعدی موکول شد")};
    QString missing;
    CHECK(jalaseh::test::containsInOrder(text, facts, &missing));
    CHECK(missing == QString());

    // The closing is said once, however the secretary typed the summary.
    const QString folded = jalaseh::test::foldForComparison(text);
    CHECK(folded.count(jalaseh::test::foldForComparison(QStringLiteral("در انتها"))) == 1);
    CHECK(folded.count(jalaseh::test::foldForComparison(QStringLiteral("موکول شد"))) == 1);
    CHECK(folded.count(jalaseh::test::foldForComparison(QStringLiteral("در ابتدا"))) == 1);
}
