#include "mainwindow.h"

namespace linda::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Linda Dashboard"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

} // namespace linda::ui
