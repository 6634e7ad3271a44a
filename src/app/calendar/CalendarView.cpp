#include "app/calendar/CalendarView.h"

#include "app/calendar/CalendarDayDelegate.h"
#include "app/calendar/CalendarWeekGrid.h"
#include "app/common/StaleReload.h"
#include "app/common/ViewSupport.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/DatabaseSession.h"
#include "session/EditRights.h"
#include "session/text/CalendarColors.h"
#include "session/text/ClashText.h"
#include "ui_CalendarView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>

namespace jalaseh::app {
namespace {

constexpr int meetingIdRole = Qt::UserRole + 1;

QString jalaliDayMonth(const QDate& date, bool withYear)
{
    const persian::JalaliDate jalali = persian::JalaliDate::fromGregorian(date);
    QString text = persian::formatNumber(jalali.day()) + QLatin1Char(' ') +
                   session::CalendarModel::monthName(jalali.month());
    if (withYear)
        text += QLatin1Char(' ') + persian::formatNumber(jalali.year());
    return text;
}

// "March – April 2023": the Gregorian months of the days shown, for those who plan with both.
QString gregorianMonths(const QDate& from, const QDate& to)
{
    const QLocale locale;
    const QString first = locale.standaloneMonthName(from.month());
    const QString last = locale.standaloneMonthName(to.month());
    const QString year = persian::formatNumber(to.year());
    if (from.month() == to.month() && from.year() == to.year())
        return first + QLatin1Char(' ') + year;
    if (from.year() == to.year())
        return first + QStringLiteral(" – ") + last + QLatin1Char(' ') + year;
    return first + QLatin1Char(' ') + persian::formatNumber(from.year()) + QStringLiteral(" – ") +
           last + QLatin1Char(' ') + year;
}

} // namespace

CalendarView::CalendarView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CalendarView>())
    , m_staleness(new StaleReload(this, [this] { reload(); }))
    , m_model(new session::CalendarModel(this))
    , m_delegate(new CalendarDayDelegate(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("CalendarView"));

    QTableView* table = m_ui->monthTable;
    table->setModel(m_model);
    table->setItemDelegate(m_delegate);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsClickable(false);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);
    m_ui->weekGrid->setModel(m_model);
    m_ui->weekGrid->installEventFilter(this);
    m_ui->dayList->installEventFilter(this);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->dayPanel->setMinimumWidth(260);
    m_ui->dayList->setMinimumHeight(120);
    setFocusProxy(table);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->subtitleLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont dayFont = m_ui->dayTitleLabel->font();
    dayFont.setBold(true);
    m_ui->dayTitleLabel->setFont(dayFont);

    // Back and forward arrows follow the reading direction (in Persian, back points right).
    m_ui->previousButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->nextButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_ui->legendLabel->setText(
        tr("<span style=\"color:%1\">⚠ red</span>: a person or a room is booked twice at the same "
           "time · <span style=\"color:%2\">⚠ amber</span>: booked twice the same day, and a "
           "time is missing")
            .arg(session::calendarColors::clashAccent(true).name(),
                 session::calendarColors::clashAccent(false).name()));

    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_ui->todayButton, &QPushButton::clicked, this, &CalendarView::showToday);
    connect(m_ui->monthButton, &QToolButton::clicked, this,
            [this] { setSpan(session::CalendarModel::Span::Month); });
    connect(m_ui->weekButton, &QToolButton::clicked, this,
            [this] { setSpan(session::CalendarModel::Span::Week); });
    // The views by keyboard, whatever the language (Persian labels carry no Alt letters).
    const auto viewShortcut = [this](QKeySequence keys, session::CalendarModel::Span span) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, span] { setSpan(span); });
    };
    viewShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                 session::CalendarModel::Span::Month);
    viewShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                 session::CalendarModel::Span::Week);
    m_ui->monthButton->setToolTip(tr("Month view (Ctrl+Shift+M)"));
    m_ui->weekButton->setToolTip(tr("Week view (Ctrl+Shift+W)"));
    connect(m_ui->newButton, &QPushButton::clicked, this,
            [this] { emit newMeetingRequested(m_selected); });
    connect(table, &QTableView::clicked, this,
            [this](const QModelIndex& index) { setSelectedDate(m_model->dateAt(index)); });
    connect(m_ui->weekGrid, &CalendarWeekGrid::dateClicked, this, &CalendarView::setSelectedDate);
    connect(m_ui->weekGrid, &CalendarWeekGrid::meetingClicked, this, &CalendarView::selectMeeting);
    connect(m_ui->weekGrid, &CalendarWeekGrid::meetingActivated, this, &CalendarView::openMeeting);
    connect(m_ui->dayList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openMeeting(item->data(meetingIdRole).value<Id>());
    });
    connect(m_ui->dayList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_ui->weekGrid->setSelectedMeeting(item ? item->data(meetingIdRole).value<Id>() : 0);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitRows();
        showSelection();
    });

    m_selected = m_model->today();
    m_model->showPeriod(session::CalendarModel::Span::Month, m_selected);
    showSelection();
}

