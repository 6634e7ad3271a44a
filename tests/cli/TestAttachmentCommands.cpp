// `list attachments`, `attach` and `export attachment`; a file over the limit refused with exit
// code 1, naming it; the minutes listing the files under «پیوست‌ها»; `export meeting` and `import
// meeting` carrying them to another database.
#include "CommandRun.h"
#include "TestDatabases.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace {

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Files are attached, listed and written out from the command line", "[cli]")
{
    QTemporaryDir dir;
    const QString path = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    const QStringList db{QStringLiteral("--db"), path};
    REQUIRE(
        runJalaseh(db + QStringList{QStringLiteral("init"), QStringLiteral("--demo")}).exitCode ==
        0);
    const QByteArray agenda = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(3000, 'a');
    const QString agendaPath = writeFile(dir, QStringLiteral("دستور جلسه.pdf"), agenda);
    const QString letterPath =
        writeFile(dir, QStringLiteral("letter.txt"), QByteArrayLiteral("a letter"));

    const CommandRun attached = runJalaseh(
        db + QStringList{QStringLiteral("attach"), QStringLiteral("1"), agendaPath, letterPath});
    INFO(attached.err.toStdString());
    REQUIRE(attached.exitCode == 0);
    const QStringList ids = attached.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(ids.size() == 2);

    const CommandRun listed = runJalaseh(
        db + QStringList{QStringLiteral("list"), QStringLiteral("attachments"), QStringLiteral("1"),
                         QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(listed.exitCode == 0);
    const QList<QStringList> rows = tsvRows(listed.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] ==
          QStringList{ids[0], QStringLiteral("دستور جلسه.pdf"), QString::number(agenda.size()),
                      QStringLiteral("application/pdf"),
                      QString::fromLatin1(
                          QCryptographicHash::hash(agenda, QCryptographicHash::Sha256).toHex())});
    CHECK(rows[1].at(1) == QStringLiteral("letter.txt"));

    const QString copy = dir.filePath(QStringLiteral("copy.pdf"));
    CHECK(runJalaseh(db + QStringList{QStringLiteral("export"), QStringLiteral("attachment"),
                                      ids[0], QStringLiteral("-o"), copy})
              .exitCode == 0);
    CHECK(readFile(copy) == agenda);
    const CommandRun missing =
        runJalaseh(db + QStringList{QStringLiteral("export"), QStringLiteral("attachment"),
                                    QStringLiteral("999"), QStringLiteral("-o"), copy});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));

    // The minutes list them by name and size, in Persian digits; --without leaves the list out.
    const CommandRun minutes = runJalaseh(
        db + QStringList{QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("1"),
                         QStringLiteral("--format"), QStringLiteral("txt")});
    INFO(minutes.err.toStdString());
    REQUIRE(minutes.exitCode == 0);
    CHECK(minutes.out.contains(QStringLiteral("پیوست‌ها")));
    CHECK(minutes.out.contains(QStringLiteral("دستور جلسه.pdf")));
    CHECK(minutes.out.contains(QStringLiteral("۲٫۹ کیلوبایت")));
    const CommandRun without = runJalaseh(
        db + QStringList{QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("1"),
                         QStringLiteral("--format"), QStringLiteral("txt"),
                         QStringLiteral("--without"), QStringLiteral("attachments")});
    REQUIRE(without.exitCode == 0);
    CHECK_FALSE(without.out.contains(QStringLiteral("پیوست‌ها")));
    CHECK_FALSE(without.out.contains(QStringLiteral("دستور جلسه.pdf")));

    // The meeting file carries them into another database.
    const QString file = dir.filePath(QStringLiteral("meeting.json"));
    REQUIRE(runJalaseh(db + QStringList{QStringLiteral("export"), QStringLiteral("meeting"),
                                        QStringLiteral("1"), QStringLiteral("-o"), file})
                .exitCode == 0);
    QTemporaryDir otherDir;
    const QString other = jalaseh::test::freshDatabaseAddress(otherDir);
    REQUIRE(runJalaseh({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode == 0);
    const CommandRun imported = runJalaseh(
        {QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("meeting"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const CommandRun otherList = runJalaseh({QStringLiteral("--db"), other, QStringLiteral("list"),
                                             QStringLiteral("attachments"), imported.out.trimmed(),
                                             QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(tsvRows(otherList.out).size() == 2);
    CHECK(tsvRows(otherList.out)[0].at(4) == rows[0].at(4));
}

TEST_CASE("A file over the limit is refused by name, and nothing is attached", "[cli]")
{
    QTemporaryDir dir;
    const QString path = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    const QStringList db{QStringLiteral("--db"), path};
    REQUIRE(
        runJalaseh(db + QStringList{QStringLiteral("init"), QStringLiteral("--demo")}).exitCode ==
        0);
    {
        auto opened = jalaseh::storage::Database::open(path);
        REQUIRE(opened.database);
        jalaseh::storage::SettingsRepository(*opened.database).setAttachmentLimit(1024);
    }
    const QString small = writeFile(dir, QStringLiteral("small.txt"), QByteArray(100, 's'));
    const QString large = writeFile(dir, QStringLiteral("large.bin"), QByteArray(4096, 'l'));
    const CommandRun refused =
        runJalaseh(db + QStringList{QStringLiteral("attach"), QStringLiteral("1"), small, large});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("large.bin")));
    CHECK(refused.err.contains(QStringLiteral("4.0 KB")));
    CHECK(refused.err.contains(QStringLiteral("1.0 KB")));
    const CommandRun listed = runJalaseh(
        db + QStringList{QStringLiteral("list"), QStringLiteral("attachments"), QStringLiteral("1"),
                         QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(listed.exitCode == 0);
    CHECK(tsvRows(listed.out).isEmpty());
    CHECK(runJalaseh(db + QStringList{QStringLiteral("attach"), QStringLiteral("999"), small})
              .exitCode == 1);
}
