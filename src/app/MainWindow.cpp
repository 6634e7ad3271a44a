#include "MainWindow.h"

#include <QLabel>

namespace jalaseh::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Jalaseh"));
    auto* label = new QLabel(tr("Jalaseh: the meeting views arrive with the desktop issue."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(900, 600);
}

} // namespace jalaseh::app
