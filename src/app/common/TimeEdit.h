#pragma once

#include <QTime>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace jalaseh::app {

// A time field accepting "13:20", "۱۳:۲۰", "13.20" or "13"; a bad time is refused with the reason
// shown under the field. Empty means no time.
class TimeEdit : public QWidget
{
    Q_OBJECT
public:
    explicit TimeEdit(QWidget* parent = nullptr);
    ~TimeEdit() override;

    QTime time() const { return m_time; }
    void setTime(const QTime& time);
    QString problem() const;
    QLineEdit* lineEdit() const { return m_text; }
    void setAccessibleName(const QString& name);

signals:
    void timeEdited(const QTime& time);

private:
    void readTypedText();
    void showProblem(const QString& text);

    QLineEdit* m_text;
    QLabel* m_problem;
    QTime m_time;
};

} // namespace jalaseh::app
