#include "app/followup/DecisionsView.h"

#include "app/common/EnumCombo.h"
#include "app/common/Icons.h"
#include "app/common/PrintPreview.h"
#include "app/common/StaleReload.h"
#include "app/common/ViewSupport.h"
#include "app/meetings/HistoryDialog.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "persian/Normalize.h"
#include "report/TableDocument.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/SetFollowUpCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/ActionItemListModel.h"
#include "session/models/FollowUpListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/SearchFilterModel.h"
#include "session/text/PersonName.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"
#include "ui_DecisionsView.h"

#include <QHeaderView>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QShortcut>

namespace jalaseh::app {
namespace {

// What the person filter holds besides people's ids.
constexpr Id everyone = -1;
constexpr Id nobody = 0;
constexpr int anyState = -1;
constexpr int stillOpen = 0; // the scope of what is not done; other scopes are Jalali years

// A decision's text is often a paragraph; the undo menu needs only its start.
QString opening(const QString& text)
{
    constexpr int length = 40;
    return text.size() <= length ? text : text.left(length).trimmed() + QChar(0x2026);
}

} // namespace

DecisionsView::DecisionsView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DecisionsView>())
    , m_staleness(new StaleReload(this, [this] { reload(); }))
    , m_people(new session::PersonListModel(this))
    , m_model(new session::FollowUpListModel(*m_people, this))
    , m_filter(new session::SearchFilterModel(this))
    , m_actionItems(new session::ActionItemListModel(*m_people, this))
{
    m_ui->setupUi(this);
    setUpBoard();
    setUpActionItems();
    setFocusProxy(m_ui->table);
}

DecisionsView::~DecisionsView()
{
    // The pickers report "editing finished" as they lose focus while being destroyed.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

void DecisionsView::setUpBoard()
{
    m_ui->scopeCombo->addItem(tr("Still open, overdue first"), stillOpen);
    m_ui->personCombo->addItem(tr("Everyone responsible"), everyone);
    fillStateCombo();
    m_filter->setSourceModel(m_model);
    m_filter->setCondition([this](int row) { return accepts(row); });
    m_ui->table->setModel(m_filter);
    views::setUpTable(m_ui->table, session::FollowUpListModel::TextColumn);
    m_ui->table->horizontalHeader()->setStretchLastSection(false);
    m_ui->table->setWordWrap(false);
    // Long meeting names keep their number and date (at the end) in sight.
    m_ui->table->setTextElideMode(Qt::ElideMiddle);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({560, 340}); // in proportion
    m_ui->detailsLabel->setTextFormat(Qt::PlainText);
    m_ui->rightsLabel->setTextFormat(Qt::PlainText);
    m_ui->rightsLabel->hide();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setQuery(text);
        showCount();
    });
    connect(m_ui->scopeCombo, &QComboBox::activated, this, [this] {
        m_dueBy = {};
        reload();
    });
    // A filter chosen here lifts the home view's "due by".
    connect(m_ui->personCombo, &QComboBox::activated, this, [this] {
        m_dueBy = {};
        refilter();
    });
    connect(m_ui->stateCombo, &QComboBox::activated, this, [this] {
        m_dueBy = {};
        refilter();
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionsView::showSelected);
    connect(m_ui->table, &QTableView::activated, this, &DecisionsView::openCurrentMeeting);
    connect(m_ui->table, &QWidget::customContextMenuRequested, this,
            &DecisionsView::showContextMenu);
    connect(m_ui->openMeetingButton, &QPushButton::clicked, this,
            &DecisionsView::openCurrentMeeting);
    connect(m_ui->decisionHistoryButton, &QPushButton::clicked, this,
            &DecisionsView::showCurrentHistory);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DecisionsView::print);
    m_ui->printButton->setIcon(icons::named(QStringLiteral("document-print-preview")));
    connect(m_ui->inProgressButton, &QPushButton::clicked, this,
            [this] { markSelected(FollowUpState::InProgress); });
    connect(m_ui->doneButton, &QPushButton::clicked, this,
            [this] { markSelected(FollowUpState::Done); });
    for (QTableView* table : {m_ui->table, m_ui->actionItemsTable}) {
        views::addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_D), this,
                           [this] { markSelected(FollowUpState::Done); });
        views::addShortcut(table, QKeySequence(Qt::CTRL | Qt::Key_I), this,
                           [this] { markSelected(FollowUpState::InProgress); });
    }
}

