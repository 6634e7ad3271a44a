#pragma once

#include "app/meetings/MeetingTab.h"

#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MeetingAttachmentsTab;
}

namespace jalaseh::session {
class AttachmentListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The files attached to the meeting (agenda papers, slides, letters), kept in the database:
// attached from a file dialog or by dropping files on the list, each an undoable edit; opened
// with the desktop's program (from a temporary copy) or saved elsewhere. Frozen with the rest of
// the meeting, it still opens and saves: only adding and removing are edits.
class MeetingAttachmentsTab : public MeetingTab
{
    Q_OBJECT
public:
    explicit MeetingAttachmentsTab(QWidget* parent = nullptr);
    ~MeetingAttachmentsTab() override;

    session::AttachmentListModel* model() const { return m_attachments; }
    void reloadRows();

    // Attaches the files, one edit each; a file over the limit or unreadable is named in the
    // tab's problem line and left out. Returns how many were attached.
    int attachFiles(const QStringList& paths);
    void removeSelected();
    // Writes the selected file to `path`; false, with the reason in the problem line, when it
    // could not.
    bool saveSelectedTo(const QString& path);
    // Writes the selected file to a temporary folder and hands it to the desktop.
    bool openSelected();
    // What the last attempt could not do; empty when it did all.
    QString problem() const;

    // For tests: what opens a file (QDesktopServices::openUrl otherwise).
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectWidgets();
    void askForFiles();
    void askWhereToSave();
    void showProblem(const QString& problem);
    void enableButtons();
    std::optional<QByteArray> selectedContent();

    std::unique_ptr<Ui::MeetingAttachmentsTab> m_ui;
    session::AttachmentListModel* m_attachments;
    std::function<bool(const QUrl&)> m_opener;
    std::unique_ptr<QTemporaryDir> m_opened;
};

} // namespace jalaseh::app
