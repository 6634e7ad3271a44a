#pragma once

#include "core/Id.h"

#include <QLineEdit>

namespace jalaseh::session {
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// A line where a person is chosen by typing part of the name; the completer offers everyone
// whose name matches. personId() is 0 until a listed person is chosen. A typed name that matches
// nobody, or several people, keeps the last choice and says why next to the field.
class PersonPicker : public QLineEdit
{
    Q_OBJECT
public:
    PersonPicker(QWidget* parent = nullptr);

    void setPeople(session::PersonListModel* people);
    Id personId() const { return m_personId; }
    void setPersonId(Id id); // shows the name; does not emit personChosen
    void clearPerson();
    // Why the typed text was not taken; empty when it was.
    QString problem() const { return m_problem; }

signals:
    // A person was chosen (0: the field was emptied).
    void personChosen(jalaseh::Id id);

private:
    void choose(Id id);
    void readTypedText();
    void showProblem(const QString& problem);

    session::PersonListModel* m_people = nullptr;
    Id m_personId = 0;
    QString m_problem;
};

} // namespace jalaseh::app
