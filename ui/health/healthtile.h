#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace linda::ui {

// One figure of the Health tab: a caption, a large value with its unit, and
// a background tint for its rating. The tooltip explains the figure and its unit.
class HealthTile : public QFrame
{
    Q_OBJECT

public:
    HealthTile(const QString &caption, const QString &toolTip, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &unit);
    // An invalid colour shows the neutral background.
    void setTint(const QColor &background);
    QString valueText() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
};

} // namespace linda::ui
