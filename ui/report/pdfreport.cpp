#include "pdfreport.h"

#include "buildinfo.h"
#include "common/logging.h"
#include "pagecomposer.h"
#include "reportcharts.h"
#include "reportformat.h"
#include "reportsections.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace linda::ui {

namespace {

using report::Block;

// Device units per inch. Text is laid out at this resolution, so advances
// are rounded to 1/600 inch rather than to whole screen pixels.
constexpr int Resolution = 600;
constexpr qreal Pt = Resolution / 72.0; // device units per point
constexpr qreal MarginMm = 14;
constexpr qreal HeaderHeightPt = 22;
constexpr qreal FooterHeightPt = 22;
constexpr qreal BlockSpacingPt = 8;
constexpr int MaxChartRows = 36;

// Builds the report as a list of blocks for one page geometry.
class ReportBuilder
{
public:
    ReportBuilder(const bench::RunResult &result, const PdfReportOptions &options, QPaintDevice *device,
                  const QSizeF &contentSize, const QString &title)
        : m_result(result)
        , m_options(options)
        , m_device(device)
        , m_width(contentSize.width())
        , m_pageHeight(contentSize.height())
        , m_title(title)
        , m_sectionPages(std::make_shared<QMap<QString, int>>())
    {
    }

    QList<Block> build()
    {
        addTitlePage();
        addSummary();
        addSuiteTables();
        addCharts();
        addComparison();
        if (m_options.includeCaseDetails)
            addCaseDetails();
        addBaseline();
        addAppendix();
        return m_blocks;
    }

    // Records the page of every section heading, for the contents list.
    void setPages(const QList<QList<report::Placement>> &pages)
    {
        for (qsizetype page = 0; page < pages.size(); ++page) {
            for (const report::Placement &placement : pages.at(page)) {
                const QString &anchor = m_blocks.at(placement.block).anchor;
                if (!anchor.isEmpty() && !m_sectionPages->contains(anchor))
                    m_sectionPages->insert(anchor, int(page) + 1);
            }
        }
    }

private:
    struct Section
    {
        QString anchor;
        QString title;
    };

    void addHtml(const QString &html, bool pageBreakBefore = false)
    {
        QList<Block> blocks =
            report::documentBlocks(report::makeDocument(m_device, m_width, html), m_width, m_pageHeight);
        const bool afterHeading = !m_blocks.isEmpty() && m_blocks.last().keepWithNext && !m_headingHtml.isEmpty();
        if (blocks.size() > 1 && afterHeading) {
            // Text longer than a page starts on a page of its own, which
            // would leave the heading alone at the bottom of the page before.
            // Laying the heading out in the same document keeps them together.
            const Block heading = m_blocks.takeLast();
            blocks = report::documentBlocks(report::makeDocument(m_device, m_width, m_headingHtml + html),
                                            m_width, m_pageHeight);
            blocks.first().anchor = heading.anchor;
        }
        m_headingHtml.clear();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            Block block = blocks.at(i);
            block.pageBreakBefore = block.pageBreakBefore || (i == 0 && pageBreakBefore);
            m_blocks.append(block);
        }
    }

    void addHeading(const QString &anchor, const QString &text, bool pageBreakBefore)
    {
        const QString html = u"<h1>"_s % text.toHtmlEscaped() % u"</h1>"_s;
        QList<Block> blocks =
            report::documentBlocks(report::makeDocument(m_device, m_width, html), m_width, m_pageHeight);
        Block heading = blocks.first();
        heading.pageBreakBefore = pageBreakBefore;
        heading.keepWithNext = true;
        heading.anchor = anchor;
        m_blocks.append(heading);
        m_headingHtml = html;
    }

    void addSubheading(const QString &text)
    {
        const QString html = u"<h2>"_s % text.toHtmlEscaped() % u"</h2>"_s;
        addHtml(html);
        m_blocks.last().keepWithNext = true;
        m_headingHtml = html;
    }

    void addTitlePage()
    {
        report::TitleInfo info{m_title, buildInfo().version};
        addHtml(report::titlePageHtml(m_result, info));
        addContents();
    }

    // The contents list, with page numbers filled in at paint time. Its height
    // does not depend on the numbers, so it is measured with placeholders.
    void addContents()
    {
        const QList<Section> sections = plannedSections();
        const auto html = [sections](const QMap<QString, int> &pages) -> QString {
            QString text = u"<h2>"_s % PdfReport::tr("Contents").toHtmlEscaped()
                % u"</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
            for (const Section &section : sections) {
                const QString page = pages.contains(section.anchor)
                    ? QLocale().toString(pages.value(section.anchor))
                    : u"000"_s;
                text += u"<tr><td>"_s % section.title.toHtmlEscaped()
                    % u"</td><td align=\"right\" width=\"12%\">"_s % page % u"</td></tr>"_s;
            }
            return text + u"</table>"_s;
        };
        const auto measured = report::makeDocument(m_device, m_width, html({}));
        Block block;
        block.height = measured->size().height();
        block.paint = [this, html, device = m_device, width = m_width,
                       pages = m_sectionPages](QPainter &painter, const QRectF &rect) {
            const auto document = report::makeDocument(device, width, html(*pages));
            report::paintDocument(painter, *document, rect);
        };
        m_blocks.append(block);
    }

