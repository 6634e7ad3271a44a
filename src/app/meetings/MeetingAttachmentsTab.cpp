#include "app/meetings/MeetingAttachmentsTab.h"

#include "app/common/ViewSupport.h"
#include "persian/Digits.h"
#include "session/DatabaseSession.h"
#include "session/commands/AttachmentCommands.h"
#include "session/models/AttachmentListModel.h"
#include "storage/AttachmentRepository.h"
#include "storage/SettingsRepository.h"
#include "ui_MeetingAttachmentsTab.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>

namespace jalaseh::app {

MeetingAttachmentsTab::MeetingAttachmentsTab(QWidget* parent)
    : MeetingTab(parent)
    , m_ui(std::make_unique<Ui::MeetingAttachmentsTab>())
    , m_attachments(new session::AttachmentListModel(this))
{
    m_ui->setupUi(this);
    QTableView* table = m_ui->attachmentsTable;
    table->setModel(m_attachments);
    views::setUpTable(table, session::AttachmentListModel::NameColumn);
    table->viewport()->setAcceptDrops(true);
    table->viewport()->installEventFilter(this);
    views::markAsProblem(m_ui->attachmentProblemLabel);
    m_ui->attachmentProblemLabel->hide();
    // Opening and saving a copy read only: they stay while the meeting is frozen.
    m_ui->openAttachmentButton->setProperty(readsOnly, true);
    m_ui->saveAttachmentButton->setProperty(readsOnly, true);
    connectWidgets();
    enableButtons();
}

MeetingAttachmentsTab::~MeetingAttachmentsTab() = default;

void MeetingAttachmentsTab::connectWidgets()
{
    using Tab = MeetingAttachmentsTab;
    QTableView* table = m_ui->attachmentsTable;
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, &Tab::askForFiles);
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this, &Tab::openSelected);
    connect(m_ui->saveAttachmentButton, &QPushButton::clicked, this, &Tab::askWhereToSave);
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, &Tab::removeSelected);
    connect(table, &QTableView::doubleClicked, this, &Tab::openSelected);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Tab::enableButtons);
    views::addShortcut(table, QKeySequence::Delete, this, &Tab::removeSelected);
}

void MeetingAttachmentsTab::enableButtons()
{
    const bool chosen = views::selectedRow(m_ui->attachmentsTable) >= 0;
    m_ui->openAttachmentButton->setEnabled(chosen);
    m_ui->saveAttachmentButton->setEnabled(chosen);
}

void MeetingAttachmentsTab::reloadRows()
{
    if (!session())
        return;
    const int row = views::selectedRow(m_ui->attachmentsTable);
    const Id selected = row >= 0 ? m_attachments->attachmentAt(row).id : 0;
    qint64 limit = storage::SettingsRepository::defaultAttachmentLimit;
    if (!m_attachments->reload(*session(), meeting().id) || !read([&] {
            limit = storage::SettingsRepository(session()->database()).attachmentLimit();
        }))
        return;
    m_ui->attachmentHintLabel->setText(
        tr("Drop files on the list to attach them; a file may be at most %1.")
            .arg(persian::toPersianDigits(attachmentSizeText(limit))
                     .replace(QLatin1Char('.'), QChar(0x066B))));
    views::fitColumns(m_ui->attachmentsTable);
    for (int i = 0; i < m_attachments->rowCount(); ++i) {
        if (m_attachments->attachmentAt(i).id == selected)
            m_ui->attachmentsTable->selectRow(i);
    }
    enableButtons();
}

QString MeetingAttachmentsTab::problem() const
{
    return m_ui->attachmentProblemLabel->isHidden() ? QString()
                                                    : m_ui->attachmentProblemLabel->text();
}

void MeetingAttachmentsTab::showProblem(const QString& problem)
{
    m_ui->attachmentProblemLabel->setText(problem);
    m_ui->attachmentProblemLabel->setVisible(!problem.isEmpty());
}

void MeetingAttachmentsTab::askForFiles()
{
    if (!canEdit())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files to the meeting"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    attachFiles(paths);
}

