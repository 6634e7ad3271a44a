// Attachments in the meeting file (version 3): each file whole in base64 with its name, size and
// SHA-256; an import checks the bytes against both and refuses a mismatch; files of earlier
// versions still import.
#include "exchange/DemoData.h"
#include "exchange/MeetingExport.h"
#include "exchange/MeetingImport.h"
#include "exchange/MeetingJson.h"
#include "storage/AttachmentRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"
#include "support/TestDatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace jalaseh;

namespace {

struct NewDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;

    NewDatabase()
    {
        storage::OpenOptions options;
        options.create = true;
        auto opened = storage::Database::open(jalaseh::test::freshDatabaseAddress(dir), options);
        INFO(opened.message.toStdString());
        REQUIRE(opened.database);
        database = std::move(opened.database);
    }
};

QByteArray binary(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31) ^ (i >> 3));
    return bytes;
}

// A demo meeting with two files attached, and its file.
struct AttachedMeeting
{
    NewDatabase demo;
    Id meetingId = 0;
    QByteArray json;
    QByteArray slides = binary(40000);
    QByteArray letter = QStringLiteral("نامه دبیرخانه").toUtf8();

    AttachedMeeting()
    {
        exchange::createDemoData(*demo.database);
        meetingId = storage::MeetingRepository(*demo.database).all().last().id;
        storage::AttachmentRepository attachments(*demo.database);
        Attachment first{
            .meetingId = meetingId, .name = QStringLiteral("slides.odp"), .content = slides};
        Attachment second{
            .meetingId = meetingId, .name = QStringLiteral("نامه.txt"), .content = letter};
        attachments.insert(first);
        attachments.insert(second);
        json = *exchange::exportMeeting(*demo.database, meetingId);
    }
};

QByteArray edited(const QByteArray& json, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QJsonObject firstAttachment(const QJsonObject& root)
{
    return root[QStringLiteral("attachments")].toArray().first().toObject();
}

void setFirstAttachment(QJsonObject& root, const QJsonObject& attachment)
{
    QJsonArray attachments = root[QStringLiteral("attachments")].toArray();
    attachments[0] = attachment;
    root[QStringLiteral("attachments")] = attachments;
}

} // namespace

TEST_CASE("a meeting's attachments travel inside its file and come back byte for byte",
          "[exchange][attachments]")
{
    AttachedMeeting meeting;
    const QJsonObject root = QJsonDocument::fromJson(meeting.json).object();
    CHECK(root[QStringLiteral("version")].toInt() == 3);
    const QJsonArray written = root[QStringLiteral("attachments")].toArray();
    REQUIRE(written.size() == 2);
    const QJsonObject first = written.first().toObject();
    CHECK(first[QStringLiteral("name")].toString() == QStringLiteral("slides.odp"));
    CHECK(first[QStringLiteral("size")].toInt() == meeting.slides.size());
    CHECK(first[QStringLiteral("sha256")].toString() == attachmentHash(meeting.slides));
    CHECK(QByteArray::fromBase64(first[QStringLiteral("content")].toString().toLatin1()) ==
          meeting.slides);

    NewDatabase other;
    const exchange::ImportResult imported = exchange::importMeeting(*other.database, meeting.json);
    REQUIRE(imported.ok());
    storage::AttachmentRepository attachments(*other.database);
    const QList<Attachment> stored = attachments.ofMeeting(imported.meetingId);
    REQUIRE(stored.size() == 2);
    CHECK(attachments.content(stored[0].id) == meeting.slides);
    CHECK(stored[1].name == QStringLiteral("نامه.txt"));
    CHECK(attachments.content(stored[1].id) == meeting.letter);
    // Exported again, the same bytes.
    CHECK(exchange::exportMeeting(*other.database, imported.meetingId) == meeting.json);
}

TEST_CASE("an attachment whose bytes do not match its SHA-256 or size is refused by name",
          "[exchange][attachments]")
{
    AttachedMeeting meeting;
    const QByteArray changedBytes = edited(meeting.json, [](QJsonObject& root) {
        QJsonObject first = firstAttachment(root);
        QByteArray bytes =
            QByteArray::fromBase64(first[QStringLiteral("content")].toString().toLatin1());
        bytes[100] = char(bytes[100] ^ 1);
        first[QStringLiteral("content")] = QString::fromLatin1(bytes.toBase64());
        setFirstAttachment(root, first);
    });
    exchange::MeetingFile file = exchange::readMeetingJson(changedBytes);
    REQUIRE(file.problems.size() == 1);
    CHECK(file.problems.first().path == QStringLiteral("attachments[0].sha256"));
    CHECK(file.problems.first().message.contains(QStringLiteral("slides.odp")));
    CHECK(file.problems.first().message.contains(QStringLiteral("does not match")));

    NewDatabase other;
    CHECK_FALSE(exchange::importMeeting(*other.database, changedBytes).ok());
    CHECK(storage::MeetingRepository(*other.database).all().isEmpty());

    const QByteArray wrongSize = edited(meeting.json, [](QJsonObject& root) {
        QJsonObject first = firstAttachment(root);
        first[QStringLiteral("size")] = 12;
        setFirstAttachment(root, first);
    });
    file = exchange::readMeetingJson(wrongSize);
    REQUIRE(file.problems.size() == 1);
    CHECK(file.problems.first().path == QStringLiteral("attachments[0].size"));

    const QByteArray notBase64 = edited(meeting.json, [](QJsonObject& root) {
        QJsonObject first = firstAttachment(root);
        first[QStringLiteral("content")] = QStringLiteral("not base64 at all!");
        setFirstAttachment(root, first);
    });
    file = exchange::readMeetingJson(notBase64);
    REQUIRE(file.problems.size() == 1);
    CHECK(file.problems.first().path == QStringLiteral("attachments[0].content"));
}

TEST_CASE("an attachment larger than the importing database's limit is refused",
          "[exchange][attachments]")
{
    AttachedMeeting meeting;
    NewDatabase other;
    storage::SettingsRepository(*other.database).setAttachmentLimit(1000);
    const exchange::ImportResult imported = exchange::importMeeting(*other.database, meeting.json);
    REQUIRE(imported.problems.size() == 1);
    CHECK(imported.problems.first().path == QStringLiteral("attachments[0]"));
    CHECK(imported.problems.first().message.contains(QStringLiteral("slides.odp")));
    CHECK(storage::MeetingRepository(*other.database).all().isEmpty());
}

TEST_CASE("meeting files of versions 1 and 2 still import", "[exchange][attachments]")
{
    AttachedMeeting meeting;
    for (const int version : {1, 2}) {
        const QByteArray older = edited(meeting.json, [version](QJsonObject& root) {
            root[QStringLiteral("version")] = version;
            root.remove(QStringLiteral("attachments"));
        });
        NewDatabase other;
        const exchange::ImportResult imported = exchange::importMeeting(*other.database, older);
        INFO(exchange::toStrings(imported.problems).join(QLatin1Char('\n')).toStdString());
        REQUIRE(imported.ok());
        CHECK(
            storage::AttachmentRepository(*other.database).ofMeeting(imported.meetingId).isEmpty());
    }
    // A meeting without attachments writes none.
    NewDatabase plain;
    exchange::createDemoData(*plain.database);
    const Id first = storage::MeetingRepository(*plain.database).all().first().id;
    const QJsonObject root =
        QJsonDocument::fromJson(*exchange::exportMeeting(*plain.database, first)).object();
    CHECK_FALSE(root.contains(QStringLiteral("attachments")));
}