    // The sections build() adds, in order; the contents list shows them.
    QList<Section> plannedSections() const
    {
        QList<Section> sections = {
            {u"summary"_s, PdfReport::tr("1. Summary")},
            {u"suites"_s, PdfReport::tr("2. Results by suite")},
            {u"charts"_s, PdfReport::tr("3. Charts")},
            {u"comparison"_s, PdfReport::tr("4. Comparison with earlier runs")},
        };
        if (m_options.includeCaseDetails)
            sections.append({u"details"_s, PdfReport::tr("%1. Case details").arg(5)});
        sections.append({u"baseline"_s, PdfReport::tr("%1. Baseline comparison")
                                            .arg(m_options.includeCaseDetails ? 6 : 5)});
        sections.append({u"appendix"_s, PdfReport::tr("Appendix: thresholds used")});
        return sections;
    }

    QString sectionTitle(const QString &anchor) const
    {
        for (const Section &section : plannedSections()) {
            if (section.anchor == anchor)
                return section.title;
        }
        return anchor;
    }

    void addSummary()
    {
        addHeading(u"summary"_s, sectionTitle(u"summary"_s), true);
        addHtml(report::summaryHtml(m_result, comparison()));
    }

    void addSuiteTables()
    {
        addHeading(u"suites"_s, sectionTitle(u"suites"_s), true);
        bool any = false;
        for (const bench::Suite suite : {bench::Suite::Benchmark, bench::Suite::Load, bench::Suite::Memory}) {
            const QString table = report::suiteTableHtml(m_result, suite);
            if (table.isEmpty())
                continue;
            addSubheading(report::suiteTitle(suite));
            addHtml(table);
            any = true;
        }
        if (!any)
            addHtml(u"<p>"_s % PdfReport::tr("This run has no cases.").toHtmlEscaped() % u"</p>"_s);
    }

    void addComparison()
    {
        addHeading(u"comparison"_s, sectionTitle(u"comparison"_s), true);
        addHtml(report::comparisonHtml(m_result, comparison()));
    }

    const bench::ComparisonReport *comparison() const
    {
        return m_options.comparison ? &*m_options.comparison : nullptr;
    }

    void addRowChart(const report::RowChart &chart)
    {
        Block block;
        block.height = report::rowChartHeight(chart, Pt);
        block.paint = [chart](QPainter &painter, const QRectF &rect) {
            report::paintRowChart(painter, rect, chart, Pt);
        };
        m_blocks.append(block);
    }

    void addLineChart(const report::LineChart &chart, report::ChartSize size)
    {
        Block block;
        block.height = report::lineChartHeight(size, Pt);
        block.paint = [chart](QPainter &painter, const QRectF &rect) {
            report::paintLineChart(painter, rect, chart, Pt);
        };
        m_blocks.append(block);
    }

    void addEmptyChart(const QString &title, const QString &message)
    {
        Block block;
        block.height = 60 * Pt;
        block.paint = [title, message](QPainter &painter, const QRectF &rect) {
            report::paintEmptyChart(painter, rect, title, message, Pt);
        };
        m_blocks.append(block);
    }

    void addCharts()
    {
        addHeading(u"charts"_s, sectionTitle(u"charts"_s), true);
        const QList<report::RowChart> latency = report::latencyCharts(m_result, MaxChartRows);
        for (const report::RowChart &chart : latency)
            addRowChart(chart);
        if (latency.isEmpty())
            addEmptyChart(PdfReport::tr("Latency"), PdfReport::tr("No case of this run measured latency."));

        const QList<report::RowChart> throughput = report::throughputCharts(m_result, MaxChartRows);
        for (const report::RowChart &chart : throughput)
            addRowChart(chart);
        if (throughput.isEmpty())
            addEmptyChart(PdfReport::tr("Throughput"), PdfReport::tr("No case of this run measured throughput."));

        const QList<report::LineChart> heap = report::heapGrowthCharts(m_result);
        for (const report::LineChart &chart : heap)
            addLineChart(chart, report::ChartSize::Full);
        if (heap.isEmpty())
            addEmptyChart(PdfReport::tr("Heap growth"), PdfReport::tr("No memory case of this run recorded a heap series."));
    }

    void addCaseDetails()
    {
        addHeading(u"details"_s, sectionTitle(u"details"_s), true);
        for (const bench::CaseResult &c : m_result.cases) {
            addHtml(report::caseDetailHtml(c));
            for (const report::LineChart &chart : report::caseSeriesCharts(c))
                addLineChart(chart, report::ChartSize::Compact);
        }
    }

