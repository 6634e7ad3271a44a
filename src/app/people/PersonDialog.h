#pragma once

#include "core/Person.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PersonDialog;
}

namespace jalaseh::app {

// Edits one person: names, gender and title (for the honorifics of the minutes), affiliation,
// contact, notes; lists the person's memberships. OK refuses a person without a family name.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PersonDialog(QWidget* parent = nullptr);
    ~PersonDialog() override;

    void setPerson(const Person& person);
    void setMemberships(const QStringList& lines);
    Person person() const;
    // For a login that may not change it: the fields are read-only and the buttons say Close,
    // with `why` on Close.
    void showForReading(const QString& why);

    void accept() override;

private:
    std::unique_ptr<Ui::PersonDialog> m_ui;
    Person m_person;
};

} // namespace jalaseh::app
