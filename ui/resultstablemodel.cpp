#include "resultstablemodel.h"

#include "units.h"

#include <QColor>
#include <QLocale>

namespace linda::ui {

using bench::CaseResult;
using bench::Verdict;

namespace {

// Latency percentiles in ms, when the samples are latencies.
std::optional<double> percentileMs(const CaseResult &result, int column)
{
    if (result.sampleUnit == u"ops/s" || result.stats.count == 0)
        return std::nullopt;
    double value = 0;
    switch (column) {
    case ResultsTableModel::P50Column:
        value = result.stats.p50;
        break;
    case ResultsTableModel::P95Column:
        value = result.stats.p95;
        break;
    case ResultsTableModel::P99Column:
        value = result.stats.p99;
        break;
    default:
        return std::nullopt;
    }
    return toMilliseconds(value, result.sampleUnit);
}

QString thresholdText(const CaseResult &result)
{
    if (result.threshold == 0)
        return QString();
    const QString relation = result.higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ");
    return relation + formatValue(result.threshold, result.info.unit);
}

} // namespace

QString verdictDisplayName(Verdict verdict)
{
    return bench::verdictLabel(verdict);
}

QColor verdictBackground(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return ratingBackground(Rating::Excellent);
    case Verdict::Warn:
        return ratingBackground(Rating::Acceptable);
    case Verdict::Fail:
        return ratingBackground(Rating::Failing);
    case Verdict::Error:
        return QColor(0xe1, 0xbe, 0xe7);
    case Verdict::Cancelled:
    case Verdict::NotRun:
        return QColor(0xe0, 0xe0, 0xe0);
    }
    return {};
}

ResultsTableModel::ResultsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case SuiteColumn:
        return tr("Suite");
    case SamplesColumn:
        return tr("Samples");
    case P50Column:
        return tr("p50");
    case P95Column:
        return tr("p95");
    case P99Column:
        return tr("p99");
    case ThroughputColumn:
        return tr("Throughput");
    case ThresholdColumn:
        return tr("Threshold");
    case BaselineRatioColumn:
        return tr("Baseline ratio");
    case VerdictColumn:
        return tr("Verdict");
    }
    return {};
}

