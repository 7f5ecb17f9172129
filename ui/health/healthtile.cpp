#include "healthtile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace linda::ui {

HealthTile::HealthTile(const QString &caption, const QString &toolTip, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
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

} // namespace linda::ui
