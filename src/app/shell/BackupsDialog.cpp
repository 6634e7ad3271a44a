#include "app/shell/BackupsDialog.h"

#include "session/Backups.h"
#include "storage/BackupStore.h"
#include "ui_BackupsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace jalaseh::app {

BackupsDialog::BackupsDialog(session::Backups& backups, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
    , m_backups(backups)
{
    m_ui->setupUi(this);
    resize(720, 440);
    m_ui->backupList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backUpButton, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_ui->folderButton, &QPushButton::clicked, this, &BackupsDialog::changeFolder);
    connect(m_ui->backupList, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_ui->restoreButton->setEnabled(!selectedId().isEmpty()); });
    connect(&m_backups, &session::Backups::started, this, [this] {
        m_ui->backUpButton->setEnabled(false);
        m_ui->statusLabel->setText(tr("Backing up… You may go on working."));
    });
    connect(&m_backups, &session::Backups::finished, this,
            [this](bool ok, const QString& id, const QString& message) {
                m_ui->backUpButton->setEnabled(true);
                fill();
                m_ui->statusLabel->setText(ok ? tr("Backed up: %1.").arg(id) : message);
            });
    if (m_backups.isRunning()) {
        m_ui->backUpButton->setEnabled(false);
        m_ui->statusLabel->setText(tr("Backing up… You may go on working."));
    }
    fill();
}

BackupsDialog::~BackupsDialog() = default;

QString BackupsDialog::selectedId() const
{
    const auto selected = m_ui->backupList->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

void BackupsDialog::fill()
{
    const QString before = selectedId();
    m_ui->backupList->clear();
    const auto backups = m_backups.list();
    for (const storage::BackupInfo& backup : backups) {
        auto* item = new QTreeWidgetItem(m_ui->backupList);
        item->setText(0, session::Backups::dateText(backup.created));
        item->setText(1, session::Backups::kindName(backup));
        item->setText(2, session::Backups::sizeText(backup.size));
        item->setText(3, backup.id);
        item->setData(0, Qt::UserRole, backup.id);
        if (backup.id == before)
            item->setSelected(true);
    }
    if (backups.isEmpty())
        m_ui->statusLabel->setText(tr("This file has no backups yet."));
    else if (m_ui->backupList->selectedItems().isEmpty())
        m_ui->backupList->topLevelItem(0)->setSelected(true);
    m_ui->restoreButton->setEnabled(!selectedId().isEmpty());
    m_ui->folderLabel->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(m_backups.folder())));
}

void BackupsDialog::backUpNow()
{
    m_backups.backUpNow();
}

void BackupsDialog::restoreSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString suggested = QDir(QDir::homePath()).filePath(tr("restored-%1.jalaseh").arg(id));
    QFileDialog chooser(this, tr("Restore the backup as"), suggested,
                        tr("Jalaseh databases (*.jalaseh *.db);;All files (*)"));
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setFileMode(QFileDialog::AnyFile);
    chooser.setObjectName(QStringLiteral("restoreChooser"));
    chooser.selectFile(suggested);
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return;
    const QString target = chooser.selectedFiles().first();
    QString error;
    const QString restored = m_backups.restore(id, target, &error);
    if (restored.isEmpty()) {
        m_ui->statusLabel->setText(error);
        QMessageBox::warning(this, tr("Restore"), error);
        return;
    }
    m_ui->statusLabel->setText(tr("Restored as %1.").arg(QDir::toNativeSeparators(restored)));
    QMessageBox ask(QMessageBox::Question, tr("Restore"),
                    tr("The backup was restored as “%1”. Open it now? (This file stays as it is; "
                       "you can open it again from File ▸ Recent.)")
                        .arg(QDir::toNativeSeparators(restored)),
                    QMessageBox::Open | QMessageBox::Close, this);
    ask.setObjectName(QStringLiteral("openRestoredQuestion"));
    ask.setDefaultButton(QMessageBox::Open);
    if (ask.exec() == QMessageBox::Open) {
        emit openRequested(restored);
        accept();
    }
}

void BackupsDialog::changeFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for backups"), QFileInfo(m_backups.folder()).absolutePath());
    if (folder.isEmpty())
        return;
    QSettings().setValue(storage::BackupStore::settingKey(), folder);
    m_backups.setRoot(storage::BackupStore::root());
    fill();
    m_ui->statusLabel->setText(tr("New backups go to %1. The older ones stay where they were.")
                                   .arg(QDir::toNativeSeparators(m_backups.folder())));
}

} // namespace jalaseh::app