void DecisionsView::setUpActionItems()
{
    m_ui->ownerPicker->setPeople(m_people);
    m_ui->ownerPicker->setPlaceholderText(tr("Owner: type part of a name"));
    m_ui->itemDeadlineEdit->setEmptyAllowed(true);
    m_ui->itemDeadlineEdit->setAccessibleName(tr("Deadline of the action item"));
    m_ui->itemDeadlineEdit->lineEdit()->setPlaceholderText(tr("Deadline"));
    fillCombo<FollowUpState>(m_ui->itemStateCombo);
    m_ui->actionItemsTable->setModel(m_actionItems);
    views::setUpTable(m_ui->actionItemsTable, session::ActionItemListModel::TaskColumn);
    // Room for a decision's usual three or four action items.
    m_ui->actionItemsTable->setMinimumHeight(
        m_ui->actionItemsTable->verticalHeader()->defaultSectionSize() * 3 +
        m_ui->actionItemsTable->horizontalHeader()->sizeHint().height());

    connect(m_ui->actionItemsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionsView::showSelectedActionItem);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &DecisionsView::addActionItem);
    connect(m_ui->changeItemButton, &QPushButton::clicked, this, &DecisionsView::changeActionItem);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, &DecisionsView::removeActionItem);
    // Enter saves the form: the action item chosen below, or a new one when none is.
    connect(m_ui->taskEdit, &QLineEdit::returnPressed, this, [this] {
        if (currentActionItem())
            changeActionItem();
        else
            addActionItem();
    });
    views::addShortcut(m_ui->actionItemsTable, QKeySequence::Delete, this,
                       [this] { removeActionItem(); });
}

void DecisionsView::setSession(session::DatabaseSession* session, const session::EditRights& rights)
{
    m_session = session;
    m_rights = rights;
    m_staleness->markStale();
    // A lead or a viewer is told once, above the board, what they may not change here.
    const QString limitation = session ? m_rights.limitation() : QString();
    m_ui->rightsLabel->setText(limitation);
    m_ui->rightsLabel->setVisible(!limitation.isEmpty());
    showSelected();
    if (session)
        connect(session, &session::DatabaseSession::changed, this, [this](session::Change what) {
            if (what != session::Change::Memberships)
                m_staleness->markStale();
        });
}

void DecisionsView::reload()
{
    m_staleness->markFresh();
    if (!m_session)
        return;
    const session::FollowUpItem* current = currentItem();
    const session::FollowUpItem::Kind kind =
        current ? current->kind : session::FollowUpItem::Kind::Decision;
    const Id id = current ? current->id() : 0;
    const int row = m_ui->table->currentIndex().row();
    const bool read = m_session->read([&] {
        storage::Database& database = m_session->database();
        m_people->reload(*m_session);
        fillScopeCombo();
        const int year = m_ui->scopeCombo->currentData().toInt();
        if (year == stillOpen) {
            m_model->reloadOpen(database);
        } else {
            const QDate from = persian::JalaliDate::fromYmd(year, 1, 1).toGregorian();
            const QDate to = persian::JalaliDate::fromYmd(year + 1, 1, 1).toGregorian().addDays(-1);
            m_model->reloadPeriod(database, from, to);
        }
    });
    if (!read)
        m_staleness->retryWhenShown();
    fillPersonCombo();
    m_filter->setCondition([this](int source) { return accepts(source); });
    // Sized once, from the first rows loaded: later reloads keep the widths (and whatever the
    // user dragged them to), and measuring costs a tenth of a reload.
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        m_ui->table->resizeColumnsToContents();
        // The text of the decision gets the room; the rest are elided (the details line has
        // them).
        QHeaderView* header = m_ui->table->horizontalHeader();
        for (const auto& [column, widest] :
             {std::pair{session::FollowUpListModel::ResponsibleColumn, 160},
              std::pair{session::FollowUpListModel::StateColumn, 220},
              std::pair{session::FollowUpListModel::MeetingColumn, 230},
              std::pair{session::FollowUpListModel::ReviewsColumn, 200}})
            header->resizeSection(column, std::min(header->sectionSize(column), widest));
    }
    showCount();
    selectAfterReload(kind, id, row);
}

