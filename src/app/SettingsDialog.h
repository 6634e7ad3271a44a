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
// meetings are recorded (kept in the database, printed on the minutes) and its rules for
// attendance review (kept in the database too: the organisation's bylaws, the same for everyone
// who opens the file).
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
    bool languageChanged() const;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Organisation m_organisation;
    int m_initialLanguage = 0;
};

} // namespace jalaseh::app
