#include "AttendanceView.h"

#include "ui_AttendanceView.h"

namespace jalaseh::app {

AttendanceView::AttendanceView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttendanceView>())
{
    m_ui->setupUi(this);
}

AttendanceView::~AttendanceView() = default;

} // namespace jalaseh::app
