#include "app/bodies/BodiesView.h"

#include "app/bodies/BodyDialog.h"
#include "app/bodies/MembershipDialog.h"
#include "app/bodies/MergeBodyDialog.h"
#include "app/common/StaleReload.h"
#include "app/common/ViewSupport.h"
#include "session/DatabaseSession.h"
#include "session/EditRights.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/MergeBodiesCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/BodyListModel.h"
#include "session/models/MembershipListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/SearchFilterModel.h"
#include "ui_BodiesView.h"

#include <QHeaderView>
#include <QMessageBox>

namespace jalaseh::app {

BodiesView::BodiesView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BodiesView>())
    , m_staleness(new StaleReload(this, [this] { reload(); }))
    , m_model(new session::BodyListModel(this))
    , m_filter(new session::SearchFilterModel(this))
    , m_members(new session::MembershipListModel(this))
    , m_people(new session::PersonListModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    m_ui->membersTable->setModel(m_members);
    for (QTableView* table : {m_ui->table, m_ui->membersTable}) {
        table->verticalHeader()->hide();
        // Column widths from the first rows: measuring thousands of rows is slow.
        table->horizontalHeader()->setResizeContentsPrecision(40);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    setFocusProxy(m_ui->table);
    m_ui->rightsLabel->hide();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter,
            &session::SearchFilterModel::setQuery);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BodiesView::showMembers);
    connect(m_ui->newButton, &QPushButton::clicked, this, &BodiesView::newBody);
    connect(m_ui->editButton, &QPushButton::clicked, this, &BodiesView::editBody);
    connect(m_ui->table, &QTableView::activated, this, &BodiesView::editBody);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &BodiesView::removeBody);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &BodiesView::mergeBody);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &BodiesView::addMember);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &BodiesView::editMember);
    connect(m_ui->membersTable, &QTableView::activated, this, &BodiesView::editMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &BodiesView::removeMember);
}

BodiesView::~BodiesView() = default;

void BodiesView::setSession(session::DatabaseSession* session)
{
    m_session = session;
    m_staleness->markStale();
    if (session)
        connect(session, &session::DatabaseSession::changed, this, [this](session::Change what) {
            if (what == session::Change::Bodies || what == session::Change::People)
                m_staleness->markStale();
            else if (what == session::Change::Memberships && isVisible())
                showMembers();
        });
}

void BodiesView::setEditRights(const session::EditRights& rights)
{
    m_mayEdit = rights.mayEditEverything();
    m_whyNot = rights.limitation();
    // Said once above the list; the buttons that are off say it again in their tooltips.
    m_ui->rightsLabel->setText(m_whyNot);
    m_ui->rightsLabel->setVisible(!m_mayEdit);
    for (QAbstractButton* button : {static_cast<QAbstractButton*>(m_ui->newButton),
                                    static_cast<QAbstractButton*>(m_ui->removeButton),
                                    static_cast<QAbstractButton*>(m_ui->addMemberButton),
                                    static_cast<QAbstractButton*>(m_ui->removeMemberButton)})
        views::offerEdit(button, m_mayEdit, m_whyNot);
    // Opening a body or a membership stays: they are there to be read.
    m_ui->editButton->setText(m_mayEdit ? tr("&Edit…") : tr("&Open…"));
    m_ui->editButton->setAccessibleName(m_mayEdit ? tr("Edit") : tr("Open"));
    m_ui->editMemberButton->setText(m_mayEdit ? tr("Edit &membership…") : tr("Open &membership…"));
    m_ui->editMemberButton->setAccessibleName(m_mayEdit ? tr("Edit membership")
                                                        : tr("Open membership"));
    showMergeOffer();
}

void BodiesView::reload()
{
    m_staleness->markFresh();
    const Id current = currentBodyId();
    if (m_session && !m_session->read([&] {
            m_model->reload(m_session->database());
            m_people->reload(*m_session);
        })) {
        m_staleness->retryWhenShown();
        return;
    }
    m_ui->table->resizeColumnsToContents();
    const int row = m_model->rowOf(current);
    m_ui->table->selectRow(row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)).row() : 0);
    showMembers();
}

void BodiesView::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void BodiesView::showMatching(const QString& text)
{
    m_ui->searchEdit->setText(text);
    if (m_ui->table->model()->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_ui->table->model()->index(0, 0));
    m_ui->table->setFocus();
}

Id BodiesView::currentBodyId() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    return index.isValid() ? index.data(session::RecordListModel::IdRole).value<Id>() : 0;
}

