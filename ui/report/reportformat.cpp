#include "reportformat.h"

#include <QLocale>

#include <cmath>

namespace linda::ui::report {

namespace {

// Three significant digits without trailing zeros, in the current locale.
QString significant(double value)
{
    const double magnitude = std::abs(value);
    int decimals = 0;
    if (magnitude > 0 && magnitude < 10)
        decimals = 2;
    else if (magnitude < 100)
        decimals = 1;
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().front();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace

QString formatBytes(double bytes)
{
    const double magnitude = std::abs(bytes);
    if (magnitude >= 1024.0 * 1024 * 1024)
        return PdfReport::tr("%1 GB").arg(significant(bytes / (1024.0 * 1024 * 1024)));
    if (magnitude >= 1024.0 * 1024)
        return PdfReport::tr("%1 MB").arg(significant(bytes / (1024.0 * 1024)));
    if (magnitude >= 1024.0)
        return PdfReport::tr("%1 KB").arg(significant(bytes / 1024.0));
    return PdfReport::tr("%1 bytes").arg(significant(bytes));
}

QString formatDurationNs(double ns)
{
    const double magnitude = std::abs(ns);
    if (magnitude < 1e3)
        return PdfReport::tr("%1 ns").arg(significant(ns));
    if (magnitude < 1e6)
        return PdfReport::tr("%1 µs").arg(significant(ns / 1e3));
    if (magnitude < 1e9)
        return PdfReport::tr("%1 ms").arg(significant(ns / 1e6));
    return PdfReport::tr("%1 s").arg(significant(ns / 1e9));
}

QString formatNumber(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e9)
        return PdfReport::tr("%1 G").arg(significant(value / 1e9));
    if (magnitude >= 1e6)
        return PdfReport::tr("%1 M").arg(significant(value / 1e6));
    if (magnitude >= 1e4)
        return PdfReport::tr("%1 k").arg(significant(value / 1e3));
    if (magnitude >= 1e3)
        return QLocale().toString(value, 'f', 0);
    return significant(value);
}

QString formatMeasured(double value, const QString &unit)
{
    if (unit == u"ms")
        return formatDurationNs(value * 1e6);
    if (unit == u"ns")
        return formatDurationNs(value);
    if (unit == u"count" || unit.isEmpty())
        return formatNumber(value);
    if (unit == u"%")
        return PdfReport::tr("%1 %").arg(significant(value));
    if (unit == u"ratio")
        return PdfReport::tr("%1×").arg(QLocale().toString(value, 'g', 3));
    if (unit == u"bytes" || unit == u"B")
        return formatBytes(value);
    return PdfReport::tr("%1 %2").arg(formatNumber(value), unit);
}

QString formatThreshold(const bench::CaseResult &result)
{
    if (result.threshold == 0)
        return QStringLiteral("—");
    const QString value = formatMeasured(result.threshold, result.info.unit);
    return result.higherIsBetter ? PdfReport::tr("≥ %1").arg(value) : PdfReport::tr("≤ %1").arg(value);
}

QString verdictText(bench::Verdict verdict)
{
    switch (verdict) {
    case bench::Verdict::NotRun:
        return PdfReport::tr("not run");
    case bench::Verdict::Pass:
        return PdfReport::tr("pass");
    case bench::Verdict::Warn:
        return PdfReport::tr("warn");
    case bench::Verdict::Fail:
        return PdfReport::tr("fail");
    case bench::Verdict::Error:
        return PdfReport::tr("error");
    case bench::Verdict::Cancelled:
        return PdfReport::tr("cancelled");
    }
    return {};
}

QColor verdictColor(bench::Verdict verdict)
{
    switch (verdict) {
    case bench::Verdict::Pass:
        return QColor(0x1b, 0x6e, 0x20);
    case bench::Verdict::Warn:
        return QColor(0x9a, 0x5b, 0x00);
    case bench::Verdict::Fail:
        return QColor(0xb7, 0x1c, 0x1c);
    case bench::Verdict::Error:
        return QColor(0x6a, 0x1b, 0x9a);
    case bench::Verdict::NotRun:
    case bench::Verdict::Cancelled:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

QString suiteTitle(bench::Suite suite)
{
    switch (suite) {
    case bench::Suite::Benchmark:
        return PdfReport::tr("Benchmark suite");
    case bench::Suite::Load:
        return PdfReport::tr("Load suite");
    case bench::Suite::Memory:
        return PdfReport::tr("Memory suite");
    }
    return {};
}

double shareOfLimit(const bench::CaseResult &result)
{
    if (result.threshold <= 0 || result.measured < 0)
        return 0;
    if (result.higherIsBetter)
        return result.measured > 0 ? result.threshold / result.measured : 0;
    return result.measured / result.threshold;
}

int verdictSeverity(bench::Verdict verdict)
{
    switch (verdict) {
    case bench::Verdict::Error:
        return 5;
    case bench::Verdict::Fail:
        return 4;
    case bench::Verdict::Warn:
        return 3;
    case bench::Verdict::Cancelled:
        return 2;
    case bench::Verdict::Pass:
        return 1;
    case bench::Verdict::NotRun:
        break;
    }
    return 0;
}

} // namespace linda::ui::report
