#include "PersonPicker.h"

#include "PersonCompleter.h"
#include "PersonListModel.h"
#include "PersonName.h"
#include "persian/Normalize.h"

namespace jalaseh::app {

PersonPicker::PersonPicker(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Type part of a name"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::editingFinished, this, &PersonPicker::readTypedText);
}

void PersonPicker::setPeople(PersonListModel* people)
{
    m_people = people;
    auto* completer = new PersonCompleter(people, this);
    setCompleter(completer);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(RecordListModel::IdRole).value<Id>());
            });
}

void PersonPicker::setPersonId(Id id)
{
    m_personId = id;
    const Person* person = m_people ? m_people->person(id) : nullptr;
    setText(person ? displayName(*person) : QString());
}

void PersonPicker::clearPerson()
{
    m_personId = 0;
    clear();
}

void PersonPicker::choose(Id id)
{
    const bool changed = id != m_personId;
    setPersonId(id);
    if (changed)
        emit personChosen(id);
}

// Typed without using the popup: accept the text when it names exactly one person, or when it
// is someone's whole name.
void PersonPicker::readTypedText()
{
    if (!m_people)
        return;
    if (text().trimmed().isEmpty()) {
        choose(0);
        return;
    }
    const QString key = persian::searchKey(text());
    QList<Id> matches;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        if (persian::searchKey(displayName(m_people->personAt(row))) == key) {
            choose(m_people->idAt(row));
            return;
        }
        if (m_people->searchKeyAt(row).contains(key))
            matches.append(m_people->idAt(row));
    }
    if (matches.size() == 1)
        choose(matches.first());
    else
        setPersonId(m_personId); // ambiguous or unknown: keep the last choice
}

} // namespace jalaseh::app