void DecisionsView::loadIfStale()
{
    if (m_session)
        m_staleness->reloadIfStale();
}

void DecisionsView::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

// ---- filters ----

void DecisionsView::fillScopeCombo()
{
    const QSignalBlocker blocker(m_ui->scopeCombo);
    const int chosen = m_ui->scopeCombo->currentData().toInt();
    const auto [first, last] = storage::MeetingRepository(m_session->database()).heldPeriod();
    const int thisYear = persian::JalaliDate::fromGregorian(QDate::currentDate()).year();
    const int lastYear = last.isValid()
                             ? std::max(thisYear, persian::JalaliDate::fromGregorian(last).year())
                             : thisYear;
    const int firstYear =
        first.isValid() ? persian::JalaliDate::fromGregorian(first).year() : thisYear;
    m_ui->scopeCombo->clear();
    m_ui->scopeCombo->addItem(tr("Still open, overdue first"), stillOpen);
    for (int year = lastYear; year >= firstYear; --year)
        m_ui->scopeCombo->addItem(tr("Everything of %1").arg(persian::formatNumber(year)), year);
    const int index = m_ui->scopeCombo->findData(chosen);
    m_ui->scopeCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void DecisionsView::fillPersonCombo()
{
    const QSignalBlocker blocker(m_ui->personCombo);
    const Id chosen = m_ui->personCombo->currentData().value<Id>();
    m_ui->personCombo->clear();
    m_ui->personCombo->addItem(tr("Everyone responsible"), everyone);
    m_ui->personCombo->addItem(tr("Nobody responsible"), nobody);
    QList<Id> people = m_model->responsiblePeople();
    // Someone chosen stays in the list after their last row was done, so the filter holds.
    if (chosen > 0 && !people.contains(chosen) && m_people->person(chosen))
        people.append(chosen);
    for (const Id person : std::as_const(people))
        m_ui->personCombo->addItem(session::displayName(*m_people->person(person)), person);
    const int index = m_ui->personCombo->findData(chosen);
    m_ui->personCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void DecisionsView::fillStateCombo()
{
    m_ui->stateCombo->addItem(tr("Any state"), anyState);
    for (const FollowUpState state : {FollowUpState::Overdue, FollowUpState::InProgress,
                                      FollowUpState::Open, FollowUpState::Done})
        m_ui->stateCombo->addItem(label(state), int(state));
}

bool DecisionsView::accepts(int sourceRow) const
{
    const session::FollowUpItem& item = m_model->itemAt(sourceRow);
    const Id person = m_ui->personCombo->currentData().value<Id>();
    if (person == nobody && item.responsibleId())
        return false;
    if (person > 0 && item.responsibleId() != person)
        return false;
    const int state = m_ui->stateCombo->currentData().toInt();
    if (m_dueBy.isValid()) {
        const FollowUpState now = item.effectiveState(m_model->today());
        if ((now != FollowUpState::Open && now != FollowUpState::InProgress) ||
            !item.deadline().isValid() || item.deadline() > m_dueBy)
            return false;
    }
    return state == anyState || int(item.effectiveState(m_model->today())) == state;
}

void DecisionsView::showOpen(std::optional<Id> person, int state)
{
    if (!m_session)
        return;
    if (m_ui->scopeCombo->currentData().toInt() != stillOpen || m_staleness->isStale()) {
        m_ui->scopeCombo->setCurrentIndex(std::max(0, m_ui->scopeCombo->findData(stillOpen)));
        reload();
    }
    const int personIndex = m_ui->personCombo->findData(person ? *person : everyone);
    m_ui->personCombo->setCurrentIndex(std::max(0, personIndex));
    m_ui->stateCombo->setCurrentIndex(std::max(0, m_ui->stateCombo->findData(state)));
    refilter();
}

void DecisionsView::showOverdue(std::optional<Id> person)
{
    m_dueBy = {};
    showOpen(person, int(FollowUpState::Overdue));
}

void DecisionsView::showDueBy(const QDate& until, std::optional<Id> person)
{
    m_dueBy = until;
    showOpen(person, anyState);
}

bool DecisionsView::showItem(session::FollowUpItem::Kind kind, Id id)
{
    m_dueBy = {};
    showOpen({}, anyState);
    int source = m_model->rowOf(kind, id);
    if (source < 0) { // written since the board was read, by another window perhaps
        reload();
        source = m_model->rowOf(kind, id);
    }
    if (source < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(source, 0));
    if (!index.isValid())
        return false;
    m_ui->table->setCurrentIndex(index);
    m_ui->table->scrollTo(index);
    m_ui->table->setFocus();
    return true;
}

void DecisionsView::refilter()
{
    const session::FollowUpItem* current = currentItem();
    const session::FollowUpItem::Kind kind =
        current ? current->kind : session::FollowUpItem::Kind::Decision;
    const Id id = current ? current->id() : 0;
    m_filter->setCondition([this](int source) { return accepts(source); });
    showCount();
    selectAfterReload(kind, id, 0);
}

void DecisionsView::selectAfterReload(session::FollowUpItem::Kind kind, Id id, int fallbackRow)
{
    const int source = id ? m_model->rowOf(kind, id) : -1;
    QModelIndex index =
        source >= 0 ? m_filter->mapFromSource(m_model->index(source, 0)) : QModelIndex();
    if (!index.isValid() && m_filter->rowCount() > 0)
        index = m_filter->index(std::clamp(fallbackRow, 0, m_filter->rowCount() - 1), 0);
    if (index.isValid())
        m_ui->table->setCurrentIndex(index);
    else
        m_ui->table->clearSelection();
    showSelected();
}

// ---- the board ----

const session::FollowUpItem* DecisionsView::currentItem() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!index.isValid())
        return nullptr;
    const int row = m_filter->mapToSource(index).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->itemAt(row) : nullptr;
}

