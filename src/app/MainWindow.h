#pragma once

#include <QMainWindow>

namespace jalaseh::app {

// The shell that hosts the views; each view is its own class with its own form and model.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace jalaseh::app
