#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class AttendanceView;
}

namespace jalaseh::app {

// The place of the attendance review (members × meetings, rates, absence alerts); the
// attendance issue fills it in. Each meeting's attendance is recorded in the meeting editor.
class AttendanceView : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceView(QWidget* parent = nullptr);
    ~AttendanceView() override;

private:
    std::unique_ptr<Ui::AttendanceView> m_ui;
};

} // namespace jalaseh::app