    void addBaseline()
    {
        addHeading(u"baseline"_s, sectionTitle(u"baseline"_s), true);
        addHtml(report::baselineHtml(m_result));
    }

    void addAppendix()
    {
        addHeading(u"appendix"_s, sectionTitle(u"appendix"_s), true);
        addHtml(report::appendixHtml(m_result));
    }

    const bench::RunResult &m_result;
    const PdfReportOptions &m_options;
    QPaintDevice *m_device;
    qreal m_width;
    qreal m_pageHeight;
    QString m_title;
    QList<Block> m_blocks;
    QString m_headingHtml; // HTML of the last block when it is a heading
    std::shared_ptr<QMap<QString, int>> m_sectionPages;
};

QFont decorationFont()
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(7.5);
    return font;
}

// Header (from page 2 on) and footer on every page. Leading text sits on the
// side a reader starts from, so right-to-left translations mirror them.
void paintDecorations(QPainter &painter, const QRectF &page, int pageNumber, int pageCount,
                      const QString &title, const bench::RunResult &result)
{
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const Qt::Alignment leading = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    const Qt::Alignment trailing = (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
    painter.save();
    painter.setFont(decorationFont());
    const QColor ink(0x55, 0x55, 0x55);
    const qreal band = 14 * Pt;

    if (pageNumber > 1) {
        const QRectF header(page.left(), page.top(), page.width(), band);
        painter.setPen(ink);
        painter.drawText(header, leading, title);
        if (result.startedAt.isValid())
            painter.drawText(header, trailing, QLocale().toString(result.startedAt.toUTC(), u"yyyy-MM-dd HH:mm"_s) % u" UTC"_s);
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5 * Pt));
        painter.drawLine(QPointF(page.left(), header.bottom() + 2 * Pt),
                         QPointF(page.right(), header.bottom() + 2 * Pt));
    }

    const QRectF footer(page.left(), page.bottom() - band, page.width(), band);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5 * Pt));
    painter.drawLine(QPointF(page.left(), footer.top() - 2 * Pt), QPointF(page.right(), footer.top() - 2 * Pt));
    painter.setPen(ink);
    QString left = PdfReport::tr("Linda Dashboard %1").arg(buildInfo().version);
    if (!result.environment.gitCommit.isEmpty()) {
        // A left-to-right mark keeps a hash that starts with digits, such as
        // "83e8c3b", in one piece inside right-to-left text.
        left = PdfReport::tr("%1, commit %2").arg(left, u'\u200E' + result.environment.gitCommit);
    }
    painter.drawText(footer, leading, left);
    const QLocale locale;
    painter.drawText(footer, trailing,
                     PdfReport::tr("Page %1 of %2").arg(locale.toString(pageNumber), locale.toString(pageCount)));
    painter.restore();
}

void setError(QString *errorMessage, const QString &path, const QString &reason)
{
    const QString message = PdfReport::tr("cannot write %1: %2").arg(path, reason);
    qCWarning(lcReports).noquote() << message;
    if (errorMessage)
        *errorMessage = message;
}

void configureWriter(QPdfWriter &writer, const PdfReportOptions &options, const QString &title)
{
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(PdfReport::tr("Linda Dashboard %1").arg(buildInfo().version));
}

// Lays out and paints the whole report on an active painter.
void paintReport(QPainter &painter, QPdfWriter &writer, const bench::RunResult &result,
                 const PdfReportOptions &options, const QString &title)
{
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF content = page.adjusted(0, HeaderHeightPt * Pt, 0, -FooterHeightPt * Pt);

    ReportBuilder builder(result, options, &writer, content.size(), title);
    const QList<Block> blocks = builder.build();
    const QList<QList<report::Placement>> pages = report::paginate(blocks, content.height(), BlockSpacingPt * Pt);
    builder.setPages(pages);

    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        for (const report::Placement &placement : pages.at(i)) {
            const Block &block = blocks.at(placement.block);
            const QRectF rect(content.left(), content.top() + placement.top, content.width(), block.height);
            painter.save();
            block.paint(painter, rect);
            painter.restore();
        }
        paintDecorations(painter, page, int(i) + 1, int(pages.size()), title, result);
    }
}

} // namespace

bool writePdfReport(const bench::RunResult &result, const QString &path, const PdfReportOptions &options,
                    QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(errorMessage, path, file.errorString());
        return false;
    }

    const QString title = options.title.isEmpty() ? PdfReport::tr("Linda Dashboard benchmark report")
                                                  : options.title;
    {
        QPdfWriter writer(&file);
        configureWriter(writer, options, title);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            setError(errorMessage, path, PdfReport::tr("the PDF writer could not start painting"));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        paintReport(painter, writer, result, options, title);
        painter.end();
    }

    if (!file.commit()) {
        setError(errorMessage, path, file.errorString());
        return false;
    }
    return true;
}

} // namespace linda::ui
