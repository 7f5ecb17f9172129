#include "chartview.h"

#include <QAbstractSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>

namespace linda::ui {

namespace {
QString &saveFolder()
{
    static QString folder;
    return folder;
}
} // namespace

ChartView::ChartView(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setTitle(title);
    m_title = title;
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setFont(smallerFont(chart()->legend()->font()));
    chart()->legend()->setShowToolTips(true); // full text of entries the legend has to elide
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    // Small enough that two charts side by side still fit an 800-pixel window.
    // A larger minimum pushed the second chart out of its splitter.
    setMinimumSize(200, 160);
    setAccessibleName(title);
}

QString ChartView::lastSaveFolder()
{
    if (saveFolder().isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return saveFolder();
}

void ChartView::setLastSaveFolder(const QString &folder)
{
    saveFolder() = folder;
}

QString ChartView::savePng(const QString &path)
{
    const QPixmap pixmap = grab();
    if (!pixmap.save(path, "PNG"))
        return tr("Could not write the PNG file %1: check that the folder exists and is writable.")
            .arg(path);
    return {};
}

QString ChartView::saveSvg(const QString &path)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(m_title);
    QPainter painter;
    if (!painter.begin(&generator))
        return tr("Could not write the SVG file %1: check that the folder exists and is writable.")
            .arg(path);
    render(&painter);
    painter.end();
    return {};
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save chart as PNG…"), this, [this] { saveWithDialog(false); });
    menu.addAction(tr("Save chart as SVG…"), this, [this] { saveWithDialog(true); });
    menu.exec(event->globalPos());
}

void ChartView::saveWithDialog(bool svg)
{
    const QString filter = svg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString name = m_title.simplified().replace(u' ', u'-').toLower();
    name.remove(QRegularExpression(QStringLiteral("[^a-z0-9._-]")));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save chart as SVG") : tr("Save chart as PNG"),
        lastSaveFolder() + u'/' + name + suffix, filter);
    if (path.isEmpty())
        return;
    setLastSaveFolder(QFileInfo(path).absolutePath());
    const QString error = svg ? saveSvg(path) : savePng(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save chart"), error);
}

void ChartView::clearChart()
{
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void ChartView::attachTooltip(QXYSeries *series, std::function<QString(const QPointF &)> format)
{
    connect(series, &QXYSeries::hovered, this,
            [this, format = std::move(format)](const QPointF &point, bool entered) {
                if (entered)
                    QToolTip::showText(QCursor::pos(), format(point), this);
                else
                    QToolTip::hideText();
            });
}

void ChartView::hideFromLegend(QAbstractSeries *series)
{
    const auto markers = chart()->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

void ChartView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    showEmptyText(chart()->series().isEmpty());
}

void ChartView::showEmptyText(bool empty)
{
    // Until there is data the title names what will appear, so an empty
    // chart does not look broken.
    if (empty && !m_emptyText.isEmpty())
        // On a line of its own: after the title it was elided on a half-width chart.
        chart()->setTitle(tr("%1<br>%2").arg(m_title.toHtmlEscaped(), m_emptyText.toHtmlEscaped()));
    else
        chart()->setTitle(m_title);
}

QFont smallerFont(QFont font)
{
    // Chart fonts may be sized in pixels, and then pointSizeF() is -1.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(8, int(font.pixelSize() * 0.85)));
    return font;
}

bool needsLogScale(const QList<double> &values)
{
    double low = 0;
    double high = 0;
    for (const double v : values) {
        if (!(v > 0) || !std::isfinite(v))
            continue;
        low = low == 0 ? v : qMin(low, v);
        high = qMax(high, v);
    }
    return low > 0 && high / low >= 100;
}

std::pair<double, double> logRange(const QList<double> &values)
{
    double low = 0;
    double high = 0;
    for (const double v : values) {
        if (!(v > 0) || !std::isfinite(v))
            continue;
        low = low == 0 ? v : qMin(low, v);
        high = qMax(high, v);
    }
    if (low == 0)
        return {0.1, 10};
    return {std::pow(10.0, std::floor(std::log10(low))), std::pow(10.0, std::ceil(std::log10(high * 1.0001)))};
}

std::pair<double, double> linearRange(const QList<double> &values)
{
    double low = 0;
    double high = 0;
    for (const double v : values) {
        if (!std::isfinite(v))
            continue;
        low = qMin(low, v);
        high = qMax(high, v);
    }
    if (high == low)
        high = low + 1;
    return {low, high + (high - low) * 0.05};
}

} // namespace linda::ui
