// The meeting editor's attachments tab: files attached from disk (and by dropping them on the
// list), over the limit refused by name with its size and the limit, removed, each edit undone
// and redone; saved and opened byte for byte; read-only but still opened and saved once the
// minutes are approved.
#include "GuiFixture.h"
#include "app/meetings/MeetingAttachmentsTab.h"
#include "app/meetings/MeetingEditor.h"
#include "session/models/AttachmentListModel.h"
#include "storage/AttachmentRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesVersionRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

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

QStringList storedNames(storage::Database& database, Id meeting)
{
    QStringList names;
    for (const Attachment& attachment : storage::AttachmentRepository(database).ofMeeting(meeting))
        names.append(attachment.name);
    return names;
}

void selectRow(QTableView* table, int row)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
}

} // namespace

TEST_CASE("Files are attached, refused over the limit, removed, undone and redone in the editor")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    storage::Database& db = fixture.database();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const QList<Meeting> meetings = storage::MeetingRepository(db).all();
    REQUIRE(meetings.size() == 1);
    const Id meeting = meetings.first().id;
    storage::SettingsRepository(db).setAttachmentLimit(64 * 1024);

    app::MeetingEditor& editor = *fixture.window().meetingEditor();
    editor.showTab(app::MeetingEditor::AttachmentsTab);
    app::MeetingAttachmentsTab& tab = *editor.attachmentsTab();
    auto* table = find<QTableView>(window, "attachmentsTable");

    QTemporaryDir folder;
    const QByteArray agenda = QByteArrayLiteral("%PDF-1.4 agenda");
    const QByteArray slides(20000, 's');
    const QString agendaPath = writeFile(folder, QStringLiteral("دستور جلسه.pdf"), agenda);
    const QString slidesPath = writeFile(folder, QStringLiteral("slides.odp"), slides);
    const QString hugePath =
        writeFile(folder, QStringLiteral("video.mp4"), QByteArray(100 * 1024, 'v'));

    CHECK(tab.attachFiles({agendaPath, hugePath}) == 1);
    CHECK(storedNames(db, meeting) == QStringList{QStringLiteral("دستور جلسه.pdf")});
    CHECK(tab.problem().contains(QStringLiteral("video.mp4")));
    CHECK(tab.problem().contains(QStringLiteral("100 KB")));
    CHECK(tab.problem().contains(QStringLiteral("64 KB")));
    CHECK(tab.model()->rowCount() == 1);

    // A second file. Dropping files on the list is not driven here: a QDropEvent sent straight
    // to the viewport does not reach the tab's filter (not understood yet).
    CHECK(tab.attachFiles({slidesPath}) == 1);
    CHECK(storedNames(db, meeting) ==
          QStringList{QStringLiteral("دستور جلسه.pdf"), QStringLiteral("slides.odp")});
    CHECK(tab.model()->rowCount() == 2);
    CHECK(tab.problem().isEmpty());

    // Saved and opened byte for byte.
    selectRow(table, 0);
    const QString copy = folder.filePath(QStringLiteral("copy.pdf"));
    REQUIRE(tab.saveSelectedTo(copy));
    CHECK(readFile(copy) == agenda);
    QUrl opened;
    tab.setOpener([&](const QUrl& url) {
        opened = url;
        return true;
    });
    REQUIRE(tab.openSelected());
    CHECK(QFileInfo(opened.toLocalFile()).fileName() == QStringLiteral("دستور جلسه.pdf"));
    CHECK(readFile(opened.toLocalFile()) == agenda);

    // Removed with the button; undone and redone.
    selectRow(table, 1);
    QTest::mouseClick(find<QPushButton>(window, "removeAttachmentButton"), Qt::LeftButton);
    CHECK(storedNames(db, meeting) == QStringList{QStringLiteral("دستور جلسه.pdf")});
    CHECK(tab.model()->rowCount() == 1);
    fixture.session().undoStack()->undo();
    REQUIRE(storedNames(db, meeting) ==
            QStringList{QStringLiteral("دستور جلسه.pdf"), QStringLiteral("slides.odp")});
    const QList<Attachment> back = storage::AttachmentRepository(db).ofMeeting(meeting);
    CHECK(storage::AttachmentRepository(db).content(back[1].id) == slides);
    fixture.session().undoStack()->undo(); // the second file
    fixture.session().undoStack()->undo(); // the first file
    CHECK(storedNames(db, meeting).isEmpty());
    CHECK(tab.model()->rowCount() == 0);
    fixture.session().undoStack()->redo();
    fixture.session().undoStack()->redo();
    fixture.session().undoStack()->redo();
    CHECK(storedNames(db, meeting) == QStringList{QStringLiteral("دستور جلسه.pdf")});
}

TEST_CASE("Approved minutes make the attachments read-only, still opened and saved")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    storage::Database& db = fixture.database();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const Id meeting = storage::MeetingRepository(db).all().first().id;
    app::MeetingEditor& editor = *fixture.window().meetingEditor();
    editor.showTab(app::MeetingEditor::AttachmentsTab);
    app::MeetingAttachmentsTab& tab = *editor.attachmentsTab();

    QTemporaryDir folder;
    const QString letter = writeFile(folder, QStringLiteral("letter.txt"), QByteArrayLiteral("x"));
    REQUIRE(tab.attachFiles({letter}) == 1);
    storage::MinutesVersionRepository(db).approve(
        meeting, QByteArrayLiteral("{}"), QString(64, QLatin1Char('0')), QStringLiteral("TEST-ID"));
    fixture.session().notifyChanged(session::Change::Meetings, meeting);

    CHECK_FALSE(find<QPushButton>(window, "addAttachmentButton")->isEnabled());
    CHECK_FALSE(find<QPushButton>(window, "removeAttachmentButton")->isEnabled());
    CHECK(tab.attachFiles({letter}) == 0);
    auto* table = find<QTableView>(window, "attachmentsTable");
    selectRow(table, 0);
    CHECK(find<QPushButton>(window, "openAttachmentButton")->isEnabled());
    CHECK(find<QPushButton>(window, "saveAttachmentButton")->isEnabled());
    const QString copy = folder.filePath(QStringLiteral("copy.txt"));
    REQUIRE(tab.saveSelectedTo(copy));
    CHECK(readFile(copy) == QByteArrayLiteral("x"));
    tab.removeSelected();
    CHECK(storage::AttachmentRepository(db).ofMeeting(meeting).size() == 1);
}
