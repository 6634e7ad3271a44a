// Attaching and removing files through the session: each an undoable edit, the list model sound
// under QAbstractItemModelTester and following the edits, a removed meeting put back by undo
// with its files' bytes, and the limit's edit undone.
#include "ModelWatch.h"
#include "SessionFixture.h"
#include "session/commands/AttachmentCommands.h"
#include "session/commands/RemoveMeetingCommand.h"
#include "session/models/AttachmentListModel.h"
#include "storage/AttachmentRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

Attachment file(Id meeting, const QString& name, const QByteArray& content)
{
    Attachment attachment;
    attachment.meetingId = meeting;
    attachment.name = name;
    attachment.content = content;
    return attachment;
}

} // namespace

TEST_CASE("Files are attached and removed as undoable edits, and the list follows")
{
    SessionDatabase db;
    session::DatabaseSession& session = db.session();
    const Id seed = db.meeting(demo::leadsSeries, 1);
    session::AttachmentListModel model;
    ModelWatch watch(&model);
    const auto reload = [&] {
        REQUIRE(model.reload(session, seed));
    };
    QObject::connect(&session, &session::DatabaseSession::changed, &model, reload);
    reload();
    CHECK(model.rowCount() == 0);

    const QByteArray slides(5000, 'x');
    REQUIRE(session.perform(new session::AddAttachmentCommand(
        session, file(seed, QStringLiteral("slides.odp"), slides), QStringLiteral("attach"))));
    REQUIRE(session.perform(new session::AddAttachmentCommand(
        session, file(seed, QStringLiteral("نامه.txt"), QByteArrayLiteral("نامه")),
        QStringLiteral("attach"))));
    REQUIRE(model.rowCount() == 2);
    CHECK(cellText(model, 0, session::AttachmentListModel::NameColumn) ==
          QStringLiteral("slides.odp"));
    CHECK(cellText(model, 0, session::AttachmentListModel::SizeColumn) == QStringLiteral("۴٫۹ KB"));
    const QString before = db.meetingText(seed);

    REQUIRE(session.perform(new session::RemoveAttachmentCommand(session, model.attachmentAt(0).id,
                                                                 QStringLiteral("remove"))));
    CHECK(model.rowCount() == 1);
    session.undoStack()->undo();
    CHECK(model.rowCount() == 2);
    // Put back with the same bytes; as the last file, since it is a new row.
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.attachmentAt(row).name);
    CHECK(names == QStringList{QStringLiteral("نامه.txt"), QStringLiteral("slides.odp")});
    CHECK(storage::AttachmentRepository(db.database()).content(model.attachmentAt(1).id) == slides);
    session.undoStack()->redo();
    CHECK(model.rowCount() == 1);
    session.undoStack()->undo();
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(model.rowCount() == 0);
    session.undoStack()->redo();
    session.undoStack()->redo();
    CHECK(db.meetingText(seed) == before);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("A removed meeting comes back by undo with its files' bytes")
{
    SessionDatabase db;
    session::DatabaseSession& session = db.session();
    const Id second = db.meeting(demo::leadsSeries, 2);
    const QByteArray bytes(3000, 'b');
    REQUIRE(session.perform(new session::AddAttachmentCommand(
        session, file(second, QStringLiteral("papers.pdf"), bytes), QStringLiteral("attach"))));
    const QString before = db.meetingText(second);
    REQUIRE(session.perform(
        new session::RemoveMeetingCommand(session, second, QStringLiteral("remove meeting"))));
    session.undoStack()->undo();
    const Id back = db.meeting(demo::leadsSeries, 2);
    CHECK(db.meetingText(back) == before);
    const QList<Attachment> attachments =
        storage::AttachmentRepository(db.database()).ofMeeting(back);
    REQUIRE(attachments.size() == 1);
    CHECK(storage::AttachmentRepository(db.database()).content(attachments[0].id) == bytes);
}

TEST_CASE("The attachment limit is changed as an undoable edit")
{
    SessionDatabase db;
    session::DatabaseSession& session = db.session();
    storage::SettingsRepository settings(db.database());
    const qint64 before = settings.attachmentLimit();
    REQUIRE(session.perform(new session::EditAttachmentLimitCommand(
        session, before, 5 * 1024 * 1024, QStringLiteral("limit"))));
    CHECK(settings.attachmentLimit() == 5 * 1024 * 1024);
    session.undoStack()->undo();
    CHECK(settings.attachmentLimit() == before);
}
