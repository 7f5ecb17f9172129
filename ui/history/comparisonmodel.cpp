#include "comparisonmodel.h"

#include <QColor>
#include <QLocale>

namespace linda::ui {

namespace {

bool hasFigures(const bench::CaseComparison &c)
{
    return c.kind != bench::ChangeKind::New && c.kind != bench::ChangeKind::NotComparable;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.cases.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::displayData(const bench::CaseComparison &c, int column) const
{
    if (column == CaseColumn)
        return c.caseId;
    if (column == VerdictColumn) {
        if (c.kind == bench::ChangeKind::Regression)
            return tr("regression (%1)").arg(bench::severityLabel(c.severity));
        return bench::changeKindLabel(c.kind);
    }
    if (!hasFigures(c))
        return QString();
    switch (column) {
    case BeforeColumn:
        return bench::formatSampleValue(c.referenceMedian, c.sampleUnit);
    case NowColumn:
        return bench::formatSampleValue(c.currentMedian, c.sampleUnit);
    case ChangeColumn:
        return QString((c.relativeChange >= 0 ? u"+"_qs : QString())
                       + QLocale().toString(c.relativeChange * 100.0, 'f', 1) + u" %"_qs);
    case PValueColumn:
        return c.pValue < 0.0001 ? u"<"_qs + QLocale().toString(0.0001, 'f', 4)
                                 : QLocale().toString(c.pValue, 'f', 4);
    default:
        return {};
    }
}

QVariant ComparisonModel::sortData(const bench::CaseComparison &c, int column) const
{
    switch (column) {
    case BeforeColumn:
        return c.referenceMedian;
    case NowColumn:
        return c.currentMedian;
    case ChangeColumn:
        return c.worseningChange;
    case PValueColumn:
        return c.pValue;
    case VerdictColumn:
        return int(c.severity) * 10 + int(c.kind);
    default:
        return displayData(c, column);
    }
}

QVariant ComparisonModel::background(const bench::CaseComparison &c) const
{
    if (c.kind == bench::ChangeKind::Improvement)
        return QColor(0xd9, 0xf2, 0xdc);
    if (c.kind != bench::ChangeKind::Regression)
        return {};
    switch (c.severity) {
    case bench::Severity::Critical:
        return QColor(0xf5, 0xb7, 0xb1);
    case bench::Severity::High:
        return QColor(0xfa, 0xd7, 0xa0);
    default:
        return QColor(0xfc, 0xf3, 0xcf);
    }
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bench::CaseComparison &c = m_report.cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case SortRole:
        return sortData(c, index.column());
    case CaseIdRole:
        return c.caseId;
    case ChangeKindRole:
        return int(c.kind);
    case SeverityRole:
        return int(c.severity);
    case Qt::BackgroundRole:
        return index.column() == VerdictColumn || index.column() == ChangeColumn ? background(c) : QVariant();
    case Qt::ToolTipRole:
        return c.note.isEmpty() ? tr("%1 samples before, %2 now")
                                      .arg(QLocale().toString(c.referenceCount), QLocale().toString(c.currentCount)) : c.note;
    case Qt::TextAlignmentRole:
        return index.column() == CaseColumn || index.column() == VerdictColumn
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case BeforeColumn:
        return tr("Median before");
    case NowColumn:
        return tr("Median now");
    case ChangeColumn:
        return tr("Change");
    case PValueColumn:
        return tr("p-value");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

void ComparisonModel::setReport(const bench::ComparisonReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void ComparisonModel::clear()
{
    setReport({});
}

} // namespace linda::ui
