#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace linda::ui {

double toMilliseconds(double value, const QString &unit)
{
    if (unit == u"ns")
        return value / NanosecondsPerMillisecond;
    if (unit == u"us" || unit == u"µs")
        return value / 1e3;
    if (unit == u"s")
        return value * 1e3;
    return value;
}

double opsPerSecondFromSample(double sample, const QString &sampleUnit)
{
    if (sampleUnit == u"ops/s")
        return sample;
    const double ms = toMilliseconds(sample, sampleUnit);
    return ms > 0 ? 1e3 / ms : 0;
}

namespace {

// Three significant digits, without exponent notation for everyday ranges.
QString significant(double value)
{
    const QLocale locale;
    const double magnitude = std::fabs(value);
    if (magnitude == 0)
        return locale.toString(0);
    if (magnitude >= 100)
        return locale.toString(value, 'f', 0);
    const int decimals = qBound(0, 2 - int(std::floor(std::log10(magnitude))), 9);
    return locale.toString(value, 'f', decimals);
}

} // namespace

QString formatMilliseconds(double ms)
{
    return QCoreApplication::translate("linda::ui", "%1 ms").arg(significant(ms));
}

QString formatRate(double opsPerSecond)
{
    return QCoreApplication::translate("linda::ui", "%1 ops/s").arg(significant(opsPerSecond));
}

QString formatMegabytes(double megabytes)
{
    return QCoreApplication::translate("linda::ui", "%1 MB").arg(significant(megabytes));
}

QString formatValue(double value, const QString &unit)
{
    // Limits are round numbers from the fixtures: "50 ms", not "50.0 ms".
    const QString number = QLocale().toString(value, 'g', 6);
    if (unit.isEmpty())
        return number;
    if (unit == u"%")
        return number + u'%';
    return number + u' ' + unit;
}

QString unitLabel(const QString &unit)
{
    static const QList<std::pair<QStringView, const char *>> nouns{
        {u"messages", QT_TRANSLATE_NOOP("linda::ui", "messages")},
        {u"operation", QT_TRANSLATE_NOOP("linda::ui", "operation")},
        {u"ratio", QT_TRANSLATE_NOOP("linda::ui", "ratio")},
        {u"sessions", QT_TRANSLATE_NOOP("linda::ui", "sessions")},
        {u"tasks", QT_TRANSLATE_NOOP("linda::ui", "tasks")},
        {u"workers", QT_TRANSLATE_NOOP("linda::ui", "workers")},
    };
    for (const auto &[noun, text] : nouns) {
        if (unit == noun)
            return QCoreApplication::translate("linda::ui", text);
    }
    return unit;
}

QString formatClock(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const QLocale locale;
    const QChar zero = locale.zeroDigit().front();
    const auto two = [&locale, zero](qint64 v) { return locale.toString(v).rightJustified(2, zero); };
    if (h > 0)
        return locale.toString(h) + u':' + two(m) + u':' + two(s);
    return locale.toString(m) + u':' + two(s);
}

} // namespace linda::ui
