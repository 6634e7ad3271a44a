#pragma once

#include "core/Organisation.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace jalaseh::app {

// The interface language (kept in QSettings, for this computer) and the organisation whose
// meetings are recorded (kept in the database, printed on the minutes).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void setOrganisation(const Organisation& organisation, bool editable);
    Organisation organisation() const;
    bool languageChanged() const;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Organisation m_organisation;
    int m_initialLanguage = 0;
};

} // namespace jalaseh::app
