// Attachments (schema step 12): files of a meeting kept whole in the database, on both engines;
// the size limit; the history telling of them without their bytes; approved minutes freezing
// them; copies carrying them.
#include "StorageFixture.h"
#include "storage/AttachmentRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/DatabaseCopy.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesVersionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Statement.h"
#include "support/QtCatchPrinters.h"
#include "support/TestDatabases.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

QByteArray bytesOf(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i * 7 + 3); // every byte value, NULs included
    return bytes;
}

Id attach(Database& database, Id meeting, const QString& name, const QByteArray& content)
{
    Attachment attachment{.meetingId = meeting, .name = name, .content = content};
    return AttachmentRepository(database).insert(attachment);
}

} // namespace

TEST_CASE("Attachments keep their bytes, name, size and SHA-256, and lists leave the bytes out",
          "[storage][attachments]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + bytesOf(5000);
    Attachment attachment{
        .meetingId = meeting, .name = QStringLiteral("  دستور جلسه.pdf "), .content = pdf};
    AttachmentRepository attachments(*database);
    const Id id = attachments.insert(attachment);
    CHECK(id > 0);
    CHECK(attachment.name == QStringLiteral("دستور جلسه.pdf"));
    CHECK(attachment.size == pdf.size());
    CHECK(attachment.sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK(attachment.mediaType == QStringLiteral("application/pdf"));
    attach(*database, meeting, QStringLiteral("letter.txt"), QByteArrayLiteral("سلام"));

    const QList<Attachment> listed = attachments.ofMeeting(meeting);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == id);
    CHECK(listed[0].content.isEmpty());
    CHECK(listed[0].sha256 == attachment.sha256);
    CHECK(listed[1].name == QStringLiteral("letter.txt"));
    CHECK(attachments.content(id) == pdf);
    CHECK(attachments.ofMeetings({meeting}).value(meeting).size() == 2);

    const auto record = MeetingRecordRepository(*database).load(meeting);
    REQUIRE(record);
    REQUIRE(record->attachments.size() == 2);
    CHECK(record->attachments[0].name == QStringLiteral("دستور جلسه.pdf"));

    attachments.remove(id);
    CHECK(attachments.ofMeeting(meeting).size() == 1);
    CHECK_THROWS_AS(attachments.content(id), StorageError);
    CHECK_THROWS_AS(attachments.remove(id), StorageError);

    // A meeting removed takes its files with it.
    MeetingRepository(*database).remove(meeting);
    Statement count(*database, QStringLiteral("SELECT count(*) FROM attachment"));
    count.exec();
    count.next();
    CHECK(count.integer(0) == 0);
}

TEST_CASE("A file larger than the settings' limit is refused, naming it, its size and the limit",
          "[storage][attachments]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    SettingsRepository settings(*database);
    CHECK(settings.attachmentLimit() == 20 * 1024 * 1024);
    settings.setAttachmentLimit(2048);
    CHECK(settings.attachmentLimit() == 2048);
    CHECK_THROWS_AS(settings.setAttachmentLimit(0), StorageError);

    attach(*database, meeting, QStringLiteral("small.bin"), bytesOf(2048));
    try {
        attach(*database, meeting, QStringLiteral("slides.pptx"), bytesOf(3 * 1024 + 512));
        FAIL("a file over the limit was stored");
    } catch (const StorageError& error) {
        CHECK(error.userMessage().contains(QStringLiteral("slides.pptx")));
        CHECK(error.userMessage().contains(QStringLiteral("3.5 KB")));
        CHECK(error.userMessage().contains(QStringLiteral("2.0 KB")));
    }
    CHECK(AttachmentRepository(*database).ofMeeting(meeting).size() == 1);
}

TEST_CASE("The history tells of attachments added and removed without their bytes",
          "[storage][attachments][history]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    const QByteArray content = bytesOf(100);
    const Id id = attach(*database, meeting, QStringLiteral("نامه.txt"), content);
    AttachmentRepository(*database).remove(id);

    QList<HistoryEntry> entries;
    for (const HistoryEntry& entry : ChangeLogRepository(*database).forMeeting(meeting)) {
        if (entry.table == QLatin1String("attachment"))
            entries.append(entry);
    }
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].action == HistoryEntry::Action::Removed);
    CHECK(entries[1].action == HistoryEntry::Action::Added);
    CHECK(entries[1].rowId == id);
    QStringList columns;
    for (const HistoryEntry::Field& field : entries[1].fields) {
        columns.append(field.column);
        if (field.column == QLatin1String("name"))
            CHECK(field.after.toString() == QStringLiteral("نامه.txt"));
        if (field.column == QLatin1String("size"))
            CHECK(field.after.toLongLong() == 100);
        if (field.column == QLatin1String("sha256"))
            CHECK(field.after.toString() == attachmentHash(content));
    }
    columns.sort();
    CHECK(columns == QStringList{QStringLiteral("media_type"), QStringLiteral("name"),
                                 QStringLiteral("sha256"), QStringLiteral("size")});
}

TEST_CASE("Approved minutes freeze their meeting's attachments", "[storage][attachments]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    const Id id = attach(*database, meeting, QStringLiteral("a.txt"), QByteArrayLiteral("a"));
    MinutesVersionRepository versions(*database);
    versions.approve(meeting, QByteArrayLiteral("{}"), QString(64, QLatin1Char('0')),
                     QStringLiteral("JLS-TEST-1"));
    CHECK_THROWS_AS(attach(*database, meeting, QStringLiteral("b.txt"), QByteArrayLiteral("b")),
                    StorageError);
    CHECK_THROWS_AS(AttachmentRepository(*database).remove(id), StorageError);
    versions.amend(meeting, QStringLiteral("نامه‌ای جا مانده بود"));
    attach(*database, meeting, QStringLiteral("b.txt"), QByteArrayLiteral("b"));
    CHECK(AttachmentRepository(*database).ofMeeting(meeting).size() == 2);
}

TEST_CASE("A copy of a database carries the attachments byte for byte", "[storage][attachments]")
{
    TemporaryDatabase source;
    TemporaryDatabase target;
    const Id meeting =
        addMeeting(*source, addSeries(*source, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    const QByteArray content = bytesOf(70000);
    const Id id = attach(*source, meeting, QStringLiteral("slides.pdf"), content);
    SettingsRepository(*source).setAttachmentLimit(1024 * 1024);
    DatabaseCopy(*source, *target).run(false);
    AttachmentRepository copied(*target);
    REQUIRE(copied.ofMeeting(meeting).size() == 1);
    CHECK(copied.content(id) == content);
    CHECK(copied.find(id)->sha256 == attachmentHash(content));
    CHECK(SettingsRepository(*target).attachmentLimit() == 1024 * 1024);
}