void DecisionsView::showSelected()
{
    const session::FollowUpItem* item = currentItem();
    showDetails(item);
    m_ui->openMeetingButton->setEnabled(item != nullptr);
    m_ui->decisionHistoryButton->setEnabled(item != nullptr);
    const bool markable = item && mayMark(*item);
    for (QPushButton* button : {m_ui->inProgressButton, m_ui->doneButton}) {
        button->setEnabled(markable);
        // Why a row's buttons are off, on the buttons themselves.
        button->setToolTip(item && !markable ? whyNotMark(*item) : QString());
    }
    m_ui->addItemButton->setEnabled(item != nullptr && mayEditEverything());
    if (!item || !m_session) {
        m_shownId = 0;
        m_actionItems->clear();
        m_ui->actionItemsLabel->setText(tr("Select a decision to see its action items."));
        showSelectedActionItem();
        return;
    }
    const bool sameRow = m_shownKind == item->kind && m_shownId == item->id();
    const ActionItem* chosen = currentActionItem();
    const Id chosenId = chosen ? chosen->id : 0;
    m_shownKind = item->kind;
    m_shownId = item->id();
    if (!m_session->read([&] {
            m_actionItems->reload(m_session->database(), item->meetingId(), item->decisionId());
        }))
        return;
    m_ui->actionItemsTable->resizeColumnsToContents();
    m_ui->actionItemsLabel->setText(
        item->decisionId() ? tr("Action items of the decision")
                           : tr("Action items of its meeting that follow from no decision"));
    // After an edit the same board row is shown again: keep the action item chosen below. A new
    // board row chooses itself below when it is an action item. A decision keeps the action item
    // chosen below when it is one of its own: the board moved to it because the action item's row
    // left the board (someone else marked it done, and this window's change of it was refused),
    // and the form then shows that action item as it is now.
    Id select = 0;
    if (sameRow && chosenId)
        select = chosenId;
    else if (!item->isDecision())
        select = item->id();
    else if (chosenId && m_actionItems->rowOf(chosenId) >= 0)
        select = chosenId;
    const int row = select ? m_actionItems->rowOf(select) : -1;
    if (row >= 0)
        m_ui->actionItemsTable->setCurrentIndex(m_actionItems->index(row, 0));
    showSelectedActionItem();
}