CalendarView::~CalendarView() = default;

void CalendarView::setEditRights(const session::EditRights& rights)
{
    // Insert still asks, and the window answers in words why not.
    views::offerEdit(m_ui->newButton, rights.mayEditEverything(), rights.limitation());
}

void CalendarView::setSession(session::DatabaseSession* session)
{
    m_session = session;
    if (!session) {
        m_model->clear();
        return;
    }
    m_staleness->markStale();
    connect(session, &session::DatabaseSession::changed, this, [this](session::Change what) {
        // A meeting's time, place or people, a series' name or a person's name changes what the
        // calendar shows and which meetings clash.
        if (what == session::Change::Meetings || what == session::Change::MeetingRows ||
            what == session::Change::Series || what == session::Change::People)
            m_staleness->markStale();
    });
}

void CalendarView::showEvent(QShowEvent* event)
{
    // A stale calendar has reloaded already (StaleReload sees the event first).
    QWidget::showEvent(event);
    fitRows();
}

void CalendarView::reload()
{
    m_staleness->markFresh();
    if (m_session) {
        if (!m_session->read([&] { m_model->reload(m_session->database()); }))
            m_staleness->retryWhenShown();
    } else
        m_model->clear();
}

void CalendarView::setSpan(session::CalendarModel::Span span)
{
    m_ui->monthButton->setChecked(span == session::CalendarModel::Span::Month);
    m_ui->weekButton->setChecked(span == session::CalendarModel::Span::Week);
    m_ui->pages->setCurrentWidget(span == session::CalendarModel::Span::Month
                                      ? static_cast<QWidget*>(m_ui->monthTable)
                                      : static_cast<QWidget*>(m_ui->weekScroll));
    const bool hadFocus = m_ui->pages->isAncestorOf(focusWidget());
    setFocusProxy(span == session::CalendarModel::Span::Month
                      ? static_cast<QWidget*>(m_ui->monthTable)
                      : static_cast<QWidget*>(m_ui->weekGrid));
    if (span != m_model->span()) {
        m_model->showPeriod(span, m_selected);
        reload();
    }
    showSelection();
    if (hadFocus || m_ui->monthButton->hasFocus() || m_ui->weekButton->hasFocus())
        setFocus();
}

void CalendarView::setSelectedDate(const QDate& date)
{
    if (!date.isValid())
        return;
    m_selected = date;
    if (!m_model->shows(date) ||
        (span() == session::CalendarModel::Span::Month && !m_model->month().contains(date))) {
        m_model->showPeriod(span(), date);
        reload();
    }
    showSelection();
}

void CalendarView::step(int direction)
{
    if (span() == session::CalendarModel::Span::Month)
        setSelectedDate(persian::addJalaliMonths(m_selected, direction));
    else
        setSelectedDate(m_selected.addDays(7 * direction));
}

