#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace linda::ui {

// One figure of the Health tab: a caption, a large value with its unit, a
// background tint for its rating, and the state of the alert rule that
// watches the figure. The tooltip explains the figure and its unit.
class HealthTile : public QFrame
{
    Q_OBJECT

public:
    HealthTile(const QString &caption, const QString &toolTip, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &unit);
    // An invalid colour shows the neutral background.
    void setTint(const QColor &background);
    QString valueText() const;
    // Shows the alert line, e.g. "alert firing" on red; an empty text hides it.
    void setAlert(const QString &text, const QColor &background);
    QString alertText() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_alert;
};

} // namespace linda::ui
