#include "pagecomposer.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>

#include <algorithm>

namespace linda::ui::report {

namespace {

// Height of the run of keep-with-next blocks starting at first, including the
// block that ends the run, with spacing between them.
qreal keptRunHeight(const QList<Block> &blocks, qsizetype first, qreal spacing)
{
    qreal height = 0;
    for (qsizetype i = first; i < blocks.size(); ++i) {
        height += (i > first ? spacing : 0) + blocks.at(i).height;
        if (!blocks.at(i).keepWithNext)
            break;
    }
    return height;
}

const char ReportStyleSheet[] = R"(
body { color: #000000; }
h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 4px; margin-bottom: 4px; }
h3 { font-size: 10pt; font-weight: bold; margin-top: 2px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th { background-color: #e8e8e8; font-weight: bold; }
td.num { text-align: right; }
.id { white-space: nowrap; }
.muted { color: #555555; }
.small { font-size: 7.5pt; }
.note { color: #7a4b00; }
)";

} // namespace

QList<QList<Placement>> paginate(const QList<Block> &blocks, qreal pageHeight, qreal spacing)
{
    QList<QList<Placement>> pages;
    if (blocks.isEmpty())
        return pages;
    pages.append(QList<Placement>());
    qreal y = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        const bool pageEmpty = pages.last().isEmpty();
        const qreal top = pageEmpty ? 0 : y + spacing;
        bool newPage = !pageEmpty && block.pageBreakBefore;
        if (!newPage && !pageEmpty) {
            const qreal run = block.keepWithNext ? keptRunHeight(blocks, i, spacing) : block.height;
            // Move the run only when it would fit on an empty page; a longer
            // run starts here rather than leaving a page nearly empty.
            const qreal needed = run <= pageHeight ? run : block.height;
            newPage = top + needed > pageHeight;
        }
        if (newPage) {
            pages.append(QList<Placement>());
            y = 0;
        }
        const qreal placedTop = pages.last().isEmpty() ? 0 : y + spacing;
        pages.last().append(Placement{i, placedTop});
        y = placedTop + block.height;
    }
    return pages;
}

std::shared_ptr<QTextDocument> makeDocument(QPaintDevice *device, qreal width, const QString &html)
{
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(QString::fromLatin1(ReportStyleSheet));

    QTextOption option = document->defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    document->setDefaultTextOption(option);

    document->setTextWidth(width);
    document->setHtml(html);

    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setLayoutDirection(QGuiApplication::layoutDirection());
    document->rootFrame()->setFrameFormat(root);
    return document;
}

void paintDocument(QPainter &painter, QTextDocument &document, const QRectF &rect)
{
    painter.save();
    painter.translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, 0), rect.size());
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

QList<Block> documentBlocks(const std::shared_ptr<QTextDocument> &document, qreal width,
                            qreal pageHeight)
{
    const qreal height = document->size().height();
    if (height <= pageHeight) {
        Block block;
        block.height = height;
        block.paint = [document](QPainter &painter, const QRectF &rect) {
            paintDocument(painter, *document, rect);
        };
        return {block};
    }

    document->setPageSize(QSizeF(width, pageHeight));
    QList<Block> blocks;
    const int pages = document->pageCount();
    for (int page = 0; page < pages; ++page) {
        Block block;
        block.height = pageHeight;
        block.pageBreakBefore = true;
        block.paint = [document, page, pageHeight](QPainter &painter, const QRectF &rect) {
            painter.save();
            painter.setClipRect(rect);
            painter.translate(rect.left(), rect.top() - page * pageHeight);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, page * pageHeight, rect.width(), pageHeight);
            context.palette.setColor(QPalette::Text, Qt::black);
            document->documentLayout()->draw(&painter, context);
            painter.restore();
        };
        blocks.append(block);
    }
    return blocks;
}

} // namespace linda::ui::report