void BodiesView::showMembers()
{
    if (!m_session ||
        !m_session->read([&] { m_members->reload(m_session->database(), currentBodyId()); }))
        return;
    m_ui->membersTable->resizeColumnsToContents();
    const QModelIndex index = m_ui->table->currentIndex();
    const int row = m_model->rowOf(currentBodyId());
    m_ui->lineageLabel->setText(row >= 0 ? m_model->lineage(row) : QString());
    m_ui->lineageLabel->setVisible(!m_ui->lineageLabel->text().isEmpty());
    showMergeOffer();
    m_ui->membersLabel->setText(
        index.isValid()
            ? tr("Members of %1")
                  .arg(index.siblingAtColumn(session::BodyListModel::NameColumn).data().toString())
            : tr("Members"));
}

void BodiesView::showMergeOffer()
{
    const int row = m_model->rowOf(currentBodyId());
    views::offerEdit(m_ui->mergeButton, m_mayEdit && row >= 0 && !m_model->bodyAt(row).isMerged(),
                     m_whyNot);
}

void BodiesView::newBody()
{
    if (!m_session || !m_mayEdit)
        return;
    QList<Body> others;
    for (int row = 0; row < m_model->rowCount(); ++row)
        others.append(m_model->bodyAt(row));
    BodyDialog dialog(others, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->perform(
            new session::InsertRowCommand<Body>(*m_session, dialog.body(), tr("Add body")));
}

void BodiesView::editBody()
{
    const int row = m_model->rowOf(currentBodyId());
    if (!m_session || row < 0)
        return;
    const Body body = m_model->bodyAt(row);
    QList<Body> others;
    for (int other = 0; other < m_model->rowCount(); ++other)
        if (other != row)
            others.append(m_model->bodyAt(other));
    BodyDialog dialog(others, this);
    dialog.setBody(body);
    if (!m_mayEdit)
        dialog.showForReading(m_whyNot);
    if (dialog.exec() == QDialog::Accepted && m_mayEdit && dialog.body() != body)
        m_session->perform(
            new session::UpdateRowCommand<Body>(*m_session, body, dialog.body(), tr("Edit body")));
}

void BodiesView::removeBody()
{
    const int row = m_model->rowOf(currentBodyId());
    if (!m_session || row < 0 || !m_mayEdit)
        return;
    const Body body = m_model->bodyAt(row);
    if (QMessageBox::question(this, tr("Remove body"),
                              tr("Remove %1? (Undo brings it back.)").arg(body.name)) ==
        QMessageBox::Yes)
        m_session->perform(
            new session::RemoveRowCommand<Body>(*m_session, body, tr("Remove body")));
}

void BodiesView::mergeBody()
{
    const int row = m_model->rowOf(currentBodyId());
    if (!m_session || row < 0 || !m_mayEdit)
        return;
    const Body body = m_model->bodyAt(row);
    QList<Body> bodies;
    for (int other = 0; other < m_model->rowCount(); ++other)
        bodies.append(m_model->bodyAt(other));
    MergeBodyDialog dialog(m_session->database(), body, bodies, *m_people, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->perform(new session::MergeBodiesCommand(*m_session, body.id, dialog.intoId(),
                                                       dialog.on(), tr("Merge %1").arg(body.name)));
}

void BodiesView::addMember()
{
    const Id body = currentBodyId();
    if (!m_session || !body || !m_mayEdit)
        return;
    MembershipDialog dialog(m_people, this);
    Membership membership;
    membership.bodyId = body;
    membership.from = QDate::currentDate();
    dialog.setMembership(membership);
    if (dialog.exec() == QDialog::Accepted)
        m_session->perform(new session::InsertRowCommand<Membership>(
            *m_session, dialog.membership(), tr("Add member")));
}

void BodiesView::editMember()
{
    const QModelIndex index = m_ui->membersTable->currentIndex();
    if (!m_session || !index.isValid())
        return;
    const Membership membership = m_members->membershipAt(index.row());
    MembershipDialog dialog(m_people, this);
    dialog.setMembership(membership);
    if (!m_mayEdit)
        dialog.showForReading(m_whyNot);
    if (dialog.exec() == QDialog::Accepted && m_mayEdit && dialog.membership() != membership)
        m_session->perform(new session::UpdateRowCommand<Membership>(
            *m_session, membership, dialog.membership(), tr("Edit membership")));
}

void BodiesView::removeMember()
{
    const QModelIndex index = m_ui->membersTable->currentIndex();
    if (!m_session || !index.isValid() || !m_mayEdit)
        return;
    m_session->perform(new session::RemoveRowCommand<Membership>(
        *m_session, m_members->membershipAt(index.row()), tr("Remove membership")));
}

} // namespace jalaseh::app
