#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class BackupsDialog;
}

namespace jalaseh::session {
class Backups;
}

namespace jalaseh::app {

// File ▸ Backups: the backups of the open file (session::Backups), newest first, with when each
// was made (Jalali), its kind and size; "Back up now" (in the background: the window goes on),
// "Restore as a new file…" (asks where, then offers to open it: openRequested) and the folder
// the backups live in (a setting).
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(session::Backups& backups, QWidget* parent = nullptr);
    ~BackupsDialog() override;

    // The id of the selected backup; empty when none is.
    QString selectedId() const;

signals:
    // The user restored a backup as `path` and asked to open it.
    void openRequested(const QString& path);

private:
    void fill();
    void backUpNow();
    void restoreSelected();
    void changeFolder();

    std::unique_ptr<Ui::BackupsDialog> m_ui;
    session::Backups& m_backups;
};

} // namespace jalaseh::app
