#include "app/people/PeopleView.h"

#include "app/common/StaleReload.h"
#include "app/common/ViewSupport.h"
#include "app/people/PersonDialog.h"
#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/DatabaseSession.h"
#include "session/EditRights.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/PersonListModel.h"
#include "session/models/SearchFilterModel.h"
#include "ui_PeopleView.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QShortcut>

namespace jalaseh::app {

PeopleView::PeopleView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeopleView>())
    , m_staleness(new StaleReload(this, [this] { reload(); }))
    , m_model(new session::PersonListModel(this))
    , m_filter(new session::SearchFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->hide();
    // Column widths from the first rows: measuring thousands of rows at every reload is slow.
    m_ui->table->horizontalHeader()->setResizeContentsPrecision(40);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    setFocusProxy(m_ui->table);
    m_ui->rightsLabel->hide();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setQuery(text);
        showCount();
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &PeopleView::newPerson);
    connect(m_ui->editButton, &QPushButton::clicked, this, &PeopleView::editCurrent);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PeopleView::removeCurrent);
    connect(m_ui->table, &QTableView::activated, this, &PeopleView::editCurrent);
    auto* remove = new QShortcut(QKeySequence::Delete, m_ui->table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PeopleView::removeCurrent);
}

PeopleView::~PeopleView() = default;

void PeopleView::setSession(session::DatabaseSession* session)
{
    m_session = session;
    m_staleness->markStale();
    if (session)
        connect(session, &session::DatabaseSession::changed, this, [this](session::Change what) {
            if (what == session::Change::People || what == session::Change::MeetingRows)
                m_staleness->markStale();
        });
}

void PeopleView::setEditRights(const session::EditRights& rights)
{
    m_mayEdit = rights.mayEditEverything();
    m_whyNot = rights.limitation();
    // Said once above the list; the buttons that are off say it again in their tooltips.
    m_ui->rightsLabel->setText(m_whyNot);
    m_ui->rightsLabel->setVisible(!m_mayEdit);
    views::offerEdit(m_ui->newButton, m_mayEdit, m_whyNot);
    views::offerEdit(m_ui->removeButton, m_mayEdit, m_whyNot);
    // Opening a person stays: the details and memberships are there to be read.
    m_ui->editButton->setText(m_mayEdit ? tr("&Edit…") : tr("&Open…"));
    m_ui->editButton->setAccessibleName(m_mayEdit ? tr("Edit") : tr("Open"));
}

void PeopleView::reload()
{
    m_staleness->markFresh();
    if (m_session && !m_session->read([&] { m_model->reload(*m_session); })) {
        m_staleness->retryWhenShown();
        return;
    }
    m_ui->table->resizeColumnsToContents();
    showCount();
}

void PeopleView::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void PeopleView::showMatching(const QString& text)
{
    m_ui->searchEdit->setText(text);
    if (m_ui->table->model()->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_ui->table->model()->index(0, 0));
    m_ui->table->setFocus();
}

Id PeopleView::currentId() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    return index.isValid() ? index.data(session::RecordListModel::IdRole).value<Id>() : 0;
}

void PeopleView::newPerson()
{
    if (!m_session || !m_mayEdit)
        return;
    PersonDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->perform(
            new session::InsertRowCommand<Person>(*m_session, dialog.person(), tr("Add person")));
}

void PeopleView::editCurrent()
{
    const Person* person = m_model->person(currentId());
    if (!m_session || !person)
        return;
    PersonDialog dialog(this);
    dialog.setPerson(*person);
    QStringList lines;
    const bool read = m_session->read([&] {
        storage::BodyRepository bodies(m_session->database());
        for (const Membership& membership :
             storage::MembershipRepository(m_session->database()).ofPerson(person->id)) {
            const auto body = bodies.find(membership.bodyId);
            lines.append(
                tr("%1: %2, from %3%4")
                    .arg(body ? body->name : QString(), label(membership.role),
                         persian::formatDate(membership.from),
                         membership.until.isNull()
                             ? QString()
                             : tr(" until %1").arg(persian::formatDate(membership.until))));
        }
    });
    // Editing a person the file no longer gives could only fail to save.
    if (!read)
        return;
    dialog.setMemberships(lines);
    if (!m_mayEdit)
        dialog.showForReading(m_whyNot);
    if (dialog.exec() == QDialog::Accepted && m_mayEdit && dialog.person() != *person)
        m_session->perform(new session::UpdateRowCommand<Person>(
            *m_session, *person, dialog.person(), tr("Edit person")));
}

void PeopleView::removeCurrent()
{
    const Person* person = m_model->person(currentId());
    if (!m_session || !person || !m_mayEdit) // the Delete key, with the button off
        return;
    if (QMessageBox::question(this, tr("Remove person"),
                              tr("Remove %1 from the database? (Undo brings the person back.)")
                                  .arg(person->familyName)) == QMessageBox::Yes)
        m_session->perform(
            new session::RemoveRowCommand<Person>(*m_session, *person, tr("Remove person")));
}

void PeopleView::showCount()
{
    m_ui->countLabel->setText(tr("%1 of %2 people")
                                  .arg(persian::formatNumber(m_filter->rowCount()),
                                       persian::formatNumber(m_model->rowCount())));
}

} // namespace jalaseh::app
