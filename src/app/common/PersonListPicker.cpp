#include "app/common/PersonListPicker.h"

#include "app/common/PersonPicker.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"

#include <QBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace jalaseh::app {

PersonListPicker::PersonListPicker(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_picker(new PersonPicker(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_removeButton(new QPushButton(tr("Take off"), this))
{
    m_list->setObjectName(QStringLiteral("list"));
    m_picker->setObjectName(QStringLiteral("picker"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_list->setAccessibleName(tr("People chosen"));
    m_picker->setAccessibleName(tr("Person to add to the list"));
    m_addButton->setAccessibleName(tr("Add the person to the list"));
    m_removeButton->setAccessibleName(tr("Take the selected person off the list"));
    m_addButton->setAutoDefault(false);
    m_removeButton->setAutoDefault(false);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 3 + 8);
    m_list->setToolTip(tr("Delete takes the selected person off."));

    auto* row = new QHBoxLayout;
    row->addWidget(m_picker, 1);
    row->addWidget(m_addButton);
    row->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    setFocusProxy(m_picker);

    // Choosing someone in the picker (from the list that opens, or by typing the name and
    // leaving the field) adds him or her at once, so several backers are typed in a row.
    // The completer writes the chosen name into the field after announcing the choice; the
    // field is emptied for the next name once it has.
    connect(m_picker, &PersonPicker::personChosen, this, [this](Id id) {
        if (!id)
            return;
        addPerson(id);
        QTimer::singleShot(0, m_picker, &PersonPicker::clearPerson);
    });
    connect(m_addButton, &QPushButton::clicked, this, &PersonListPicker::addChosenPerson);
    connect(m_removeButton, &QPushButton::clicked, this, &PersonListPicker::removeSelectedPerson);
    auto* remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PersonListPicker::removeSelectedPerson);
}

void PersonListPicker::setPeople(session::PersonListModel* people)
{
    m_people = people;
    m_picker->setPeople(people);
    showIds();
}

void PersonListPicker::setPersonIds(const QList<Id>& ids)
{
    m_ids = ids;
    showIds();
}

void PersonListPicker::addChosenPerson()
{
    const Id id = m_picker->personId();
    m_picker->clearPerson();
    addPerson(id);
}

void PersonListPicker::addPerson(Id id)
{
    if (!id || m_ids.contains(id))
        return;
    m_ids.append(id);
    showIds();
    m_list->setCurrentRow(int(m_ids.size()) - 1);
    emit personIdsChanged(m_ids);
}

void PersonListPicker::removeSelectedPerson()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_ids.size())
        return;
    m_ids.removeAt(row);
    showIds();
    m_list->setCurrentRow(std::min(row, int(m_ids.size()) - 1));
    emit personIdsChanged(m_ids);
}

void PersonListPicker::showIds()
{
    m_list->clear();
    for (Id id : std::as_const(m_ids)) {
        const Person* person = m_people ? m_people->person(id) : nullptr;
        auto* item =
            new QListWidgetItem(person ? session::displayName(*person) : tr("(unknown person)"));
        item->setData(Qt::UserRole, id);
        m_list->addItem(item);
    }
    m_removeButton->setEnabled(!m_ids.isEmpty());
}

} // namespace jalaseh::app
