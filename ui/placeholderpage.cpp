#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace linda::ui {

PlaceholderPage::PlaceholderPage(const QString &heading, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(heading, this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch();
    setAccessibleName(heading);
}

} // namespace linda::ui