void CalendarView::showToday()
{
    setSelectedDate(m_model->today());
}

void CalendarView::setToday(const QDate& today)
{
    m_model->setToday(today);
    m_ui->weekGrid->update();
}

QString CalendarView::title() const
{
    if (span() == session::CalendarModel::Span::Month)
        return session::CalendarModel::monthName(m_model->month().month) + QLatin1Char(' ') +
               persian::formatNumber(m_model->month().year);
    const QDate from = m_model->firstDay();
    const QDate to = m_model->lastDay();
    const persian::JalaliDate first = persian::JalaliDate::fromGregorian(from);
    const persian::JalaliDate last = persian::JalaliDate::fromGregorian(to);
    if (first.month() == last.month())
        return tr("%1 to %2").arg(persian::formatNumber(first.day()), jalaliDayMonth(to, true));
    return tr("%1 to %2")
        .arg(jalaliDayMonth(from, first.year() != last.year()), jalaliDayMonth(to, true));
}

void CalendarView::showTitle()
{
    m_ui->titleLabel->setText(title());
    if (span() == session::CalendarModel::Span::Month)
        m_ui->subtitleLabel->setText(
            gregorianMonths(m_model->month().first, m_model->month().last));
    else
        m_ui->subtitleLabel->setText(gregorianMonths(m_model->firstDay(), m_model->lastDay()));
    const bool month = span() == session::CalendarModel::Span::Month;
    m_ui->previousButton->setToolTip(month ? tr("Previous month (Page Up)")
                                           : tr("Previous week (Page Up)"));
    m_ui->nextButton->setToolTip(month ? tr("Next month (Page Down)")
                                       : tr("Next week (Page Down)"));
}

void CalendarView::showSelection()
{
    showTitle();
    const QModelIndex index = m_model->indexOf(m_selected);
    if (index.isValid() && m_ui->monthTable->currentIndex() != index)
        m_ui->monthTable->setCurrentIndex(index);
    m_ui->weekGrid->setSelectedDate(m_selected);
    fillDayPanel();
}

void CalendarView::fillDayPanel()
{
    const Id previous = currentMeetingId();
    m_ui->dayTitleLabel->setText(persian::formatDateLong(m_selected));
    QListWidget* list = m_ui->dayList;
    list->clear();
    QStringList clashes;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const session::CalendarItem& item : m_model->itemsOn(m_selected)) {
        const Meeting& meeting = item.entry.meeting;
        QString text = session::meetingTimes(meeting) + QStringLiteral(" — ") +
                       session::meetingName(item.entry);
        if (!meeting.title.isEmpty())
            text += QLatin1Char('\n') + meeting.title;
        if (!meeting.venue.isEmpty())
            text += QLatin1Char('\n') + meeting.venue;
        auto* row = new QListWidgetItem(text, list);
        row->setData(meetingIdRole, meeting.id);
        if (item.hasClash()) {
            row->setIcon(warning);
            row->setForeground(session::calendarColors::clashAccent(item.certain));
            row->setToolTip(item.clashes.join(QLatin1Char('\n')));
            QString block = session::htmlParagraph(
                QStringLiteral("<b>%1</b>").arg(session::meetingName(item.entry).toHtmlEscaped()));
            for (const QString& clash : item.clashes)
                block += session::htmlParagraph(QStringLiteral("⚠ %1").arg(clash.toHtmlEscaped()));
            clashes.append(block);
        }
        if (meeting.id == previous)
            list->setCurrentItem(row);
    }
    if (list->count() == 0) {
        auto* none = new QListWidgetItem(tr("No meetings on this day."), list);
        none->setFlags(Qt::NoItemFlags);
    }
    m_ui->clashLabel->setText(clashes.join(QStringLiteral("<br>")));
    m_ui->clashLabel->setStyleSheet(
        QStringLiteral("color: %1").arg(session::calendarColors::clashAccent(true).name()));
    m_ui->clashLabel->setVisible(!clashes.isEmpty());
}