QString ResultsTableModel::headerToolTip(int section)
{
    switch (section) {
    case SamplesColumn:
        return tr("Measured samples: operations for latency cases, batches for throughput cases");
    case P50Column:
        return tr("Median latency per operation, in ms");
    case P95Column:
        return tr("95th percentile latency per operation, in ms");
    case P99Column:
        return tr("99th percentile latency per operation, in ms");
    case ThroughputColumn:
        return tr("Median operations per second");
    case ThresholdColumn:
        return tr("Service-level limit of the case: ≤ a maximum time or ≥ a minimum rate");
    case BaselineRatioColumn:
        return tr("Median divided by the baseline's expected cost; below 1× is faster than expected");
    case VerdictColumn:
        return tr("Pass, warn or fail against the threshold and baseline; hover a verdict for the reason");
    default:
        return {};
    }
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case CaseIdRole:
        return row.info.id;
    case RatingRole: {
        const auto rating = cellRating(row, index.column());
        return rating ? QVariant(int(*rating)) : QVariant();
    }
    case Qt::BackgroundRole:
        return background(row, index.column());
    case Qt::ForegroundRole:
        // Tinted cells keep dark text in a dark palette too.
        return background(row, index.column()).isValid() ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        if (row.result && index.column() == VerdictColumn)
            return row.result->error.isEmpty() ? row.result->verdictReason : row.result->error;
        if (index.column() == CaseColumn)
            return row.info.title;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= SamplesColumn && index.column() <= BaselineRatioColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ResultsTableModel::displayData(const Row &row, int column) const
{
    if (column == CaseColumn)
        return row.info.id;
    if (column == SuiteColumn)
        return bench::suiteLabel(row.info.suite);
    if (column == VerdictColumn)
        return verdictText(row);
    if (!row.result)
        return QString();

    const CaseResult &r = *row.result;
    switch (column) {
    case SamplesColumn:
        return QLocale().toString(qint64(r.stats.count > 0 ? r.stats.count : r.samples.size()));
    case P50Column:
    case P95Column:
    case P99Column: {
        const auto ms = percentileMs(r, column);
        return ms ? formatMilliseconds(*ms) : QString();
    }
    case ThroughputColumn:
        return r.throughput > 0 ? formatRate(r.throughput) : QString();
    case ThresholdColumn:
        return thresholdText(r);
    case BaselineRatioColumn:
        if (r.baselineRatio <= 0)
            return QString();
        // Far below the expected cost the exact figure adds nothing for the
        // operator; the JSON and CSV exports keep it.
        if (r.baselineRatio < 0.001)
            return tr("< %1×").arg(QLocale().toString(0.001));
        return tr("%1×").arg(QLocale().toString(r.baselineRatio, 'g', 3));
    }
    return {};
}

QVariant ResultsTableModel::sortData(const Row &row, int column) const
{
    if (column == CaseColumn || column == SuiteColumn || column == VerdictColumn)
        return displayData(row, column);
    if (!row.result)
        return QVariant(-1.0); // unfinished rows sort before every figure
    const CaseResult &r = *row.result;
    switch (column) {
    case SamplesColumn:
        return double(r.stats.count > 0 ? r.stats.count : r.samples.size());
    case P50Column:
    case P95Column:
    case P99Column:
        return percentileMs(r, column).value_or(-1.0);
    case ThroughputColumn:
        return r.throughput;
    case ThresholdColumn:
        return r.threshold;
    case BaselineRatioColumn:
        return r.baselineRatio;
    }
    return {};
}

std::optional<Rating> ResultsTableModel::cellRating(const Row &row, int column) const
{
    if (!row.result)
        return std::nullopt;
    if (column == P50Column || column == P95Column || column == P99Column) {
        const auto ms = percentileMs(*row.result, column);
        return ms ? m_bands.rateLatency(*ms) : std::nullopt;
    }
    if (column == ThroughputColumn && row.result->throughput > 0) {
        const CaseResult &r = *row.result;
        // The bands are global. A case's own minimum rate is stricter, and a
        // green cell beside a verdict failed on that very rate misleads.
        if (r.higherIsBetter && r.threshold > 0 && r.info.unit == u"ops/s" && r.throughput < r.threshold)
            return Rating::Failing;
        return m_bands.rateThroughput(r.throughput);
    }
    return std::nullopt;
}

QVariant ResultsTableModel::background(const Row &row, int column) const
{
    if (column == VerdictColumn && row.result)
        return verdictBackground(row.result->verdict);
    if (column == VerdictColumn && row.state == RowState::Finished)
        return verdictBackground(Verdict::Cancelled);
    const auto rating = cellRating(row, column);
    return rating ? QVariant(ratingBackground(*rating)) : QVariant();
}

QString ResultsTableModel::verdictText(const Row &row) const
{
    if (row.result)
        return verdictDisplayName(row.result->verdict);
    switch (row.state) {
    case RowState::Queued:
        return tr("queued");
    case RowState::Running:
        return tr("running…");
    case RowState::Finished:
        return verdictDisplayName(Verdict::Cancelled);
    }
    return {};
}

void ResultsTableModel::setBands(const PerformanceBands &bands)
{
    m_bands = bands;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ResultsTableModel::startRun(const QList<bench::CaseInfo> &cases)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(cases.size());
    for (const bench::CaseInfo &info : cases)
        m_rows.append(Row{info, RowState::Queued, std::nullopt});
    endResetModel();
}

void ResultsTableModel::markRunning(const QString &caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return;
    m_rows[row].state = RowState::Running;
    emitRowChanged(row);
}

void ResultsTableModel::setResult(const CaseResult &result)
{
    int row = rowOf(result.info.id);
    if (row < 0) {
        row = rowCount();
        beginInsertRows({}, row, row);
        m_rows.append(Row{result.info, RowState::Finished, result});
        endInsertRows();
        return;
    }
    m_rows[row].info = result.info;
    m_rows[row].state = RowState::Finished;
    m_rows[row].result = result;
    emitRowChanged(row);
}

void ResultsTableModel::finishRun(bool cancelled)
{
    if (!cancelled)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].state == RowState::Finished)
            continue;
        m_rows[row].state = RowState::Finished;
        emitRowChanged(row);
    }
}

int ResultsTableModel::rowOf(const QString &caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].info.id == caseId)
            return row;
    }
    return -1;
}

ResultsTableModel::RowState ResultsTableModel::rowState(int row) const
{
    return m_rows.at(row).state;
}

const CaseResult *ResultsTableModel::resultAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].result)
        return nullptr;
    return &*m_rows[row].result;
}

QList<CaseResult> ResultsTableModel::results() const
{
    QList<CaseResult> out;
    for (const Row &row : m_rows) {
        if (row.result)
            out.append(*row.result);
    }
    return out;
}

void ResultsTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace linda::ui
