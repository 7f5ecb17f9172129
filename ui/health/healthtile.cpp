#include "healthtile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace linda::ui {

HealthTile::HealthTile(const QString &caption, const QString &toolTip, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_alert(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setToolTip(toolTip);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_alert->setTextFormat(Qt::PlainText);
    m_alert->setAutoFillBackground(true);
    m_alert->setContentsMargins(4, 0, 4, 0);
    // Keeps the tiles' height when an alert line comes or goes.
    QSizePolicy alertPolicy = m_alert->sizePolicy();
    alertPolicy.setRetainSizeWhenHidden(true);
    m_alert->setSizePolicy(alertPolicy);
    m_alert->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_alert, 0, Qt::AlignLeft);
    setMinimumWidth(110);
}

void HealthTile::setValue(const QString &value, const QString &unit)
{
    m_value->setText(unit.isEmpty() ? value : value + u' ' + unit);
}

QString HealthTile::valueText() const
{
    return m_value->text();
}

void HealthTile::setTint(const QColor &background)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, background.isValid() ? background : QPalette().color(QPalette::Base));
    // Tints are light, so dark text stays readable on them in a dark theme too.
    p.setColor(QPalette::WindowText, background.isValid() ? QColor(Qt::black) : QPalette().color(QPalette::WindowText));
    setPalette(p);
}

void HealthTile::setAlert(const QString &text, const QColor &background)
{
    m_alert->setText(text);
    QPalette p = m_alert->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, QColor(Qt::black));
    m_alert->setPalette(p);
    m_alert->setVisible(!text.isEmpty());
}

QString HealthTile::alertText() const
{
    return m_alert->isVisibleTo(this) ? m_alert->text() : QString();
}

} // namespace linda::ui
