#include "app/common/PersonPicker.h"

#include "app/common/PersonCompleter.h"
#include "persian/Digits.h"
#include "persian/Normalize.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"

#include <QAbstractItemView>
#include <QToolTip>

namespace jalaseh::app {
namespace {

// How many of several matching names the message lists.
constexpr int namesShown = 3;

} // namespace

PersonPicker::PersonPicker(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Type part of a name"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::editingFinished, this, &PersonPicker::readTypedText);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_problem.isEmpty())
            showProblem({});
    });
}

void PersonPicker::setPeople(session::PersonListModel* people)
{
    m_people = people;
    auto* completer = new PersonCompleter(people, this);
    setCompleter(completer);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(session::RecordListModel::IdRole).value<Id>());
            });
}

void PersonPicker::setPersonId(Id id)
{
    m_personId = id;
    const Person* person = m_people ? m_people->person(id) : nullptr;
    setText(person ? session::displayName(*person) : QString());
}

void PersonPicker::clearPerson()
{
    m_personId = 0;
    clear();
    showProblem({});
}

void PersonPicker::choose(Id id)
{
    const bool changed = id != m_personId;
    setPersonId(id);
    showProblem({});
    if (changed)
        emit personChosen(id);
}

// Typed without using the popup: accept the text when it names exactly one person, or when it
// is someone's whole name.
void PersonPicker::readTypedText()
{
    if (!m_people)
        return;
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        choose(0);
        return;
    }
    const QString key = persian::searchKey(typed);
    QList<int> matches;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        if (persian::searchKey(session::displayName(m_people->personAt(row))) == key) {
            choose(m_people->idAt(row));
            return;
        }
        if (m_people->searchKeyAt(row).contains(key))
            matches.append(row);
    }
    if (matches.size() == 1) {
        choose(m_people->idAt(matches.first()));
        return;
    }
    setPersonId(m_personId); // keep the last choice
    if (matches.isEmpty()) {
        showProblem(tr("No one is called “%1”. Check the spelling, or add the person under "
                       "People (Ctrl+2) first.")
                        .arg(typed));
        return;
    }
    QStringList names;
    for (int i = 0; i < matches.size() && i < namesShown; ++i)
        names.append(session::displayName(m_people->personAt(matches[i])));
    if (matches.size() > namesShown)
        names.append(tr("…"));
    showProblem(tr("“%1” fits %2 people (%3). Type more of the name, or choose one from the "
                   "list that opens as you type.")
                    .arg(typed, persian::formatNumber(int(matches.size())), names.join(tr(", "))));
}

void PersonPicker::showProblem(const QString& problem)
{
    m_problem = problem;
    setAccessibleDescription(problem);
    // A typed name is text, never markup, in the tooltip too.
    const QString shown =
        problem.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(problem.toHtmlEscaped());
    setToolTip(shown);
    if (problem.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Shown under the field, where the eye is; it also stays as the field's tooltip.
    QToolTip::showText(mapToGlobal(QPoint(0, height())), shown, this);
}

} // namespace jalaseh::app
