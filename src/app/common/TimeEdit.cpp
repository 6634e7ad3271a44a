#include "app/common/TimeEdit.h"

#include "app/common/ViewSupport.h"
#include "persian/JalaliDate.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jalaseh::app {

TimeEdit::TimeEdit(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_text->setPlaceholderText(tr("hh:mm"));
    m_problem->setObjectName(QStringLiteral("problem"));
    views::markAsProblem(m_problem);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_text);
    column->addWidget(m_problem);
    setFocusProxy(m_text);
    // As tall as its content: the line, and the reason only while one is shown.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_text, &QLineEdit::editingFinished, this, &TimeEdit::readTypedText);
}

// The line reports "editing finished" when it loses focus, also while this widget is being
// destroyed; by then this object is gone, so stop listening first.
TimeEdit::~TimeEdit()
{
    m_text->disconnect(this);
}

void TimeEdit::setTime(const QTime& time)
{
    m_time = time;
    m_text->setText(time.isValid() ? persian::formatTime(time) : QString());
    showProblem({});
}

QString TimeEdit::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void TimeEdit::setAccessibleName(const QString& name)
{
    m_text->setAccessibleName(name);
    QWidget::setAccessibleName(name);
}

void TimeEdit::readTypedText()
{
    const QString typed = m_text->text().trimmed();
    QTime time;
    if (!typed.isEmpty()) {
        const persian::Parsed<QTime> parsed = persian::parseTime(typed);
        if (!parsed.ok()) {
            showProblem(parsed.error);
            return;
        }
        time = parsed.value;
    }
    showProblem({});
    m_text->setText(time.isValid() ? persian::formatTime(time) : QString());
    if (time != m_time) {
        m_time = time;
        emit timeEdited(time);
    }
}

void TimeEdit::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_text->setAccessibleDescription(text);
}

} // namespace jalaseh::app
