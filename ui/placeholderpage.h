#pragma once

#include <QWidget>

namespace linda::ui {

// A page that is not built yet: a heading and a paragraph that say what the
// page will show, so nobody mistakes the empty page for a broken one.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &heading, const QString &description, QWidget *parent = nullptr);
};

} // namespace linda::ui