void DecisionsView::showDetails(const session::FollowUpItem* item)
{
    if (!item) {
        m_ui->detailsLabel->clear();
        return;
    }
    QStringList lines;
    lines.append(tr("From %1.").arg(m_model->meetingName(item->meetingId())));
    if (item->isDecision()) {
        lines.append(tr("Decided as: %1.").arg(label(item->decision.status)));
        QStringList reviews;
        for (const Id review : item->decision.reviewedInMeetingIds)
            reviews.append(m_model->meetingName(review));
        lines.append(reviews.isEmpty() ? tr("No later meeting has taken it up yet.")
                                       : tr("Taken up again in: %1.").arg(reviews.join(tr("; "))));
    } else if (const auto decisionId = item->decisionId()) {
        const int row = m_model->rowOf(session::FollowUpItem::Kind::Decision, *decisionId);
        QString decision;
        if (row >= 0) {
            decision = m_model->itemAt(row).text();
        } else if (m_session) {
            m_session->read([&] {
                if (const auto found =
                        storage::DecisionRepository(m_session->database()).find(*decisionId))
                    decision = found->text;
            });
        }
        lines.append(tr("Follows from the decision: %1").arg(decision));
    }
    m_ui->detailsLabel->setText(lines.join(QLatin1Char('\n')));
}

void DecisionsView::showCount()
{
    int overdue = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (m_model->isOverdue(m_filter->mapToSource(m_filter->index(row, 0)).row()))
            ++overdue;
    QString count =
        tr("%1 of %2 shown, %3 overdue")
            .arg(persian::formatNumber(m_filter->rowCount()),
                 persian::formatNumber(m_model->rowCount()), persian::formatNumber(overdue));
    if (m_dueBy.isValid())
        count += tr("; only what falls due by %1").arg(persian::formatDate(m_dueBy));
    m_ui->countLabel->setText(count);
}

report::TableDocument DecisionsView::document() const
{
    // The columns the table shows, as wide against each other as on the screen.
    QList<report::TableDocument::Column> columns;
    QList<int> shown;
    const QHeaderView* header = m_ui->table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        shown.append(column);
        columns.append({m_filter->headerData(column, Qt::Horizontal).toString(),
                        qreal(std::max(header->sectionSize(column), 40))});
    }
    QList<QList<report::ReportCell>> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QList<report::ReportCell> cells;
        for (const int column : shown) {
            const QModelIndex index = m_filter->index(row, column);
            report::ReportCell cell;
            cell.text = index.data().toString();
            cell.background = index.data(Qt::BackgroundRole).value<QBrush>().color();
            if (index.data(Qt::BackgroundRole).isNull())
                cell.background = {};
            if (const QVariant ink = index.data(Qt::ForegroundRole); !ink.isNull())
                cell.foreground = ink.value<QBrush>().color();
            cell.bold = index.data(Qt::FontRole).value<QFont>().bold();
            cell.alignment = Qt::AlignRight;
            cells.append(cell);
        }
        rows.append(cells);
    }
    QString organisation;
    if (m_session)
        m_session->read([&] {
            organisation = storage::SettingsRepository(m_session->database()).organisation().name;
        });
    // What the list holds: the scope and filters chosen, and the count shown beside them.
    QStringList about{m_ui->scopeCombo->currentText(), m_ui->personCombo->currentText(),
                      m_ui->stateCombo->currentText()};
    if (!m_ui->searchEdit->text().trimmed().isEmpty())
        about.append(tr("matching “%1”").arg(m_ui->searchEdit->text().trimmed()));
    about.append(m_ui->countLabel->text());
    return report::TableDocument(organisation, tr("Follow-up of decisions"), about.join(tr(", ")),
                                 columns, rows);
}

std::unique_ptr<QPrintPreviewDialog> DecisionsView::printPreview()
{
    if (!m_session)
        return nullptr;
    return PrintPreview::make(std::make_shared<report::TableDocument>(document()), this);
}

