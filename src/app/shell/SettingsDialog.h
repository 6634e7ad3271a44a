#pragma once

#include "core/Organisation.h"
#include "core/ReviewRules.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace jalaseh::app {

// The interface language (kept in QSettings, for this computer), the organisation whose
// meetings are recorded (kept in the database, printed on the minutes: its name, logo and
// letterhead lines) and its rules for attendance review (kept in the database too: the
// organisation's bylaws, the same for everyone who opens the file).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void setOrganisation(const Organisation& organisation, bool editable);
    Organisation organisation() const;
    void setReviewRules(const ReviewRules& rules, bool editable);
    ReviewRules reviewRules() const;
    // The largest file that may be attached, in bytes; shown in whole megabytes.
    void setAttachmentLimit(qint64 bytes, bool editable);
    qint64 attachmentLimit() const;
    bool languageChanged() const;

    // Takes the picture in `path` as the logo; false (and the reason shown) when it cannot.
    bool chooseLogoFile(const QString& path);
    void clearLogo();
    // Why the last picture was refused; empty when it was not.
    QString logoProblem() const;

    void accept() override;

private:
    void askForLogoFile();
    void showLogo();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Organisation m_organisation;
    QByteArray m_logoPng;
    bool m_editable = true;
    int m_initialLanguage = 0;
    qint64 m_attachmentLimit = 0;
};

} // namespace jalaseh::app