Id CalendarView::currentMeetingId() const
{
    const QListWidgetItem* item = m_ui->dayList->currentItem();
    return item ? item->data(meetingIdRole).value<Id>() : 0;
}

void CalendarView::selectMeeting(Id meetingId)
{
    for (int row = 0; row < m_ui->dayList->count(); ++row)
        if (m_ui->dayList->item(row)->data(meetingIdRole).value<Id>() == meetingId)
            m_ui->dayList->setCurrentRow(row);
}

void CalendarView::activateDay()
{
    const QList<session::CalendarItem>& items = m_model->itemsOn(m_selected);
    if (items.size() == 1) {
        emit openMeeting(items.first().meetingId());
    } else if (items.size() > 1) {
        // Several: choose in the day's list (Enter opens, Escape comes back).
        m_ui->dayList->setFocus();
        if (!m_ui->dayList->currentItem())
            m_ui->dayList->setCurrentRow(0);
    }
}

void CalendarView::fitRows()
{
    // The weeks share the height, as on a wall calendar.
    QTableView* table = m_ui->monthTable;
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int height = table->viewport()->height();
    int used = 0;
    for (int row = 0; row < rows; ++row) {
        const int next = (row + 1) * height / rows;
        table->setRowHeight(row, next - used);
        used = next;
    }
}

QStyleOptionViewItem CalendarView::optionFor(const QModelIndex& index) const
{
    // What the table gives its delegate, for the delegate's layout.
    QTableView* table = m_ui->monthTable;
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.rect = table->visualRect(index);
    option.font = table->font();
    option.direction = table->layoutDirection();
    return option;
}

QRect CalendarView::meetingRect(Id meetingId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            const QList<session::CalendarItem>& items = m_model->itemsOn(m_model->dateAt(index));
            for (int item = 0; item < items.size(); ++item)
                if (items[item].meetingId() == meetingId)
                    return m_delegate->itemRect(optionFor(index), index, item);
        }
    return {};
}

bool CalendarView::openMeetingAt(const QPoint& position)
{
    QTableView* table = m_ui->monthTable;
    const QModelIndex index = table->indexAt(position);
    if (!index.isValid())
        return false;
    const QList<session::CalendarItem>& items = m_model->itemsOn(m_model->dateAt(index));
    int chosen = m_delegate->itemAt(optionFor(index), index, position);
    if (chosen < 0 && items.size() == 1)
        chosen = 0;
    if (chosen < 0 || chosen >= items.size())
        return false;
    emit openMeeting(items[chosen].meetingId());
    return true;
}

bool CalendarView::handleKey(QKeyEvent* event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier))
        return false;
    // Left and right follow what the eye sees: in Persian the next day is to the left.
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        setSelectedDate(m_selected.addDays(-forward));
        return true;
    case Qt::Key_Right:
        setSelectedDate(m_selected.addDays(forward));
        return true;
    case Qt::Key_Up:
        setSelectedDate(m_selected.addDays(-7));
        return true;
    case Qt::Key_Down:
        setSelectedDate(m_selected.addDays(7));
        return true;
    case Qt::Key_PageUp:
        step(-1);
        return true;
    case Qt::Key_PageDown:
        step(+1);
        return true;
    case Qt::Key_Home:
        showToday();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateDay();
        return true;
    case Qt::Key_Insert:
        emit newMeetingRequested(m_selected);
        return true;
    default:
        return false;
    }
}

bool CalendarView::eventFilter(QObject* watched, QEvent* event)
{
    const bool grid = watched == m_ui->monthTable || watched == m_ui->weekGrid;
    if (grid && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent*>(event));
    if (watched == m_ui->dayList && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        setFocus();
        return true;
    }
    if (watched == m_ui->monthTable->viewport()) {
        if (event->type() == QEvent::Resize)
            fitRows();
        else if (event->type() == QEvent::MouseButtonDblClick)
            return openMeetingAt(static_cast<QMouseEvent*>(event)->position().toPoint());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jalaseh::app