void DecisionsView::print()
{
    if (auto preview = printPreview())
        preview->exec();
}

void DecisionsView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->table->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->table->setCurrentIndex(index);
    const session::FollowUpItem* item = currentItem();
    if (!item)
        return;
    QMenu menu(this);
    const bool markable = mayMark(*item);
    const auto addMark = [&](FollowUpState state, const QKeySequence& keys) {
        QAction* action = menu.addAction(tr("Mark as %1").arg(label(state)), this,
                                         [this, state] { markSelected(state); });
        action->setShortcut(keys);
        action->setCheckable(true);
        action->setChecked(item->state() == state);
        action->setEnabled(markable);
    };
    addMark(FollowUpState::Open, {});
    addMark(FollowUpState::InProgress, QKeySequence(Qt::CTRL | Qt::Key_I));
    addMark(FollowUpState::Done, QKeySequence(Qt::CTRL | Qt::Key_D));
    addMark(FollowUpState::Overdue, {});
    menu.addSeparator();
    menu.addAction(tr("Open its meeting"), this, &DecisionsView::openCurrentMeeting);
    menu.addAction(tr("History…"), this, &DecisionsView::showCurrentHistory);
    menu.addAction(tr("Add an action item…"), this, [this] { m_ui->taskEdit->setFocus(); })
        ->setEnabled(mayEditEverything());
    menu.exec(m_ui->table->viewport()->mapToGlobal(position));
}

void DecisionsView::showCurrentHistory()
{
    const session::FollowUpItem* item = currentItem();
    if (!m_session || !item)
        return;
    // An action item's history is its decision's; one of no decision, its meeting's.
    const std::optional<Id> decision =
        item->isDecision() ? std::optional<Id>(item->decision.id) : item->actionItem.decisionId;
    HistoryDialog dialog(*m_session,
                         decision ? HistoryDialog::Of::Decision : HistoryDialog::Of::Meeting,
                         decision ? *decision : item->meetingId(), this);
    dialog.exec();
}

void DecisionsView::openCurrentMeeting()
{
    if (const session::FollowUpItem* item = currentItem())
        emit openMeeting(item->meetingId());
}

void DecisionsView::markSelected(FollowUpState state)
{
    if (m_ui->actionItemsTable->hasFocus()) {
        if (const ActionItem* action = currentActionItem())
            mark(session::FollowUpItem::of(*action), state);
        return;
    }
    if (const session::FollowUpItem* item = currentItem())
        mark(*item, state); // a copy: the reload after the edit replaces the rows
}

bool DecisionsView::mayEditEverything() const
{
    return m_session && m_rights.mayEditEverything();
}

bool DecisionsView::mayMark(const session::FollowUpItem& item) const
{
    return m_session && m_rights.mayMarkFollowUp(item.responsibleId());
}

QString DecisionsView::whyNotMark(const session::FollowUpItem& item) const
{
    return m_session ? m_rights.whyNotFollowUp(item.responsibleId()) : QString();
}

void DecisionsView::mark(const session::FollowUpItem& item, FollowUpState state)
{
    if (!m_session || item.state() == state)
        return;
    // A shortcut reaches here with the buttons off: say why rather than nothing.
    if (!mayMark(item)) {
        m_session->notifyFailed(whyNotMark(item));
        return;
    }
    const QString text = tr("Mark as %1: %2").arg(label(state), opening(item.text()));
    // Only the state, as a lead may: a whole-row update would be refused for them.
    using Target = session::SetFollowUpCommand::Target;
    m_session->perform(new session::SetFollowUpCommand(
        *m_session, item.isDecision() ? Target::Decision : Target::ActionItem, item.id(),
        item.meetingId(), item.state(), state, text));
}

// ---- action items of the selected decision ----

const ActionItem* DecisionsView::currentActionItem() const
{
    const QModelIndex index = m_ui->actionItemsTable->currentIndex();
    return index.isValid() && index.row() < m_actionItems->rowCount()
               ? &m_actionItems->itemAt(index.row())
               : nullptr;
}

