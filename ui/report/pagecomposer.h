#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QPainter;
class QPaintDevice;
class QTextDocument;

// Splits the report into pages. The report is a list of blocks (a heading, a
// table, a chart) whose heights are known before anything is painted, so
// pagination is plain arithmetic and the total page count is known when
// headers and footers are drawn.
namespace linda::ui::report {

struct Block
{
    qreal height = 0; // device units
    // Paints the block into rect (the content width, `height` tall).
    std::function<void(QPainter &, const QRectF &)> paint;
    bool pageBreakBefore = false;
    bool keepWithNext = false; // headings stay on the page of what follows them
    QString anchor;            // non-empty for section headings listed in the contents
};

struct Placement
{
    qsizetype block = 0;
    qreal top = 0; // from the top of the content area
};

// Places blocks on pages of pageHeight with spacing between neighbours. A
// block that does not fit the rest of a page starts the next one. A run of
// keep-with-next blocks moves as a whole when it fits on an empty page. A
// block taller than a page gets a page of its own and is cut at the bottom,
// so callers split tall text first (documentBlocks does).
QList<QList<Placement>> paginate(const QList<Block> &blocks, qreal pageHeight, qreal spacing);

// Text blocks for rich text laid out at width on device. A document that fits
// on one page is one block. A longer one is laid out in pages of pageHeight
// and becomes one block per page, because QTextDocument's own pagination
// keeps lines and table rows whole and repeats table header rows.
QList<Block> documentBlocks(const std::shared_ptr<QTextDocument> &document, qreal width,
                            qreal pageHeight);

// A QTextDocument set up for the report: laid out for device, with the
// report's default font and style sheet, the text direction of the
// application (so right-to-left translations lay out right to left), and html.
std::shared_ptr<QTextDocument> makeDocument(QPaintDevice *device, qreal width, const QString &html);

// Paints document at the top left of rect in black on white.
void paintDocument(QPainter &painter, QTextDocument &document, const QRectF &rect);

} // namespace linda::ui::report
