#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace jalaseh::app {

// A Jalali date field: type it in any digit set ("1402/1/21", "۱۴۰۲/۰۱/۲۱") or pick it from a
// Jalali calendar. A date that does not exist is refused and the reason is shown next to the
// field ("۱۴۰۲ کبیسه نیست؛ اسفند ۲۹ روز دارد"); the last good date is kept.
class JalaliDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit JalaliDateEdit(QWidget* parent = nullptr);
    ~JalaliDateEdit() override;

    QDate date() const { return m_date; }
    void setDate(const QDate& date); // shows it; does not emit dateEdited
    // An empty field means "no date" (e.g. a decision without a deadline).
    void setEmptyAllowed(bool allowed) { m_emptyAllowed = allowed; }
    QString problem() const;
    QLineEdit* lineEdit() const { return m_text; }
    void setAccessibleName(const QString& name);

signals:
    // The user entered or picked a different, valid date.
    void dateEdited(const QDate& date);

private:
    void readTypedText();
    void showCalendar();
    void accept(const QDate& date);
    void showProblem(const QString& text);

    QLineEdit* m_text;
    QToolButton* m_calendarButton;
    QLabel* m_problem;
    QDate m_date;
    bool m_emptyAllowed = false;
};

} // namespace jalaseh::app
