#include "app/common/JalaliDateEdit.h"

#include "app/common/ViewSupport.h"
#include "persian/JalaliDate.h"

#include <QAction>
#include <QCalendar>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace jalaseh::app {

JalaliDateEdit::JalaliDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_problem(new QLabel(this))
{
    m_text->setPlaceholderText(tr("year/month/day, e.g. 1402/01/21"));
    m_calendarButton->setText(tr("Calendar…"));
    m_calendarButton->setToolTip(tr("Pick the date from a Jalali calendar (Alt+Down)"));
    m_calendarButton->setAccessibleName(tr("Open the calendar"));
    m_problem->setObjectName(QStringLiteral("problem"));
    views::markAsProblem(m_problem);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_calendarButton);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_problem);
    setFocusProxy(m_text);
    // As tall as its content: the line, and the reason only while one is shown.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_text, &QLineEdit::editingFinished, this, &JalaliDateEdit::readTypedText);
    connect(m_calendarButton, &QToolButton::clicked, this, &JalaliDateEdit::showCalendar);
    auto* popupShortcut = new QAction(this);
    popupShortcut->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    popupShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(popupShortcut, &QAction::triggered, this, &JalaliDateEdit::showCalendar);
    addAction(popupShortcut);
}

// The line reports "editing finished" when it loses focus, also while this widget is being
// destroyed; by then this object is gone, so stop listening first.
JalaliDateEdit::~JalaliDateEdit()
{
    m_text->disconnect(this);
}

void JalaliDateEdit::setDate(const QDate& date)
{
    m_date = date;
    m_text->setText(persian::formatDate(date));
    showProblem({});
}

QString JalaliDateEdit::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void JalaliDateEdit::setAccessibleName(const QString& name)
{
    m_text->setAccessibleName(name);
    QWidget::setAccessibleName(name);
}

void JalaliDateEdit::readTypedText()
{
    const QString typed = m_text->text().trimmed();
    if (typed.isEmpty()) {
        if (m_emptyAllowed) {
            accept(QDate());
            return;
        }
        showProblem(tr("Enter a date, e.g. 1402/01/21."));
        return;
    }
    const persian::Parsed<QDate> parsed = persian::parseDate(typed);
    if (!parsed.ok()) {
        showProblem(parsed.error);
        return;
    }
    accept(parsed.value);
}

void JalaliDateEdit::accept(const QDate& date)
{
    showProblem({});
    const bool changed = date != m_date;
    m_date = date;
    m_text->setText(persian::formatDate(date));
    if (changed)
        emit dateEdited(date);
}

void JalaliDateEdit::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_text->setAccessibleDescription(text);
}

void JalaliDateEdit::showCalendar()
{
    auto* calendar = new QCalendarWidget(this);
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setCalendar(QCalendar(QCalendar::System::Jalali));
    calendar->setLocale(locale());
    calendar->setGridVisible(true);
    calendar->setFirstDayOfWeek(Qt::Saturday);
    calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    calendar->setAccessibleName(tr("Jalali calendar"));
    connect(calendar, &QCalendarWidget::activated, this, [this, calendar](const QDate& date) {
        accept(date);
        calendar->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendar](const QDate& date) {
        accept(date);
        calendar->close();
    });
    calendar->adjustSize();
    calendar->move(mapToGlobal(QPoint(0, m_text->height())));
    calendar->show();
    calendar->setFocus();
}

} // namespace jalaseh::app
