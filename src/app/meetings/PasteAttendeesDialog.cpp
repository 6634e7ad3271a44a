#include "app/meetings/PasteAttendeesDialog.h"

#include "app/common/EnumCombo.h"
#include "persian/Collation.h"
#include "persian/Digits.h"
#include "persian/Phrasing.h"
#include "session/DatabaseSession.h"
#include "session/text/PersonName.h"
#include "storage/BodyRepository.h"
#include "ui_PasteAttendeesDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace jalaseh::app {
namespace {

constexpr int choiceRole = Qt::UserRole;
constexpr int personRole = Qt::UserRole + 1;

QString readName(const session::PastedName& name)
{
    return persian::honorificName(name.read);
}

// A person as the choice names him or her: with the affiliation, which tells namesakes apart.
QString candidateName(const Person& person)
{
    return person.affiliation.isEmpty() ? session::displayName(person)
                                        : PasteAttendeesDialog::tr("%1 (%2)").arg(
                                              session::displayName(person), person.affiliation);
}

QString whoItIs(const session::PastedName& name)
{
    using Choice = session::PastedName::Choice;
    switch (name.choice) {
    case Choice::Existing: {
        const auto person =
            std::find_if(name.candidates.cbegin(), name.candidates.cend(),
                         [&](const Person& candidate) { return candidate.id == name.personId; });
        const QString who =
            person != name.candidates.cend() ? session::displayName(*person) : QString();
        return name.alreadyListed ? PasteAttendeesDialog::tr("%1 — already on the list").arg(who)
                                  : who;
    }
    case Choice::New:
        return PasteAttendeesDialog::tr("New person: %1").arg(readName(name));
    case Choice::Undecided:
        return PasteAttendeesDialog::tr("Choose who: %1 people have this name")
            .arg(persian::formatNumber(int(name.candidates.size())));
    case Choice::LeaveOut:
        return PasteAttendeesDialog::tr("Left out");
    }
    return {};
}

} // namespace

PasteAttendeesDialog::PasteAttendeesDialog(session::DatabaseSession& session,
                                           const QSet<Id>& attending, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasteAttendeesDialog>())
    , m_session(session)
    , m_attending(attending)
    , m_readTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    resize(780, 700);
    m_ui->namesList->header()->setSectionResizeMode(QHeaderView::Stretch);
    fillCombo<AttendanceRole>(m_ui->roleCombo);
    m_ui->representsCombo->addItem(tr("(no body)"), Id(0));
    // A body list that cannot be read leaves only "(no body)"; the window says why.
    QList<Body> bodies;
    session.read([&] { bodies = storage::BodyRepository(session.database()).all(); });
    const persian::PersianCollator collator;
    std::stable_sort(bodies.begin(), bodies.end(), [&](const Body& a, const Body& b) {
        return a.kind != b.kind ? a.kind < b.kind : collator.lessThan(a.name, b.name);
    });
    for (const Body& body : std::as_const(bodies))
        if (!body.isMerged())
            m_ui->representsCombo->addItem(body.name, body.id);

    // Reading looks every name up in the database: done once typing pauses, not at every key.
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(250);
    connect(m_readTimer, &QTimer::timeout, this, &PasteAttendeesDialog::readText);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, m_readTimer, qOverload<>(&QTimer::start));
    connect(m_ui->namesList, &QTreeWidget::currentItemChanged, this,
            &PasteAttendeesDialog::showChoices);
    connect(m_ui->whoCombo, &QComboBox::activated, this, &PasteAttendeesDialog::chooseWho);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_readTimer->isActive()) // typed just before OK: read what is there now
            readText();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    readText();
}

PasteAttendeesDialog::~PasteAttendeesDialog() = default;

void PasteAttendeesDialog::setText(const QString& text)
{
    m_ui->textEdit->setPlainText(text);
    readText(); // a pasted text is read at once
    // With a text to check, the names are what to look at next.
    (m_reading.names.isEmpty() ? static_cast<QWidget*>(m_ui->textEdit)
                               : static_cast<QWidget*>(m_ui->namesList))
        ->setFocus();
}

AttendanceRole PasteAttendeesDialog::role() const
{
    return AttendanceRole(m_ui->roleCombo->currentData().toInt());
}

std::optional<Id> PasteAttendeesDialog::representsBodyId() const
{
    const Id body = m_ui->representsCombo->currentData().value<Id>();
    return body ? std::optional<Id>(body) : std::nullopt;
}