void DecisionsView::showSelectedActionItem()
{
    const ActionItem* action = currentActionItem();
    const bool everything = mayEditEverything();
    // A lead changes the state of their own action item and nothing else of it.
    const bool ownState = action && m_session && m_rights.mayMarkFollowUp(action->ownerId);
    m_ui->changeItemButton->setEnabled(action != nullptr && (everything || ownState));
    m_ui->removeItemButton->setEnabled(action != nullptr && everything);
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->taskEdit), static_cast<QWidget*>(m_ui->ownerPicker),
          static_cast<QWidget*>(m_ui->itemDeadlineEdit)})
        field->setEnabled(everything);
    m_ui->itemStateCombo->setEnabled(everything || ownState);
    if (!action) {
        // The form showed an action item no longer chosen: emptied, so that neither its old words
        // nor a change discarded after a refusal stay there to be saved as a new action item.
        // What the user typed for a new one stays.
        if (m_formItemId)
            clearActionItemForm();
        return;
    }
    m_formItemId = action->id;
    m_ui->taskEdit->setText(action->task);
    m_ui->ownerPicker->setPersonId(action->ownerId.value_or(0));
    m_ui->itemDeadlineEdit->setDate(action->deadline);
    selectValue(m_ui->itemStateCombo, int(action->state));
}

void DecisionsView::clearActionItemForm()
{
    m_formItemId = 0;
    m_ui->taskEdit->clear();
    m_ui->ownerPicker->clearPerson();
    m_ui->itemDeadlineEdit->setDate({});
}

void DecisionsView::addActionItem()
{
    const session::FollowUpItem* item = currentItem();
    if (!m_session || !item)
        return;
    ActionItem action;
    action.meetingId = item->meetingId();
    action.decisionId = item->decisionId();
    action.task = persian::normalizeForStorage(m_ui->taskEdit->text());
    action.ownerId = views::optionalId(m_ui->ownerPicker->personId());
    action.deadline = m_ui->itemDeadlineEdit->date();
    action.state = FollowUpState(m_ui->itemStateCombo->currentData().toInt());
    if (action.task.isEmpty()) {
        m_ui->taskEdit->setFocus();
        return;
    }
    if (!m_ui->itemDeadlineEdit->problem().isEmpty()) {
        m_ui->itemDeadlineEdit->lineEdit()->setFocus();
        return;
    }
    auto* command =
        new session::InsertRowCommand<ActionItem>(*m_session, action, tr("Add an action item"));
    if (!m_session->perform(command))
        return;
    // Ready for the next one: the list shows the new item; choosing a row fills the form again.
    m_ui->actionItemsTable->setCurrentIndex({});
    showSelectedActionItem();
    clearActionItemForm();
    m_ui->taskEdit->setFocus();
}

void DecisionsView::changeActionItem()
{
    const ActionItem* selected = currentActionItem();
    if (!m_session || !selected || !m_ui->itemDeadlineEdit->problem().isEmpty())
        return;
    const ActionItem before = *selected;
    ActionItem after = before;
    after.task = persian::normalizeForStorage(m_ui->taskEdit->text());
    after.ownerId = views::optionalId(m_ui->ownerPicker->personId());
    after.deadline = m_ui->itemDeadlineEdit->date();
    after.state = FollowUpState(m_ui->itemStateCombo->currentData().toInt());
    if (after.task.isEmpty() || after == before)
        return;
    ActionItem onlyState = before;
    onlyState.state = after.state;
    if (after == onlyState) { // what a lead may do, and all that changed
        m_session->perform(new session::SetFollowUpCommand(
            *m_session, session::SetFollowUpCommand::Target::ActionItem, before.id,
            before.meetingId, before.state, after.state, tr("Change an action item")));
        return;
    }
    m_session->perform(new session::UpdateRowCommand<ActionItem>(*m_session, before, after,
                                                                 tr("Change an action item")));
}

void DecisionsView::removeActionItem()
{
    const ActionItem* selected = currentActionItem();
    if (m_session && selected)
        m_session->perform(new session::RemoveRowCommand<ActionItem>(*m_session, *selected,
                                                                     tr("Remove an action item")));
}

} // namespace jalaseh::app