int MeetingAttachmentsTab::attachFiles(const QStringList& paths)
{
    showProblem({});
    if (!canEdit() || paths.isEmpty())
        return 0;
    qint64 limit = 0;
    if (!read(
            [&] { limit = storage::SettingsRepository(session()->database()).attachmentLimit(); }))
        return 0;
    QStringList problems;
    int attached = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        // Refused before reading: a file over the limit is never read into memory.
        if (info.size() > limit) {
            problems.append(storage::AttachmentRepository::tooLargeMessage(info.fileName(),
                                                                           info.size(), limit));
            continue;
        }
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
            problems.append(tr("“%1” could not be read (%2); it was not attached.")
                                .arg(info.fileName(), file.errorString()));
            continue;
        }
        Attachment attachment{
            .meetingId = meeting().id, .name = info.fileName(), .content = file.readAll()};
        if (session()->perform(new session::AddAttachmentCommand(
                *session(), std::move(attachment), tr("Attach “%1”").arg(info.fileName()))))
            ++attached;
    }
    showProblem(problems.join(QLatin1Char('\n')));
    return attached;
}

void MeetingAttachmentsTab::removeSelected()
{
    const int row = views::selectedRow(m_ui->attachmentsTable);
    if (!canEdit() || row < 0)
        return;
    const Attachment& attachment = m_attachments->attachmentAt(row);
    session()->perform(new session::RemoveAttachmentCommand(
        *session(), attachment.id, tr("Remove the attachment “%1”").arg(attachment.name)));
}

std::optional<QByteArray> MeetingAttachmentsTab::selectedContent()
{
    const int row = views::selectedRow(m_ui->attachmentsTable);
    if (!session() || row < 0)
        return std::nullopt;
    QByteArray content;
    const Id id = m_attachments->attachmentAt(row).id;
    if (!read([&] { content = storage::AttachmentRepository(session()->database()).content(id); }))
        return std::nullopt;
    return content;
}

void MeetingAttachmentsTab::askWhereToSave()
{
    const int row = views::selectedRow(m_ui->attachmentsTable);
    if (row < 0)
        return;
    const QString name = QFileInfo(m_attachments->attachmentAt(row).name).fileName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the attachment"),
                                                      QDir(folder).filePath(name));
    if (!path.isEmpty())
        saveSelectedTo(path);
}

bool MeetingAttachmentsTab::saveSelectedTo(const QString& path)
{
    showProblem({});
    const auto content = selectedContent();
    if (!content)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
        !file.commit()) {
        showProblem(tr("“%1” could not be written (%2). Check the folder and the free space, "
                       "and try again.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool MeetingAttachmentsTab::openSelected()
{
    showProblem({});
    const int row = views::selectedRow(m_ui->attachmentsTable);
    if (row < 0)
        return false;
    // A folder of its own for each file opened, under its own name, so that the program that
    // opens it shows that name; removed when the window closes.
    if (!m_opened)
        m_opened = std::make_unique<QTemporaryDir>();
    QString name = QFileInfo(m_attachments->attachmentAt(row).name).fileName();
    if (name.isEmpty())
        name = QStringLiteral("attachment");
    const QString folder = m_opened->filePath(QString::number(m_attachments->attachmentAt(row).id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    if (!saveSelectedTo(path))
        return false;
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    if (!opened)
        showProblem(tr("No program opened “%1”. Save a copy and open it from there.").arg(name));
    return opened;
}

bool MeetingAttachmentsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->attachmentsTable->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDropEvent*>(event);
            if (canEdit() && drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            QStringList paths;
            for (const QUrl& url : drop->mimeData()->urls()) {
                if (url.isLocalFile())
                    paths.append(url.toLocalFile());
            }
            if (canEdit() && !paths.isEmpty()) {
                drop->acceptProposedAction();
                attachFiles(paths);
                return true;
            }
        }
    }
    return MeetingTab::eventFilter(watched, event);
}

} // namespace jalaseh::app
