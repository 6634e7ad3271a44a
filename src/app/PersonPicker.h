#pragma once

#include "core/Id.h"

#include <QLineEdit>

namespace jalaseh::app {

class PersonListModel;

// A line where a person is chosen by typing part of the name; the completer offers everyone
// whose name matches. personId() is 0 until a listed person is chosen.
class PersonPicker : public QLineEdit
{
    Q_OBJECT
public:
    PersonPicker(QWidget* parent = nullptr);

    void setPeople(PersonListModel* people);
    Id personId() const { return m_personId; }
    void setPersonId(Id id); // shows the name; does not emit personChosen
    void clearPerson();

signals:
    // A person was chosen (0: the field was emptied).
    void personChosen(jalaseh::Id id);

private:
    void choose(Id id);
    void readTypedText();

    PersonListModel* m_people = nullptr;
    Id m_personId = 0;
};

} // namespace jalaseh::app