void PasteAttendeesDialog::readText()
{
    m_readTimer->stop();
    if (!m_session.read([&] {
            m_reading = session::PastedAttendeeList::read(
                m_session.database(), m_ui->textEdit->toPlainText(), m_attending);
        }))
        return;
    showNames();
    if (m_ui->namesList->topLevelItemCount() > 0)
        m_ui->namesList->setCurrentItem(m_ui->namesList->topLevelItem(0));
    else
        showChoices();
    QStringList unread;
    for (const QString& fragment : std::as_const(m_reading.unread))
        unread.append(tr("«%1»").arg(fragment));
    m_ui->unreadLabel->setText(unread.isEmpty()
                                   ? QString()
                                   : tr("Not read as names (check that no one is missing): %1")
                                         .arg(unread.join(tr(", "))));
    m_ui->unreadLabel->setVisible(!unread.isEmpty());
}

void PasteAttendeesDialog::showNames()
{
    const int current = m_ui->namesList->indexOfTopLevelItem(m_ui->namesList->currentItem());
    const QSignalBlocker blocker(m_ui->namesList);
    m_ui->namesList->clear();
    for (int i = 0; i < m_reading.names.size(); ++i) {
        new QTreeWidgetItem(m_ui->namesList);
        showName(i);
    }
    if (current >= 0 && current < m_ui->namesList->topLevelItemCount())
        m_ui->namesList->setCurrentItem(m_ui->namesList->topLevelItem(current));
    showSummary();
}

void PasteAttendeesDialog::showName(int index)
{
    QTreeWidgetItem* item = m_ui->namesList->topLevelItem(index);
    if (!item)
        return;
    const session::PastedName& name = m_reading.names.at(index);
    item->setText(0, readName(name));
    item->setText(1, whoItIs(name));
    QFont font = item->font(1);
    font.setItalic(name.choice != session::PastedName::Choice::Existing || name.alreadyListed);
    item->setFont(1, font);
}

void PasteAttendeesDialog::showChoices()
{
    const int index = m_ui->namesList->indexOfTopLevelItem(m_ui->namesList->currentItem());
    m_ui->whoCombo->clear();
    m_ui->whoCombo->setEnabled(index >= 0);
    if (index < 0)
        return;
    using Choice = session::PastedName::Choice;
    const session::PastedName& name = m_reading.names.at(index);
    const auto add = [this](const QString& text, Choice choice, Id person) {
        m_ui->whoCombo->addItem(text);
        const int row = m_ui->whoCombo->count() - 1;
        m_ui->whoCombo->setItemData(row, int(choice), choiceRole);
        m_ui->whoCombo->setItemData(row, person, personRole);
    };
    if (name.choice == Choice::Undecided)
        add(tr("(choose one)"), Choice::Undecided, 0);
    for (const Person& candidate : name.candidates)
        add(candidateName(candidate), Choice::Existing, candidate.id);
    add(tr("A new person: %1").arg(readName(name)), Choice::New, 0);
    add(tr("Leave this name out"), Choice::LeaveOut, 0);
    for (int row = 0; row < m_ui->whoCombo->count(); ++row)
        if (Choice(m_ui->whoCombo->itemData(row, choiceRole).toInt()) == name.choice &&
            m_ui->whoCombo->itemData(row, personRole).value<Id>() == name.personId)
            m_ui->whoCombo->setCurrentIndex(row);
}

void PasteAttendeesDialog::chooseWho()
{
    const int index = m_ui->namesList->indexOfTopLevelItem(m_ui->namesList->currentItem());
    if (index < 0)
        return;
    m_reading.choose(index,
                     session::PastedName::Choice(m_ui->whoCombo->currentData(choiceRole).toInt()),
                     m_ui->whoCombo->currentData(personRole).value<Id>());
    // A choice can make a later name a repeat, or stop it being one.
    for (int i = 0; i < m_reading.names.size(); ++i)
        showName(i);
    showSummary();
}

void PasteAttendeesDialog::showSummary()
{
    const int existing = m_reading.existingCount();
    const int created = m_reading.newCount();
    const int undecided = m_reading.undecidedCount();
    QStringList parts;
    parts.append(tr("%1 of the database and %2 new will be added.")
                     .arg(persian::formatNumber(existing), persian::formatNumber(created)));
    if (undecided > 0)
        parts.append(tr("%1 names fit several people: choose who each is, or they are left out.")
                         .arg(persian::formatNumber(undecided)));
    if (m_reading.names.isEmpty())
        parts = QStringList{tr("No names read yet. Paste or type a list such as the one shown "
                               "in the empty field.")};
    m_ui->summaryLabel->setText(parts.join(QLatin1Char(' ')));
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    const int count = existing + created;
    ok->setText(count > 0 ? tr("Add %1 attendees").arg(persian::formatNumber(count))
                          : tr("Add attendees"));
    ok->setEnabled(count > 0);
}

} // namespace jalaseh::app
