#pragma once

#include "core/Id.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace jalaseh::session {
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class PersonPicker;

// Several people chosen in order (a proposal's backers): a list, and a person picker under it.
// Choosing a person in the picker adds him or her; Delete in the list takes the selected one off.
class PersonListPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PersonListPicker(QWidget* parent = nullptr);

    void setPeople(session::PersonListModel* people);
    QList<Id> personIds() const { return m_ids; }
    void setPersonIds(const QList<Id>& ids); // does not emit personIdsChanged

    PersonPicker* picker() const { return m_picker; }
    QListWidget* list() const { return m_list; }

signals:
    // The user added or took off someone.
    void personIdsChanged(const QList<jalaseh::Id>& ids);

public slots:
    void addChosenPerson();
    void removeSelectedPerson();

private:
    void addPerson(Id id);
    void showIds();

    session::PersonListModel* m_people = nullptr;
    QList<Id> m_ids;
    QListWidget* m_list;
    PersonPicker* m_picker;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
};

} // namespace jalaseh::app
