#pragma once

#include <QChartView>

class QAbstractAxis;
class QXYSeries;

namespace linda::ui {

// A chart view with the actions every dashboard chart shares: save as PNG or
// SVG (context menu), hover tooltips on series, and axis helpers.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(const QString &title, QWidget *parent = nullptr);

    // Returns an empty string on success, else a sentence naming the file and the reason.
    QString savePng(const QString &path);
    QString saveSvg(const QString &path);

    // Where the last save dialog pointed; the main window stores it in the settings.
    static QString lastSaveFolder();
    static void setLastSaveFolder(const QString &folder);

    // Text the chart shows instead of series while there is nothing to draw.
    void setEmptyText(const QString &text);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

    // Removes every series and axis before a rebuild.
    void clearChart();
    // Shows `format(point)` as a tooltip while the pointer is over a point of `series`.
    void attachTooltip(QXYSeries *series, std::function<QString(const QPointF &)> format);
    // Hides a series from the legend, e.g. the second of several threshold segments.
    void hideFromLegend(QAbstractSeries *series);
    void showEmptyText(bool empty);

private:
    void saveWithDialog(bool svg);

    QString m_title;
    QString m_emptyText;
};

// True when the positive values span at least two decades, so a linear axis
// would squash the small ones flat against zero.
bool needsLogScale(const QList<double> &values);

// `font` at 85 % of its size, for dense category labels.
QFont smallerFont(QFont font);

// Axis range [low, high] for log scale: whole decades around the positive values.
std::pair<double, double> logRange(const QList<double> &values);
// Axis range for a linear scale starting at zero (or below, for negatives) with 5 % head room.
std::pair<double, double> linearRange(const QList<double> &values);

} // namespace linda::ui
